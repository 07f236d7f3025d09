import { act, render, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../engine';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore } from '../../store/simulator-store';
import { SHIFT_MS } from '../../viz/stage-metrics';
import { Stage } from './stage';
import { useShelfMoment } from './use-shelf-moment';

const MOVING = { reduced: false, still: false };

// jsdom has no canvas: the notes in flight are not drawn here (flight-scene.test.ts tests them).
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/** Counts the renders of a shelf's tape over `frames` frames of 1x play. */
function framesOf(scenario: Scenario, frames: number, timeMs = 5000) {
  const store = createSimulatorStore(scenario, { timeMs });
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SimulatorProvider store={store}>{children}</SimulatorProvider>
  );
  let renders = 0;
  const hook = renderHook(
    () => {
      renders++;
      return useShelfMoment('notes', 0, 0, MOVING);
    },
    { wrapper },
  );
  act(() => store.getState().play());
  const start = renders;
  for (let i = 0; i < frames; i++) act(() => store.getState().tick(1000 / 60));
  return { renders: renders - start, store, hook };
}

describe('useShelfMoment: a shelf redraws when its picture changes, not every frame', () => {
  it('does not re-render a shelf no note reaches, however many frames pass', () => {
    const base = findScenario('note-taking-machine')!.scenario;
    const silent: Scenario = { ...base, producers: [] };
    const { renders, store } = framesOf(silent, 120);
    expect(store.getState().renderTime).toBeGreaterThan(6900); // two seconds did play
    expect(renders).toBe(0);
  });

  it('with one note a second, re-renders while the tape slides and when something on it changes', () => {
    const { renders, store, hook } = framesOf(findScenario('note-taking-machine')!.scenario, 120);
    // Two seconds at 60 frames a second: two slides of SHIFT_MS, plus a landing, a read and a bookmark
    // for each note; far from 120.
    expect(renders).toBeGreaterThan(2);
    expect(renders).toBeLessThanOrEqual(2 * Math.ceil((SHIFT_MS / 1000) * 60) + 2 * 8);
    // What it draws is the live moment's picture: the same log and the same newest notes.
    const live = store.getState().snapshot.topics[0]!.partitions[0]!;
    const drawn = hook.result.current.snapshot.topics[0]!.partitions[0]!;
    expect(drawn.logEndOffset).toBe(live.logEndOffset);
    expect(drawn.recent.map((r) => r.offset)).toEqual(live.recent.map((r) => r.offset));
  });

  it('paused, a seek shows the new moment at once', () => {
    const { store, hook } = framesOf(findScenario('note-taking-machine')!.scenario, 1);
    act(() => store.getState().pause());
    act(() => store.getState().seek(20_000));
    expect(hook.result.current.snapshot).toBe(store.getState().snapshot);
  });
});

describe('useShelfMoment: what is skipped draws the same', () => {
  /** The notes layer of a stage, its clip ids (one per mounted tape) left out. */
  const tapes = (root: HTMLElement): string =>
    root.querySelector('.stage-layer')!.innerHTML.replace(/tape-[A-Za-z0-9_-]+/g, 'tape');

  it.each(['note-taking-machine', 'retention', 'keys-and-order'])(
    'in %s, the shelves kept from an earlier frame match shelves drawn afresh at every frame',
    (id) => {
      const store = createSimulatorStore(findScenario(id)!.scenario, { timeMs: 4000 });
      const stage = (
        <SimulatorProvider store={store}>
          <Stage />
        </SimulatorProvider>
      );
      const kept = render(stage);
      act(() => store.getState().play());
      for (let frame = 0; frame < 60; frame++) {
        act(() => store.getState().tick(1000 / 60 + (frame % 7)));
        if (frame % 4 !== 0) continue;
        const fresh = render(stage);
        expect(tapes(kept.container)).toBe(tapes(fresh.container));
        fresh.unmount();
      }
      kept.unmount();
    },
    30_000,
  );
});
