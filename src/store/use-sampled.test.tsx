import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Snapshot } from '../engine';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { SimulatorProvider } from './context';
import { createSimulatorStore, type SimulatorStore } from './simulator-store';
import { isCalm, TEXT_REFRESH_MS, useTextSample } from './use-sampled';

function sampled(scenario: string, speed: number) {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs: 5000 });
  store.getState().setSpeed(speed);
  store.getState().play();
  const wrapper = ({ children }: { children: ReactNode }) => (
    <SimulatorProvider store={store}>{children}</SimulatorProvider>
  );
  const hook = renderHook(() => useTextSample(), { wrapper });
  return { store, hook };
}

/** What text shows of a moment: every log end, bookmark, lag and count of notes read. */
function numbers(snapshot: Snapshot): string {
  return JSON.stringify([
    snapshot.topics.map((t) => t.partitions.map((p) => [p.logStartOffset, p.logEndOffset])),
    snapshot.groups.map((g) => [
      g.totalLag,
      g.offsets,
      g.state,
      g.members.map((m) => [m.status, m.processed, m.batchDone, m.assignment]),
    ]),
  ]);
}

/**
 * Plays one wall-clock second in 60 frames; returns how many different samples text was drawn from, and
 * on how many frames its numbers differed from the live moment's.
 */
function playOneSecond(store: SimulatorStore, hook: ReturnType<typeof sampled>['hook']) {
  const seen = new Set<unknown>();
  let stale = 0;
  for (let frame = 0; frame < 60; frame++) {
    act(() => store.getState().tick(1000 / 60));
    seen.add(hook.result.current.snapshot);
    if (numbers(hook.result.current.snapshot) !== numbers(store.getState().snapshot)) stale++;
  }
  return { distinct: seen.size, stale };
}

describe('useSampled: text that follows a playing class', () => {
  it.each(['sleepy-student', 'calling-backup', 'spanish-translation', 'at-least-once'])(
    'in a calm class (%s), shows every change at once, so the numbers on the stage agree',
    (scenario) => {
      const { store, hook } = sampled(scenario, 1);
      expect(isCalm(store.getState())).toBe(true);
      let distinct = 0;
      for (let second = 0; second < 5; second++) {
        const one = playOneSecond(store, hook);
        expect(one.stale).toBe(0);
        distinct += one.distinct;
      }
      // ...and only when something changed: not once a frame.
      expect(distinct).toBeGreaterThan(5);
      expect(distinct).toBeLessThan(150);
    },
  );

  it('in a busy class, redraws about three times a wall-clock second', () => {
    const { store, hook } = sampled('stress', 8);
    expect(isCalm(store.getState())).toBe(false);
    const { distinct, stale } = playOneSecond(store, hook);
    expect(distinct).toBeLessThanOrEqual(Math.ceil(1000 / TEXT_REFRESH_MS) + 1);
    expect(stale).toBeGreaterThan(30);
  });

  it('counts the speed: a calm class played fast is busy', () => {
    const { store } = sampled('calling-backup', 1);
    expect(isCalm(store.getState())).toBe(true);
    act(() => store.getState().setSpeed(8));
    expect(isCalm(store.getState())).toBe(false);
  });

  it('paused, always shows the live moment', () => {
    const { store, hook } = sampled('stress', 8);
    act(() => store.getState().tick(1000 / 60));
    act(() => store.getState().pause());
    act(() => store.getState().seek(12_345));
    expect(hook.result.current.snapshot).toBe(store.getState().snapshot);
  });
});
