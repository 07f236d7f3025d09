/**
 * Rule 2, producers: a rate in records per second that can change live; keyed records go to
 * toPositive(murmur2(utf8(key))) % partitions; keyless records stick to one partition for a batch
 * (semantics.md §1.1-1.3).
 */
import { describe, expect, it } from 'vitest';

import { RECORD_SIZE_BYTES, createSimulation, defaultPartition } from '../../src/engine';
import { eventsOf, partitionOf } from './helpers';

/** seq -> partition of every record in `topic`, from the snapshot's recent records. */
function partitionBySeq(
  sim: ReturnType<typeof createSimulation>,
  topic: string,
  partitions: number,
): Map<number, number> {
  const snap = sim.snapshot({ recentRecords: 10_000 });
  const out = new Map<number, number>();
  for (let p = 0; p < partitions; p++) {
    for (const r of partitionOf(snap, topic, p).recent) out.set(r.seq, p);
  }
  return out;
}

describe('keyed records: the Java client default partitioner', () => {
  it('keys "a", "abc", "key0" over 3 partitions land on 1, 0, 1 (semantics.md §1.2 table)', () => {
    expect([defaultPartition('a', 3), defaultPartition('abc', 3), defaultPartition('key0', 3)]).toEqual([
      1, 0, 1,
    ]);
    // 30 notes in 3 s, keys in turn: 10 per key. Partition 1 gets "a" and "key0", partition 0 gets "abc".
    const sim = createSimulation({
      seed: 7,
      topics: [{ name: 'notes', partitions: 3 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'abc', 'key0'] }],
      groups: [],
    });
    sim.advanceTo(3000);
    const snap = sim.snapshot({ recentRecords: 100 });
    expect([0, 1, 2].map((p) => partitionOf(snap, 'notes', p).logEndOffset)).toEqual([10, 20, 0]);
    expect(new Set(partitionOf(snap, 'notes', 0).recent.map((r) => r.key))).toEqual(new Set(['abc']));
    expect(new Set(partitionOf(snap, 'notes', 1).recent.map((r) => r.key))).toEqual(new Set(['a', 'key0']));
  });

  it('the same key always goes to the same partition, whatever the seed', () => {
    const where = (seed: number) => {
      const sim = createSimulation({
        seed,
        topics: [{ name: 'notes', partitions: 12 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['hello', 'user-42'] }],
        groups: [],
      });
      sim.advanceTo(1000);
      const bySeq = partitionBySeq(sim, 'notes', 12);
      return [bySeq.get(0), bySeq.get(1), bySeq.get(2), bySeq.get(3)];
    };
    // "hello" -> 9 and "user-42" -> 4 at n=12 (semantics.md §1.2).
    expect(where(1)).toEqual([9, 4, 9, 4]);
    expect(where(99)).toEqual([9, 4, 9, 4]);
  });
});

describe('keyless records: sticky partitioning (KIP-794)', () => {
  it('with batchSizeBytes 500 (5 records of 100 bytes) the partition changes only every 5 records', () => {
    expect(RECORD_SIZE_BYTES).toBe(100);
    const sim = createSimulation({
      seed: 3,
      topics: [{ name: 'notes', partitions: 4 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 100, batchSizeBytes: 500 }],
      groups: [],
    });
    sim.advanceTo(2000); // 200 records, 40 batches of 5
    const bySeq = partitionBySeq(sim, 'notes', 4);
    expect(bySeq.size).toBe(200);
    for (let seq = 1; seq < 200; seq++) {
      if (seq % 5 !== 0)
        expect(bySeq.get(seq), `record ${seq} stays with record ${seq - 1}`).toBe(bySeq.get(seq - 1));
    }
    // Over 40 batches the producer does move around (a switch may pick the same partition again).
    expect(new Set(bySeq.values()).size).toBeGreaterThan(1);
    expect(new Set(sim.snapshot().topics[0]!.partitions.map((p) => p.logEndOffset % 5))).toEqual(
      new Set([0]),
    );
  });

  it('with the default batch.size 16384 it sticks for ceil(16384 / 100) = 164 records', () => {
    const sim = createSimulation({
      seed: 11,
      topics: [{ name: 'notes', partitions: 6 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1000 }],
      groups: [],
    });
    sim.advanceTo(164); // exactly 164 records, one per ms
    const snap = sim.snapshot();
    const ends = snap.topics[0]!.partitions.map((p) => p.logEndOffset);
    expect(ends.filter((n) => n > 0)).toEqual([164]);
  });

  it('the seeded generator picks the partitions: same seed, same placement', () => {
    const placement = (seed: number) => {
      const sim = createSimulation({
        seed,
        topics: [{ name: 'notes', partitions: 4 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 100, batchSizeBytes: 500 }],
        groups: [],
      });
      sim.advanceTo(1000);
      return [...partitionBySeq(sim, 'notes', 4).entries()].sort((a, b) => a[0] - b[0]);
    };
    expect(placement(5)).toEqual(placement(5));
  });
});

describe('producer rate', () => {
  it('record k is due at ceil(k * 1000 / rate): at 3 per second, 334, 667, 1000, 1334, 1667, 2000', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 3, keys: ['a'] }],
      groups: [],
    });
    sim.advanceTo(2000);
    const recent = partitionOf(sim.snapshot({ recentRecords: 10 }), 'notes', 0).recent;
    expect(recent.map((r) => r.timestamp)).toEqual([334, 667, 1000, 1334, 1667, 2000]);
  });

  it('slowing down takes effect at once: 10/s until 1050, then 2/s gives notes at 1550, 2050, 2550, 3050', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a'] }],
      groups: [],
    });
    sim.advanceTo(1050);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 2 });
    sim.advanceTo(3050);
    const snap = sim.snapshot({ recentRecords: 100 });
    const times = partitionOf(snap, 'notes', 0).recent.map((r) => r.timestamp);
    expect(times.slice(8)).toEqual([900, 1000, 1550, 2050, 2550, 3050]);
    expect(snap.producers).toEqual([
      {
        id: 'teacher',
        topic: 'notes',
        keys: ['a'],
        recordsPerSec: 2,
        sent: 14,
        acks: 'all',
        enableIdempotence: true,
        deliveryTimeoutMs: 120_000,
        acknowledged: 14,
        failed: 0,
        lostAcknowledged: 0,
        waiting: 0,
        duplicatesWritten: 0,
        blocked: false,
      },
    ]);
    expect(eventsOf(sim, 'producerRateChanged').map((e) => [e.timeMs, e.recordsPerSec])).toEqual([[1050, 2]]);
  });

  it('speeding up takes effect at once: 1/s, then 10/s at 1500 sends at 1600, not at 2000', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1, keys: ['a'] }],
      groups: [],
    });
    sim.advanceTo(1500);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 10 });
    sim.advanceTo(1800);
    const times = partitionOf(sim.snapshot({ recentRecords: 100 }), 'notes', 0).recent.map(
      (r) => r.timestamp,
    );
    expect(times).toEqual([1000, 1600, 1700, 1800]);
  });

  it('rate 0 sends nothing, from the start or after a change', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [
        { id: 'silent', topic: 'notes', recordsPerSec: 0 },
        { id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a'] },
      ],
      groups: [],
    });
    sim.advanceTo(1000);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 0 });
    sim.advanceTo(60_000);
    const snap = sim.snapshot();
    expect(snap.producers.map((p) => [p.id, p.sent])).toEqual([
      ['silent', 0],
      ['teacher', 10],
    ]);
    expect(snap.topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset, 0)).toBe(10);
  });
});
