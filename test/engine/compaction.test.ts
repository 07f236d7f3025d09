/**
 * Rule 6, compaction (cleanup.policy=compact): the latest value per key survives, offsets never change, the
 * active segment is never cleaned, tombstones are kept by the first pass and removed after
 * delete.retention.ms (semantics.md §5.3, KIP-534).
 */
import { describe, expect, it } from 'vitest';

import { createSimulation } from '../../src/engine';
import { compactPartition } from '../../src/engine/log/compaction';
import { appendRecord, locate, newPartitionLog, type PartitionLog } from '../../src/engine/log/partition-log';
import { FLAG_REMOVED, FLAG_TOMBSTONE } from '../../src/engine/log/record-chunk';
import { eventsOf, memberOf, partitionOf } from './helpers';

const K1 = 1;
const K2 = 2;
const K3 = 3;
const K4 = 4;
const K5 = 5;
const K6 = 6;

/** Offsets compaction has not removed, in order. */
function live(log: PartitionLog): number[] {
  const out: number[] = [];
  for (let o = log.logStartOffset; o < log.logEndOffset; o++) {
    const { chunk, i } = locate(log, o);
    if ((chunk.flags[i]! & FLAG_REMOVED) === 0) out.push(o);
  }
  return out;
}

/** Segments are cut by time: segment.ms 100, so a record 200 ms after a segment's first one rolls it. */
const ROLL = { segmentBytes: 1_000_000, segmentMs: 100 };
function put(log: PartitionLog, timestamp: number, key: number, tombstone = false): void {
  appendRecord(log, ROLL, timestamp, key, 0, log.logEndOffset, tombstone ? FLAG_TOMBSTONE : 0);
}

/**
 * semantics.md §5.3 worked example. Segments [0: k1=a, 1: k2=b, 2: k1=c], [3: k3=d, 4: k2=null],
 * active [5: k1=e, 6: k4=f].
 */
function workedExample(): PartitionLog {
  const log = newPartitionLog(0, 0);
  put(log, 0, K1);
  put(log, 0, K2);
  put(log, 0, K1);
  put(log, 200, K3);
  put(log, 200, K2, true);
  put(log, 400, K1);
  put(log, 400, K4);
  return log;
}

describe('semantics.md §5.3 worked example, on the log module', () => {
  it('the example log has segments at 0, 3 and 5 (active)', () => {
    expect(workedExample().segments.map((s) => s.baseOffset)).toEqual([0, 3, 5]);
  });

  it('pass 1 cleans 0-4: drops 0 (k1 again at 2) and 1 (k2 again at 4), keeps 2, 3, the tombstone 4 -> log 2,3,4,5,6', () => {
    const log = workedExample();
    expect(compactPartition(log, 1000, 500)).toEqual({ removed: 2, cleanedTo: 5 });
    expect(live(log)).toEqual([2, 3, 4, 5, 6]);
    // Offsets never change: the log start and end stay 0 and 7.
    expect([log.logStartOffset, log.logEndOffset]).toEqual([0, 7]);
    // The first pass that sees the tombstone stamps its segment: horizon = 1000 + 500.
    expect(log.segments[1]!.tombstoneHorizonMs).toBe(1500);
  });

  it('as written, the second pass would clean 2 dirty records against 3 clean ones: 0.4 < min.cleanable.dirty.ratio, no pass', () => {
    const log = workedExample();
    compactPartition(log, 1000, 500);
    put(log, 600, K5); // rolls: [5, 6] is now closed
    expect(compactPartition(log, 2000, 500)).toBeNull();
    expect(live(log)).toEqual([2, 3, 4, 5, 6, 7]);
  });

  it('after a roll and a pass past the horizon: drops 2 (k1 at 5) and the tombstone 4 -> 3, 5, 6, ... (segment [5..8], ratio 4/7)', () => {
    const log = workedExample();
    compactPartition(log, 1000, 500);
    // Two more records in the third segment so the dirty part (4) outweighs the clean part (3).
    put(log, 400, K5);
    put(log, 400, K6);
    put(log, 600, K1); // rolls: offset 9 starts the new active segment
    expect(log.segments.map((s) => s.baseOffset)).toEqual([0, 3, 5, 9]);
    expect(compactPartition(log, 2000, 500)).toEqual({ removed: 2, cleanedTo: 9 });
    expect(live(log)).toEqual([3, 5, 6, 7, 8, 9]);
    // A read from offset 0 returns offset 3 first.
    expect(live(log)[0]).toBe(3);
  });

  it('before the horizon the second pass keeps the tombstone', () => {
    const log = workedExample();
    compactPartition(log, 1000, 500);
    put(log, 400, K5);
    put(log, 400, K6);
    put(log, 600, K1);
    compactPartition(log, 1400, 500);
    expect(live(log)).toEqual([3, 4, 5, 6, 7, 8, 9]);
  });

  it('records in the active segment never shadow older ones and are never removed', () => {
    const log = newPartitionLog(0, 0);
    put(log, 0, K1);
    put(log, 200, K1); // active
    put(log, 200, K1); // active
    expect(compactPartition(log, 1000, 500)).toEqual({ removed: 0, cleanedTo: 1 });
    expect(live(log)).toEqual([0, 1, 2]);
  });
});

describe('Kafka source boundaries that semantics.md words loosely', () => {
  it('a tombstone is removed by a pass at exactly its horizon (Cleaner.shouldRetainRecord keeps it only while now < horizon)', () => {
    const log = workedExample();
    compactPartition(log, 1000, 500); // horizon 1500
    put(log, 400, K5);
    put(log, 400, K6);
    put(log, 600, K1);
    compactPartition(log, 1500, 500);
    expect(live(log)).toEqual([3, 5, 6, 7, 8, 9]);
  });

  it('a dirty ratio of exactly 0.5 does not trigger a pass (LogCleanerManager: cleanableRatio > minCleanableRatio)', () => {
    // [0: k1, 1: k2] cleaned; then [2: k3, 3: k1] dirty: 2 dirty / (2 dirty + 2 clean) = 0.5.
    const log = newPartitionLog(0, 0);
    put(log, 0, K1);
    put(log, 0, K2);
    put(log, 200, K3); // rolls
    expect(compactPartition(log, 1000, 500)).toEqual({ removed: 0, cleanedTo: 2 });
    put(log, 200, K1);
    put(log, 400, K4); // rolls: dirty [2, 3] = 2 records, clean [0, 1] = 2 records
    expect(compactPartition(log, 2000, 500)).toBeNull();
  });
});

describe('compaction in a running topic', () => {
  // "grades" writes ana=value, ben=tombstone in turn (tombstoneEvery 2), 10/s until 1050: offsets 0-9. Then
  // "ticker" writes key tick every 100 ms from 1150 (offsets 10, 11, ...). 5 notes per segment; the cleaner
  // runs with the retention check every 2000 ms; delete.retention.ms 5000.
  // At 2000 (offsets 0-18, active from 15): latest ana 8, ben 9 (tombstone), tick 14: removes 12 records and
  //   stamps the tombstone's segment with horizon 2000 + 5000 = 7000.
  // At 4000, 6000: only older ticks go; the tombstone is younger than its horizon.
  // At 8000: past the horizon, the tombstone goes too. ana's single latest value stays forever.
  const sim = createSimulation({
    seed: 1,
    broker: { logRetentionCheckIntervalMs: 2000 },
    topics: [
      { name: 'roster', partitions: 1, cleanupPolicy: 'compact', segmentBytes: 500, deleteRetentionMs: 5000 },
    ],
    producers: [
      { id: 'grades', topic: 'roster', recordsPerSec: 10, keys: ['ana', 'ben'], tombstoneEvery: 2 },
      { id: 'ticker', topic: 'roster', recordsPerSec: 0, keys: ['tick'] },
    ],
    groups: [],
  });
  sim.advanceTo(1050);
  sim.apply({ type: 'setProducerRate', producer: 'grades', recordsPerSec: 0 });
  sim.apply({ type: 'setProducerRate', producer: 'ticker', recordsPerSec: 10 });

  const view = () => partitionOf(sim.snapshot({ recentRecords: 1000 }), 'roster', 0);

  it('at 2000: the latest value per key survives, offsets unchanged, the active segment untouched', () => {
    sim.advanceTo(2000);
    const p = view();
    expect(p.recent.map((r) => [r.offset, r.key, r.tombstone])).toEqual([
      [8, 'ana', false],
      [9, 'ben', true],
      [14, 'tick', false],
      [15, 'tick', false],
      [16, 'tick', false],
      [17, 'tick', false],
      [18, 'tick', false],
    ]);
    expect([p.logStartOffset, p.logEndOffset]).toEqual([0, 19]);
    expect(eventsOf(sim, 'logCompacted').map((e) => [e.timeMs, e.removed, e.cleanedTo])).toEqual([
      [2000, 12, 15],
    ]);
  });

  it('at 6000 the tombstone is still there (horizon 7000)', () => {
    sim.advanceTo(6000);
    expect(
      view()
        .recent.slice(0, 3)
        .map((r) => [r.offset, r.key, r.tombstone]),
    ).toEqual([
      [8, 'ana', false],
      [9, 'ben', true],
      [54, 'tick', false],
    ]);
  });

  it('at 8000, past delete.retention.ms, the tombstone is gone; ana=value stays', () => {
    sim.advanceTo(8000);
    const p = view();
    expect(p.recent.slice(0, 2).map((r) => [r.offset, r.key, r.tombstone])).toEqual([
      [8, 'ana', false],
      [74, 'tick', false],
    ]);
    expect(eventsOf(sim, 'logCompacted').map((e) => [e.timeMs, e.removed, e.cleanedTo])).toEqual([
      [2000, 12, 15],
      [4000, 20, 35],
      [6000, 20, 55],
      [8000, 21, 75],
    ]);
  });

  it('a consumer of the compacted topic reads only the surviving records, offsets as they were', () => {
    // The check at 10000 also cleans ticks 74-93 (latest tick in the dirty part is 94). The group's first
    // poll at 11000 (8000 + initial delay) starts at the log start 0 and gets offset 8, then 94-108.
    sim.apply({
      type: 'addGroup',
      group: {
        id: 'office',
        topics: ['roster'],
        autoOffsetReset: 'earliest',
        members: [{ id: 'eve', recordsPerSec: 1000 }],
      },
    });
    sim.advanceTo(11_000);
    const eve = memberOf(sim.snapshot(), 'office', 'eve');
    expect(eve.batch).toEqual([
      { topic: 'roster', partition: 0, fromOffset: 8, toOffset: 9 },
      { topic: 'roster', partition: 0, fromOffset: 94, toOffset: 109 },
    ]);
    expect(eve.batchSize).toBe(16);
  });
});
