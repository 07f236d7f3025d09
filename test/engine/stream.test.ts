/**
 * Rule 7, stream processing: a group with an outputTopic writes each record it processes to that topic,
 * with the same key (the Spanish translator); chains work, each stage with its own lag.
 */
import { describe, expect, it } from 'vitest';

import { createSimulation, defaultPartition } from '../../src/engine';
import { groupOf, offsetOf, partitionOf } from './helpers';

// notes (1 partition) -> spanish -> notas (2 partitions) -> italian -> notizie (1 partition) -> readers.
// The teacher writes keys "a" and "abc" in turn, 10 per second (note n at 100(n+1) ms). No initial delay:
// every group owns its partitions from t=0. ana and bruno take 10 ms per note and keep up: note n reaches
// notas at 100(n+1) + 10 and notizie at 100(n+1) + 20. carla reads 1 per second and falls behind.
const sim = createSimulation({
  seed: 1,
  broker: { groupInitialRebalanceDelayMs: 0 },
  topics: [
    { name: 'notes', partitions: 1 },
    { name: 'notas', partitions: 2 },
    { name: 'notizie', partitions: 1 },
  ],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'abc'] }],
  groups: [
    {
      id: 'spanish',
      topics: ['notes'],
      outputTopic: 'notas',
      autoOffsetReset: 'earliest',
      members: [{ id: 'ana', recordsPerSec: 100 }],
    },
    {
      id: 'italian',
      topics: ['notas'],
      outputTopic: 'notizie',
      autoOffsetReset: 'earliest',
      members: [{ id: 'bruno', recordsPerSec: 100 }],
    },
    {
      id: 'readers',
      topics: ['notizie'],
      autoOffsetReset: 'earliest',
      members: [{ id: 'carla', recordsPerSec: 1 }],
    },
  ],
});
sim.advanceTo(5050);
const snap = sim.snapshot({ recentRecords: 100 });

describe('a translator writes what it processes to its output topic', () => {
  it('same key, so the key decides the output partition: "a" -> notas-0, "abc" -> notas-1', () => {
    expect([defaultPartition('a', 2), defaultPartition('abc', 2)]).toEqual([0, 1]);
    const p0 = partitionOf(snap, 'notas', 0).recent;
    const p1 = partitionOf(snap, 'notas', 1).recent;
    expect(p0).toHaveLength(25);
    expect(p1).toHaveLength(25);
    expect(new Set(p0.map((r) => r.key))).toEqual(new Set(['a']));
    expect(new Set(p1.map((r) => r.key))).toEqual(new Set(['abc']));
  });

  it('each translated note keeps its number (seq), is written by "spanish/ana", at processing time', () => {
    const p0 = partitionOf(snap, 'notas', 0).recent;
    expect(p0.slice(0, 3)).toEqual([
      { offset: 0, key: 'a', timestamp: 110, writer: 'spanish/ana', seq: 0, tombstone: false },
      { offset: 1, key: 'a', timestamp: 310, writer: 'spanish/ana', seq: 2, tombstone: false },
      { offset: 2, key: 'a', timestamp: 510, writer: 'spanish/ana', seq: 4, tombstone: false },
    ]);
    expect(partitionOf(snap, 'notas', 1).recent[0]).toMatchObject({ key: 'abc', seq: 1, timestamp: 210 });
  });

  it('the chain goes on: notizie holds all 50 notes, in order, written by "italian/bruno"', () => {
    const notizie = partitionOf(snap, 'notizie', 0).recent;
    expect(notizie.map((r) => r.seq)).toEqual(Array.from({ length: 50 }, (_, n) => n));
    expect(new Set(notizie.map((r) => r.writer))).toEqual(new Set(['italian/bruno']));
    expect(notizie[0]).toMatchObject({ key: 'a', timestamp: 120 });
    expect(notizie[49]).toMatchObject({ key: 'abc', timestamp: 5020 });
  });
});

describe('each stage has its own lag', () => {
  it('spanish: committed 49 at 5000, log end 50, lag 1', () => {
    expect(offsetOf(snap, 'spanish', 'notes', 0)).toMatchObject({ committed: 49, logEndOffset: 50, lag: 1 });
  });

  it('italian: committed 25 and 24 at 5010 (just before note 49 was read), lag 0 + 1', () => {
    expect(offsetOf(snap, 'italian', 'notas', 0)).toMatchObject({ committed: 25, logEndOffset: 25, lag: 0 });
    expect(offsetOf(snap, 'italian', 'notas', 1)).toMatchObject({ committed: 24, logEndOffset: 25, lag: 1 });
    expect(groupOf(snap, 'italian').totalLag).toBe(1);
  });

  it('readers: carla polled at 120 and 1120 only, so nothing is committed; lag 50 from the log start', () => {
    expect(offsetOf(snap, 'readers', 'notizie', 0)).toMatchObject({
      committed: null,
      logEndOffset: 50,
      lag: 50,
    });
  });
});
