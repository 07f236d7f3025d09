import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { createSimulatorStore, FRAME_WORK_BUDGET } from './simulator-store';

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
      // The picture shows the moment the engine reached.
      expect(snapshot.timeMs).toBe(Math.floor(renderTime));
    }
    expect(frames).toBe(10);
    expect(s.getState().renderTime).toBeLessThan(16_000);
  });

  it('a light class is not slowed', () => {
    const light: Scenario = { ...heavy, producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }] };
    const s = createSimulatorStore(light, { speed: 16, playing: true });
    for (let i = 0; i < 10; i++) s.getState().tick(100);
    expect(s.getState().renderTime).toBe(16_000);
  });
});
