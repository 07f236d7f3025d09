import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../src/lessons/scenarios';
import type { FrameCounts } from '../../src/runtime/frame-loop';
import { driveFrames } from '../../src/store/frame-driver';
import { CALM_ANCHOR_MS } from '../../src/store/pace';
import { createSimulatorStore, type SimulatorStore } from '../../src/store/simulator-store';
import { topicShelfRates } from '../../src/viz/flights';
import { nextStageChange } from '../../src/viz/stage-motion';
import { fakeRequestAnimationFrame, resetFakeFrames } from './fake-frames';

/**
 * Work done by the frame loop, counted rather than timed (issue 12): a calm class playing wakes the page
 * a few times a simulated second (its engine's moments, notes landing), a busy one
 * draws every frame, a paused one none. The browser is faked (fakeRequestAnimationFrame), in fake time.
 */

beforeEach(() => {
  // Fake time starts at 0, not at the real clock: where a frame falls between two vsyncs (fake-frames.ts
  // stamps frames on a 59.94 Hz grid) would otherwise change from run to run.
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 });
  resetFakeFrames();
  vi.stubGlobal('requestAnimationFrame', fakeRequestAnimationFrame);
  vi.stubGlobal('cancelAnimationFrame', (h: ReturnType<typeof setTimeout>) => clearTimeout(h));
});
afterEach(() => {
  vi.useRealTimers();
  vi.unstubAllGlobals();
});

/** Plays `store` for `wallMs` of fake time with the stage's motion added, as the stage adds it. */
function play(store: SimulatorStore, wallMs: number): FrameCounts & { updates: number; simulatedMs: number } {
  const turnover = topicShelfRates(store.getState().snapshot);
  const removeMotion = store
    .getState()
    .addMotion((s) =>
      nextStageChange(s.snapshot, s.milestones, s.renderTime, { reduced: false, turnover, speed: s.speed }),
    );
  const counts: FrameCounts = { frames: 0, requested: 0, sleeps: 0 };
  let updates = 0;
  const unsubscribe = store.subscribe(() => void updates++);
  const stop = driveFrames(store, counts);
  const start = store.getState().renderTime;
  vi.advanceTimersByTime(wallMs);
  stop();
  unsubscribe();
  removeMotion();
  return { ...counts, updates, simulatedMs: store.getState().renderTime - start };
}

describe('frames a class asks for', () => {
  it('the lightest class at 1x wakes the page for its moments only, not 60 times a second', () => {
    const store = createSimulatorStore(findScenario('note-taking-machine')!.scenario, {
      timeMs: 5_000,
      playing: true,
    });
    const { frames, sleeps, updates, simulatedMs } = play(store, 10_000);
    // The clock kept up with the wall: sleeping loses no time (the last sleep is cut short by the stop).
    expect(simulatedMs).toBeGreaterThan(10_000 - CALM_ANCHOR_MS - 20);
    expect(simulatedMs).toBeLessThanOrEqual(10_000);
    const perSecond = (frames * 1000) / simulatedMs;
    // Its engine's moments, a note landing, a fetch landing: about three a second, several falling
    // together (the browser slides the tape, the flights' painter moves the cards and the clocks step on
    // their own timers: use-clock-time.ts). It was ten, five of them the clock's, each drawn twice.
    expect(perSecond).toBeLessThan(4);
    expect(perSecond).toBeGreaterThan(1);
    // One store update a wake, none between: what subscribes to the store works only when the page does.
    expect(updates).toBeLessThanOrEqual(frames);
    // Each wake is one frame, then the page sleeps again: a frame stamped before its timer (Chromium's
    // vsync time) once fell short of the moment slept for and asked for a second frame (9.1 a second).
    expect(frames).toBeLessThanOrEqual(sleeps + 1);
  });

  it('a busy class draws every frame', () => {
    const store = createSimulatorStore(findScenario('stress')!.scenario, { speed: 8, playing: true });
    const { frames, sleeps } = play(store, 2_000);
    expect(sleeps).toBe(0);
    expect(frames).toBeGreaterThan(110);
  });

  it('a paused class asks for no frame and sets no timer', () => {
    const store = createSimulatorStore(findScenario('note-taking-machine')!.scenario, { timeMs: 5_000 });
    const { frames, requested, sleeps } = play(store, 10_000);
    expect({ frames, requested, sleeps }).toEqual({ frames: 0, requested: 0, sleeps: 0 });
    expect(vi.getTimerCount()).toBe(0);
  });

  it('a lesson step still ends at its own moment when the page sleeps', () => {
    const store = createSimulatorStore(findScenario('note-taking-machine')!.scenario, {
      timeMs: 5_000,
      playing: true,
    });
    // Pausing while asleep wakes the loop, which then asks for nothing more.
    const counts: FrameCounts = { frames: 0, requested: 0, sleeps: 0 };
    const stop = driveFrames(store, counts);
    vi.advanceTimersByTime(1_000);
    store.getState().pause();
    const frames = counts.frames;
    vi.advanceTimersByTime(5_000);
    expect(counts.frames - frames).toBeLessThanOrEqual(1);
    expect(vi.getTimerCount()).toBe(0);
    stop();
  });
});
