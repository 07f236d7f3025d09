/**
 * Rule 6, retention (cleanup.policy=delete): segments roll on append by segment.bytes / segment.ms; every
 * log.retention.check.interval.ms whole segments go, oldest first, by retention.ms (largest timestamp) or
 * retention.bytes; the log start moves (semantics.md §5.1, §5.2, with UnifiedLogTest's vectors).
 */
import { describe, expect, it } from 'vitest';

import { createSimulation } from '../../src/engine';
import { appendRecord, newPartitionLog, type PartitionLog } from '../../src/engine/log/partition-log';
import { deleteOldSegments } from '../../src/engine/log/retention';
import { NO_KEY } from '../../src/engine/log/record-chunk';
import type { CleanupPolicy } from '../../src/engine';
import { eventsOf, partitionOf } from './helpers';

/** A log of `n` single-record batches of 100 bytes with the given timestamps, as UnifiedLogTest builds them. */
function buildLog(
  n: number,
  timestamp: (i: number) => number,
  segmentBytes: number,
  segmentMs = 604_800_000,
) {
  const log = newPartitionLog(0, 0);
  for (let i = 0; i < n; i++) appendRecord(log, { segmentBytes, segmentMs }, timestamp(i), NO_KEY, 0, i, 0);
  return log;
}

const bases = (log: PartitionLog) => log.segments.map((s) => s.baseOffset);
const cfg = (retentionMs: number, retentionBytes: number, cleanupPolicy: CleanupPolicy = 'delete') => ({
  retentionMs,
  retentionBytes,
  cleanupPolicy,
});

describe('UnifiedLogTest vectors (semantics.md §5.2), on the log module', () => {
  it('shouldDeleteSizeBasedSegments: 15 records, segment 5s, retention.bytes 10s -> 2 segments, log start 5', () => {
    const log = buildLog(15, () => 0, 500);
    expect(bases(log)).toEqual([0, 5, 10]);
    deleteOldSegments(log, cfg(-1, 1000), 1);
    expect(bases(log)).toEqual([5, 10]);
    expect(log.logStartOffset).toBe(5);
  });

  it('shouldNotDeleteSizeBasedSegmentsWhenUnderRetentionSize: retention.bytes 15s -> 3 segments remain', () => {
    const log = buildLog(15, () => 0, 500);
    expect(deleteOldSegments(log, cfg(-1, 1500), 1)).toEqual([]);
    expect(bases(log)).toEqual([0, 5, 10]);
    expect(log.logStartOffset).toBe(0);
  });

  it('shouldDeleteTimeBasedSegmentsReadyToBeDeleted: 15 records at t=10, retention.ms 10000 -> one empty segment at 15', () => {
    const log = buildLog(15, () => 10, 1500);
    expect(bases(log)).toEqual([0]);
    deleteOldSegments(log, cfg(10_000, -1), 20_000);
    expect(log.segments).toHaveLength(1);
    expect([log.segments[0]!.baseOffset, log.segments[0]!.appended]).toEqual([15, 0]);
    expect([log.logStartOffset, log.logEndOffset]).toEqual([15, 15]);
  });

  it('shouldNotDeleteTimeBasedSegmentsWhenNoneReadyToBeDeleted: timestamps = now, retention.ms 10^7 -> 3 remain', () => {
    const now = 50_000;
    const log = buildLog(15, () => now, 500);
    expect(deleteOldSegments(log, cfg(10_000_000, -1), now)).toEqual([]);
    expect(bases(log)).toEqual([0, 5, 10]);
  });

  it('shouldNotDeleteSegmentsWhenPolicyDoesNotIncludeDelete: cleanup.policy compact deletes nothing', () => {
    const log = buildLog(15, () => 10, 500);
    expect(deleteOldSegments(log, cfg(1000, 100, 'compact'), 1_000_000)).toEqual([]);
    expect(bases(log)).toEqual([0, 5, 10]);
    // "compact,delete" does include delete.
    const both = buildLog(15, () => 10, 500);
    deleteOldSegments(both, cfg(1000, -1, 'compact,delete'), 1_000_000);
    expect(both.logStartOffset).toBe(15);
  });

  it('time: a segment goes only when now - largest timestamp > retention.ms (strictly), and stops at the first young one', () => {
    // Segments [0-4] ts 100..500, [5-9] ts 600..1000, [10-14] ts 1100..1500 (active).
    const log = buildLog(15, (i) => 100 * (i + 1), 500);
    expect(deleteOldSegments(log, cfg(1000, -1), 1500)).toEqual([]); // 1500 - 500 = 1000, not > 1000
    expect(deleteOldSegments(log, cfg(1000, -1), 1501)).toEqual([
      { reason: 'retention.ms', fromOffset: 0, toOffset: 5, segments: 1, droppedChunks: 0 },
    ]);
    expect(bases(log)).toEqual([5, 10]);
  });
});

describe('segments roll on append', () => {
  it('segmentBytes 500 (5 notes of 100 bytes): 20 notes make segments at 0, 5, 10, 15', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1, segmentBytes: 500 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [],
    });
    sim.advanceTo(2000);
    const p = partitionOf(sim.snapshot(), 'notes', 0);
    expect(p.segments.map((s) => [s.baseOffset, s.endOffset, s.bytes])).toEqual([
      [0, 5, 500],
      [5, 10, 500],
      [10, 15, 500],
      [15, 20, 500],
    ]);
    expect(eventsOf(sim, 'segmentRolled').map((e) => [e.timeMs, e.baseOffset])).toEqual([
      [600, 5],
      [1100, 10],
      [1600, 15],
    ]);
  });

  it("segmentMs 1000: a note more than 1000 ms younger than the segment's first rolls it (at 1200 and 2300)", () => {
    // Segment 0 starts with the note at 100: the note at 1200 (offset 11) is the first with ts - 100 > 1000.
    // Segment 1 starts at 1200: the note at 2300 (offset 22) rolls the next one.
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1, segmentMs: 1000 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [],
    });
    sim.advanceTo(3300);
    const p = partitionOf(sim.snapshot(), 'notes', 0);
    expect(p.segments.map((s) => [s.baseOffset, s.largestTimestamp])).toEqual([
      [0, 1100],
      [11, 2200],
      [22, 3300],
    ]);
  });

  it('a quiet partition never rolls, however old its active segment gets', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1, segmentMs: 1000 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [],
    });
    sim.advanceTo(500);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 0 });
    sim.advanceTo(100_000);
    expect(partitionOf(sim.snapshot(), 'notes', 0).segments).toHaveLength(1);
  });
});

describe('retention in a running topic', () => {
  // Segments of 5 notes at 10/s: segment i holds offsets 5i..5i+4 and its newest note is at 500(i+1) ms.
  // retention.ms 3000, checked every 1000 ms: at a check at T, segment i is deletable when
  // T - 500(i+1) > 3000. At 4000 that is segment 0 (log start 5), at 5000 segments 1-2 (log start 15)...
  const sim = createSimulation({
    seed: 1,
    broker: { logRetentionCheckIntervalMs: 1000 },
    topics: [{ name: 'notes', partitions: 1, retentionMs: 3000, segmentBytes: 500 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [],
  });
  sim.advanceTo(10_000);

  it('whole segments go, oldest first, at each check: log start 5 @4000, 15 @5000, ..., 65 @10000', () => {
    expect(
      eventsOf(sim, 'segmentsDeleted').map((e) => [
        e.timeMs,
        e.fromOffset,
        e.logStartOffset,
        e.segments,
        e.reason,
      ]),
    ).toEqual([
      [4000, 0, 5, 1, 'retention.ms'],
      [5000, 5, 15, 2, 'retention.ms'],
      [6000, 15, 25, 2, 'retention.ms'],
      [7000, 25, 35, 2, 'retention.ms'],
      [8000, 35, 45, 2, 'retention.ms'],
      [9000, 45, 55, 2, 'retention.ms'],
      [10_000, 55, 65, 2, 'retention.ms'],
    ]);
    expect(partitionOf(sim.snapshot(), 'notes', 0).logStartOffset).toBe(65);
  });

  it('a note younger than retention.ms is never deleted (and older notes may stay: whole segments only)', () => {
    // At 10000 the oldest kept note is offset 65 from t=6600: 3400 ms old, kept with its segment (newest 7000).
    const recent = partitionOf(sim.snapshot({ recentRecords: 1000 }), 'notes', 0).recent;
    expect(recent[0]).toMatchObject({ offset: 65, timestamp: 6600 });
    for (const e of eventsOf(sim, 'segmentsDeleted')) {
      // The newest deleted note is at offset logStartOffset - 1, written at 100 * logStartOffset.
      expect(e.timeMs - 100 * e.logStartOffset).toBeGreaterThan(3000);
    }
  });
});

describe('retention.bytes in a running topic', () => {
  it('retention.bytes 1000 with 500-byte segments: the oldest segments go while at least 1000 bytes remain', () => {
    // Check at 2000: offsets 0-18 (1900 bytes) -> drop [0-4] (1400 left), not [5-9] (would leave 900).
    // Check at 3000: offsets 5-28 (2400 bytes) -> drop [5-9] and [10-14] (1400 left), log start 15.
    const sim = createSimulation({
      seed: 1,
      broker: { logRetentionCheckIntervalMs: 1000 },
      topics: [{ name: 'notes', partitions: 1, retentionBytes: 1000, segmentBytes: 500 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [],
    });
    sim.advanceTo(3000);
    expect(
      eventsOf(sim, 'segmentsDeleted').map((e) => [e.timeMs, e.fromOffset, e.logStartOffset, e.reason]),
    ).toEqual([
      [2000, 0, 5, 'retention.bytes'],
      [3000, 5, 15, 'retention.bytes'],
    ]);
  });
});
