import { describe, expect, it } from 'vitest';
import { forecastWork, SEEK_WORK_BUDGET } from '../runtime/work-budget';
import { createSimulatorStore } from './simulator-store';
import { deleting } from '../../test/fixtures/deleting-class';

describe('a seek that cannot reach its moment says so', () => {
  it('records where it was asked to go and where it landed, and publishes the stretch it cannot reach', () => {
    const store = createSimulatorStore(deleting, { timeMs: 200_000 });
    const span = store.getState().unreachable!;
    expect(span).not.toBeNull();
    // The stretch ends at the rewind floor and starts where the replay from time 0 gets too heavy.
    expect(span.toMs).toBeGreaterThan(span.fromMs);
    expect(forecastWork(deleting, [], span.fromMs)).toBeGreaterThan(SEEK_WORK_BUDGET);
    expect(forecastWork(deleting, [], span.fromMs - 1)).toBeLessThanOrEqual(SEEK_WORK_BUDGET);
    expect(store.getState().seekClipped).toBeNull();

    const asked = span.fromMs + Math.floor((span.toMs - span.fromMs) / 2);
    store.getState().seek(asked);
    expect(store.getState().snapshot.timeMs).toBe(span.toMs);
    expect(store.getState().seekClipped).toEqual({ askedMs: asked, landedMs: span.toMs });

    // A seek that gets there clears it: forward, within what is kept...
    store.getState().seek(span.toMs + 5_000);
    expect(store.getState().snapshot.timeMs).toBe(span.toMs + 5_000);
    expect(store.getState().seekClipped).toBeNull();

    // ...or before the stretch, where the replay from time 0 is light.
    store.getState().seek(span.toMs - 1);
    expect(store.getState().seekClipped).not.toBeNull();
    store.getState().dismissSeekNotice();
    expect(store.getState().seekClipped).toBeNull();
    store.getState().seek(span.fromMs - 1_000);
    expect(store.getState().snapshot.timeMs).toBe(span.fromMs - 1_000);
    expect(store.getState().seekClipped).toBeNull();
  }, 120_000);

  it('a light class has no unreachable stretch and every seek is exact', () => {
    const store = createSimulatorStore(
      {
        seed: 1,
        topics: [{ name: 'notes', partitions: 2 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
        groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 2 }] }],
      },
      { timeMs: 120_000 },
    );
    expect(store.getState().unreachable).toBeNull();
    store.getState().seek(3_000);
    expect(store.getState().snapshot.timeMs).toBe(3_000);
    expect(store.getState().seekClipped).toBeNull();
  });
});
