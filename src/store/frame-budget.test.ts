import { describe, expect, it } from 'vitest';
import { quiet } from '../../test/fixtures/hostile-classes';
import type { Scenario } from '../engine';
import { createSimulatorStore, FRAME_WORK_BUDGET, LARGE_CLASS_REFRESH_MS } from './simulator-store';

/** A heavy class the joint limit allows: a teacher at 50,000 notes a second, read by two groups. */
const heavy: Scenario = {
  seed: 4,
  topics: [{ name: 'notes', partitions: 64 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 50_000 }],
  groups: ['a', 'b'].map((id) => ({
    id,
    topics: ['notes'],
    members: Array.from({ length: 8 }, (_, i) => ({ id: `${id}${i}`, recordsPerSec: 10_000 })),
  })),
};

describe('a frame does a bounded amount of engine work', () => {
  it('a class too heavy for the speed plays slower than the clock instead of holding up the frame', () => {
    expect(FRAME_WORK_BUDGET).toBeGreaterThan(0);
    const s = createSimulatorStore(heavy, { speed: 16, playing: true });
    let frames = 0;
    // Ten frames of 100 ms at 16x ask for 16 simulated seconds: about 20,000 notes per frame.
    for (let i = 0; i < 10; i++) {
      const before = s.getState().renderTime;
      s.getState().tick(100);
      frames++;
      const { renderTime, snapshot } = s.getState();
      expect(renderTime).toBeGreaterThan(before);
      expect(renderTime).toBeLessThan(before + 1_600);
      // The picture shows a moment the engine reached (a class this large is published a few times a
      // second: LARGE_CLASS_REFRESH_MS).
      expect(snapshot.timeMs).toBeLessThanOrEqual(Math.floor(renderTime));
    }
    expect(frames).toBe(10);
    s.getState().pause();
    expect(s.getState().snapshot.timeMs).toBe(Math.floor(s.getState().renderTime));
    expect(s.getState().renderTime).toBeLessThan(16_000);
  });

  it('a light class is not slowed', () => {
    const light: Scenario = { ...heavy, producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }] };
    const s = createSimulatorStore(light, { speed: 16, playing: true });
    for (let i = 0; i < 10; i++) s.getState().tick(100);
    expect(s.getState().renderTime).toBe(16_000);
  });
});

describe('a class past the detailed picture is published a few times a second', () => {
  it('while playing, builds a snapshot at most every LARGE_CLASS_REFRESH_MS of wall time', () => {
    const s = createSimulatorStore(quiet, { playing: true });
    const published = new Set<unknown>();
    for (let i = 0; i < 60; i++) {
      s.getState().tick(1000 / 60);
      published.add(s.getState().snapshot);
    }
    expect(s.getState().renderTime).toBeGreaterThan(980); // the clock moved every frame
    expect(published.size).toBeLessThanOrEqual(Math.ceil(1000 / LARGE_CLASS_REFRESH_MS) + 1);
    // Paused, the snapshot is the live moment again.
    s.getState().pause();
    expect(s.getState().snapshot.timeMs).toBe(Math.floor(s.getState().renderTime));
  });

  it('carries no single note on its shelves (the overview draws none)', () => {
    const busy: Scenario = { ...quiet, producers: [{ id: 'p', topic: 't0', recordsPerSec: 100 }] };
    const s = createSimulatorStore(busy, { timeMs: 2000 });
    const shelves = s.getState().snapshot.topics[0]!.partitions;
    expect(shelves.reduce((n, p) => n + p.logEndOffset, 0)).toBeGreaterThan(100);
    expect(shelves.every((p) => p.recent.length === 0)).toBe(true);
  });

  it('a class within the limits is published on every frame the engine moves', () => {
    const small: Scenario = {
      ...quiet,
      topics: quiet.topics.slice(0, 2).map((t) => ({ ...t, partitions: 4 })),
    };
    small.groups = [{ id: 'g', topics: ['t0', 't1'], members: [{ id: 'a', recordsPerSec: 1 }] }];
    const s = createSimulatorStore(small, { playing: true });
    for (let i = 0; i < 10; i++) {
      s.getState().tick(1000 / 60);
      expect(s.getState().snapshot.timeMs).toBe(Math.floor(s.getState().renderTime));
    }
  });
});
