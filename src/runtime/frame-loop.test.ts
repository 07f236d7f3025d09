import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { MIN_SLEEP_MS, startFrameLoop, type FrameCounts, type FrameDemand } from './frame-loop';

/** A fake browser: frames run when the test says, and it counts what was requested. */
let queue: Map<number, FrameRequestCallback>;
let next: number;
let requested: number;
function runFrame(now: number): void {
  const callbacks = [...queue.values()];
  queue.clear();
  for (const cb of callbacks) cb(now);
}

/** A demand the test switches, like a store's `playing`. */
function switchable(initially: boolean): FrameDemand & { set(on: boolean): void } {
  let on = initially;
  const listeners = new Set<() => void>();
  return {
    running: () => on,
    subscribe: (l) => (listeners.add(l), () => listeners.delete(l)),
    set(value) {
      on = value;
      for (const l of listeners) l();
    },
  };
}

beforeEach(() => {
  queue = new Map();
  next = 1;
  requested = 0;
  vi.stubGlobal('requestAnimationFrame', (cb: FrameRequestCallback) => {
    requested++;
    queue.set(next, cb);
    return next++;
  });
  vi.stubGlobal('cancelAnimationFrame', (h: number) => queue.delete(h));
});
afterEach(() => vi.unstubAllGlobals());

describe('startFrameLoop', () => {
  it('without a demand, runs every frame and hands on the wall time between frames', () => {
    const deltas: number[] = [];
    const stop = startFrameLoop((d) => deltas.push(d));
    runFrame(0);
    runFrame(16);
    runFrame(50);
    expect(deltas).toEqual([16, 34]);
    stop();
    expect(queue.size).toBe(0);
  });

  it('requests no frame while paused, however long, and none after the frame that saw the pause', () => {
    const demand = switchable(true);
    const deltas: number[] = [];
    const stop = startFrameLoop((d) => deltas.push(d), demand);
    runFrame(0);
    runFrame(16);
    demand.set(false);
    runFrame(32); // the frame already requested runs once and requests no other
    expect(queue.size).toBe(0);
    const before = requested;
    for (let i = 0; i < 10; i++) demand.set(false); // other changes while paused: still no frames
    expect(requested).toBe(before);
    expect(deltas).toEqual([16, 16]);
    stop();
  });

  it('starts again on the change that sets it running, counting no wall time for the pause', () => {
    const demand = switchable(false);
    const deltas: number[] = [];
    const stop = startFrameLoop((d) => deltas.push(d), demand);
    expect(requested).toBe(0);
    demand.set(true);
    demand.set(true); // a second change before the frame: still one request
    expect(queue.size).toBe(1);
    runFrame(1000);
    runFrame(1016);
    expect(deltas).toEqual([16]);
    stop();
    expect(queue.size).toBe(0);
    demand.set(true); // stopped: no longer listening
    expect(queue.size).toBe(0);
  });

  it('sleeps on a timer while the picture stays as it is, and hands on the sleep with the next delta', () => {
    // Fake time starts at 0, not at the real clock: where a frame falls between two vsyncs (fake-frames.ts
    // stamps frames on a 59.94 Hz grid) would otherwise change from run to run.
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: 0 });
    try {
      const demand = { ...switchable(true), wakeInMs: () => 200 };
      const calls: [number, number][] = [];
      const counts: FrameCounts = { frames: 0, requested: 0, sleeps: 0 };
      const stop = startFrameLoop((d, slept) => calls.push([d, slept]), demand, counts);
      runFrame(0);
      // Asleep: no frame requested until the timer runs out.
      expect(queue.size).toBe(0);
      vi.advanceTimersByTime(199);
      expect(queue.size).toBe(0);
      vi.advanceTimersByTime(1);
      expect(queue.size).toBe(1);
      runFrame(216);
      expect(calls).toEqual([[216, 200]]);
      expect(counts).toEqual({ frames: 2, requested: 2, sleeps: 2 });
      stop();
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts the whole sleep when the frame is stamped before the timer that asked for it', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      // Chromium stamps a frame with its vsync's time, which for an idle page can come before the timer
      // that requested it: the class must still reach the moment it slept for, or it asks for another
      // frame at once (every wake drew twice).
      let wait = 200;
      const demand = { ...switchable(true), wakeInMs: () => wait };
      const calls: [number, number][] = [];
      const counts: FrameCounts = { frames: 0, requested: 0, sleeps: 0 };
      const stop = startFrameLoop((d, slept) => calls.push([d, slept]), demand, counts);
      runFrame(0);
      vi.advanceTimersByTime(200);
      runFrame(190);
      expect(calls).toEqual([[200, 200]]);
      // The next sleep counts from the moment reached, not from the stamp; so do frames after it.
      wait = 0;
      vi.advanceTimersByTime(200);
      runFrame(390);
      runFrame(416);
      expect(calls).toEqual([
        [200, 200],
        [200, 200],
        [16, 0],
      ]);
      expect(counts.sleeps).toBe(2);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('counts the wall time that passed when a change wakes it early', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const demand = { ...switchable(true), wakeInMs: () => 5_000 };
      const deltas: number[] = [];
      const stop = startFrameLoop((d) => deltas.push(d), demand);
      runFrame(0);
      vi.advanceTimersByTime(1_000);
      demand.set(true);
      runFrame(1_010);
      expect(deltas).toEqual([1_010]);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('asks for the next frame when the wait is shorter than a timer is worth', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const demand = { ...switchable(true), wakeInMs: () => MIN_SLEEP_MS - 1 };
      const stop = startFrameLoop(() => undefined, demand);
      runFrame(0);
      expect(queue.size).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });

  it('wakes at once on a change while asleep (Pause, a seek, a command), not on changes a frame makes', () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const demand = { ...switchable(true), wakeInMs: () => 5_000 };
      let changeInFrame = true;
      const stop = startFrameLoop(() => {
        if (changeInFrame) demand.set(true);
      }, demand);
      runFrame(0);
      runFrame(16);
      // The frame's own change did not ask for another frame: the loop sleeps.
      expect(queue.size).toBe(0);
      changeInFrame = false;
      demand.set(true);
      expect(queue.size).toBe(1);
      expect(vi.getTimerCount()).toBe(0);
      stop();
    } finally {
      vi.useRealTimers();
    }
  });
});
