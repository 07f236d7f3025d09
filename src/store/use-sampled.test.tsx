import { act, renderHook } from '@testing-library/react';
import type { ReactNode } from 'react';
import type { Snapshot } from '../engine';
import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { SimulatorProvider } from './context';
import { createSimulatorStore, type SimulatorStore } from './simulator-store';
import { BUSY_REFRESH_MS, CROWDED_DETAIL_REFRESH_MS } from '../shared/busy-refresh';
import { BUSY_PERIOD, isCalm, readSample, TEXT_REFRESH_MS, useTextSample } from './use-sampled';

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

  it.each([BUSY_REFRESH_MS, CROWDED_DETAIL_REFRESH_MS])(
    "in a busy class redrawn every %i ms, text and streams change together on the clock's frames",
    (period) => {
      const { store } = sampled('stress', 8);
      act(() => store.getState().setBusyRefresh(period));
      const text: number[] = [];
      const streams: number[] = [];
      const clock: number[] = [];
      const last = {
        text: readSample(store, BUSY_PERIOD, true),
        stream: readSample(store, BUSY_PERIOD, false),
      };
      let chrome = readSample(store, -1, false);
      // Three wall seconds at 60 frames a second.
      for (let frame = 0; frame < 180; frame++) {
        act(() => store.getState().tick(1000 / 60));
        const t = readSample(store, BUSY_PERIOD, true);
        const st = readSample(store, BUSY_PERIOD, false);
        const c = readSample(store, -1, false);
        if (t !== last.text) text.push(frame);
        if (st !== last.stream) streams.push(frame);
        if (c !== chrome) clock.push(frame);
        last.text = t;
        last.stream = st;
        chrome = c;
      }
      // As often as the period says, give or take the first bucket...
      expect(text.length).toBeGreaterThanOrEqual(Math.floor(3000 / period) - 1);
      expect(text.length).toBeLessThanOrEqual(Math.ceil(3000 / period) + 1);
      // ...the streams on the text's frames (one heavy frame, not two), and every other step of the clock.
      expect(streams).toEqual(text);
      for (const f of text) expect(clock).toContain(f);
      expect(clock.length).toBeGreaterThanOrEqual(2 * text.length - 1);
      expect(clock.length).toBeLessThanOrEqual(2 * text.length + 1);
    },
  );

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
