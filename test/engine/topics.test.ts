/**
 * Rule 1, topics and partitions: append-only logs, offsets from 0, dense, never reused; each record keeps its
 * key, value, timestamp and producer; log start and log end offsets (semantics.md §3, §5.2).
 */
import { describe, expect, it } from 'vitest';

import { createSimulation } from '../../src/engine';
import { partitionOf } from './helpers';

describe('topics and partitions', () => {
  it('offsets start at 0 and are dense: 20 notes in 2 s at 10/s are offsets 0-19, log end offset 20', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['ana'] }],
      groups: [],
    });
    sim.advanceTo(2000);
    const p = partitionOf(sim.snapshot({ recentRecords: 100 }), 'notes', 0);
    expect(p.logStartOffset).toBe(0);
    expect(p.logEndOffset).toBe(20);
    expect(p.recent.map((r) => r.offset)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });

  it('each record keeps its key, its timestamp (CreateTime) and who wrote it', () => {
    // The k-th note at 4 per second is due at ceil(k * 1000 / 4) ms: 250, 500, 750, 1000.
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, keys: ['ana', 'ben'] }],
      groups: [],
    });
    sim.advanceTo(1000);
    const recent = partitionOf(sim.snapshot({ recentRecords: 10 }), 'notes', 0).recent;
    expect(recent).toEqual([
      { offset: 0, key: 'ana', timestamp: 250, writer: 'teacher', seq: 0, tombstone: false },
      { offset: 1, key: 'ben', timestamp: 500, writer: 'teacher', seq: 1, tombstone: false },
      { offset: 2, key: 'ana', timestamp: 750, writer: 'teacher', seq: 2, tombstone: false },
      { offset: 3, key: 'ben', timestamp: 1000, writer: 'teacher', seq: 3, tombstone: false },
    ]);
  });

  it('every partition is its own log: offsets restart at 0 in each partition', () => {
    // Keys "a" and "abc" go to partitions 0 and 1 of a 2-partition topic (semantics.md §1.2), in turn.
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'abc'] }],
      groups: [],
    });
    sim.advanceTo(1000);
    const snap = sim.snapshot({ recentRecords: 10 });
    expect(partitionOf(snap, 'notes', 0).recent.map((r) => [r.offset, r.seq])).toEqual([
      [0, 0],
      [1, 2],
      [2, 4],
      [3, 6],
      [4, 8],
    ]);
    expect(partitionOf(snap, 'notes', 1).recent.map((r) => [r.offset, r.seq])).toEqual([
      [0, 1],
      [1, 3],
      [2, 5],
      [3, 7],
      [4, 9],
    ]);
  });

  it('offsets are never reused: after retention empties the log, the next note still gets the next offset', () => {
    // 10 notes (offsets 0-9, newest at t=1000), then silence. At the check at t=5000 every segment, the
    // non-empty active one included, is older than retention.ms=1000: Kafka rolls an empty segment at the log
    // end and deletes the rest, so log start = log end = 10 (semantics.md §5.2, "Myth check").
    const sim = createSimulation({
      seed: 1,
      broker: { logRetentionCheckIntervalMs: 5000 },
      topics: [{ name: 'notes', partitions: 1, retentionMs: 1000 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['ana'] }],
      groups: [],
    });
    sim.advanceTo(1050);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 0 });
    sim.advanceTo(5000);
    let p = partitionOf(sim.snapshot(), 'notes', 0);
    expect([p.logStartOffset, p.logEndOffset]).toEqual([10, 10]);
    expect(p.segments).toEqual([{ baseOffset: 10, endOffset: 10, bytes: 0, largestTimestamp: -1 }]);

    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 10 });
    sim.advanceTo(5100);
    p = partitionOf(sim.snapshot({ recentRecords: 5 }), 'notes', 0);
    expect(p.recent.map((r) => [r.offset, r.timestamp])).toEqual([[10, 5100]]);
    expect([p.logStartOffset, p.logEndOffset]).toEqual([10, 11]);
  });
});
