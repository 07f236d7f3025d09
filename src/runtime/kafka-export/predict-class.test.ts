import { describe, expect, it } from 'vitest';
import { defaultPartition, type Scenario } from '../../engine';
import { predictClass } from './predict-class';

const group = {
  heartbeatIntervalMs: 1000,
  sessionTimeoutMs: 6000,
  autoCommitIntervalMs: 2000,
  maxPollRecords: 3,
  autoOffsetReset: 'earliest' as const,
};

const keysAndOrder: Scenario = {
  seed: 8,
  broker: { groupInitialRebalanceDelayMs: 1000 },
  topics: [{ name: 'notes', partitions: 3 }],
  producers: [
    { id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: ['math', 'history', 'latin', 'music'] },
  ],
  groups: [
    {
      id: 'class',
      topics: ['notes'],
      ...group,
      members: [
        { id: 'ana', recordsPerSec: 2 },
        { id: 'ben', recordsPerSec: 2 },
      ],
    },
  ],
};

describe('predictClass', () => {
  it('puts every key on the partition murmur2 gives it, written by the teacher', () => {
    const p = predictClass(keysAndOrder, [], 10_000);
    expect(p.placements.map((x) => [x.key, x.partition])).toEqual(
      ['history', 'latin', 'math', 'music'].map((k) => [k, defaultPartition(k, 3)]),
    );
    expect(p.placements.every((x) => x.writers.join() === 'teacher')).toBe(true);
    expect(p.unkeyed).toEqual([]);
  });

  it('gives the first generation after the initial rebalance delay, range-assigned by member name', () => {
    const p = predictClass(keysAndOrder, [], 10_000);
    expect(p.generations[0]).toMatchObject({
      group: 'class',
      generation: 1,
      byMember: { ana: ['notes-0', 'notes-1'], ben: ['notes-2'] },
    });
    expect(p.generations[0]!.atMs).toBeGreaterThanOrEqual(1000);
  });

  it('writes a new generation when a member joins, and lag once a second', () => {
    const script = [
      {
        timeMs: 4000,
        command: { type: 'addMember', group: 'class', member: { id: 'carla', recordsPerSec: 2 } },
      },
    ] as const;
    const p = predictClass(keysAndOrder, script, 12_000);
    const last = p.generations[p.generations.length - 1]!;
    expect(Object.keys(last.byMember).sort()).toEqual(['ana', 'ben', 'carla']);
    expect(last.atMs).toBeGreaterThan(4000);
    expect(p.checkpoints.map((c) => c.atMs)).toEqual(Array.from({ length: 13 }, (_, i) => i * 1000));
    const at10 = p.checkpoints[10]!;
    const offsets = at10.groups[0]!;
    const sum = Object.values(offsets.lag).reduce((a, b) => a + b, 0);
    expect(offsets.totalLag).toBe(sum);
    expect(Object.values(at10.logEnd).reduce((a, b) => a + b, 0)).toBe(20);
  });

  it('is deterministic and says which producers have no keys', () => {
    const unkeyed: Scenario = {
      ...keysAndOrder,
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
    };
    const a = predictClass(unkeyed, [], 6000);
    expect(a).toEqual(predictClass(unkeyed, [], 6000));
    expect(a.placements).toEqual([]);
    expect(a.unkeyed).toEqual([{ producer: 'teacher', topic: 'notes' }]);
  });
});
