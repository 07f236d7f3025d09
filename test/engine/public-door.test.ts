/**
 * The public door, src/engine/index.ts: the names and shapes the issue fixes as a contract for the app, the
 * tests and outside checks.
 */
import { describe, expect, it } from 'vitest';

import * as engine from '../../src/engine';
import { type Snapshot, assignPartitions, createSimulation, defaultPartition } from '../../src/engine';

describe('the contract names', () => {
  it('exports defaultPartition, assignPartitions, createSimulation, ScenarioError (and CommandError)', () => {
    expect(typeof engine.defaultPartition).toBe('function');
    expect(typeof engine.assignPartitions).toBe('function');
    expect(typeof engine.createSimulation).toBe('function');
    expect(new engine.ScenarioError([{ path: 'a', message: 'b' }])).toBeInstanceOf(Error);
    expect(new engine.CommandError([{ path: 'a', message: 'b' }])).toBeInstanceOf(Error);
  });
});

describe('defaultPartition(key, numPartitions)', () => {
  it.each([
    ['', 12, 9],
    ['a', 6, 4],
    ['21', 12, 0],
    ['foobar', 4, 2],
    ['0', 12, 8],
    ['ключ', 3, 2],
    ['🙂', 12, 3],
    ['naïve café', 6, 3],
  ])('%j over %i partitions -> %i (semantics.md §1.2)', (key, n, partition) => {
    expect(defaultPartition(key, n)).toBe(partition);
  });

  it('refuses a partition count that is not a positive whole number', () => {
    expect(() => defaultPartition('a', 0)).toThrow(RangeError);
    expect(() => defaultPartition('a', 1.5)).toThrow(RangeError);
  });
});

describe('assignPartitions(assignor, members, partitionsPerTopic)', () => {
  const members = (ids: string[], topics: string[]) => ids.map((id) => ({ id, topics }));

  it('every member id is a key, idle members get [] (range, c_1t2p_4c_idle)', () => {
    expect(assignPartitions('range', members(['C0', 'C1', 'C2', 'C3'], ['orders']), { orders: 2 })).toEqual({
      C0: [['orders', 0]],
      C1: [['orders', 1]],
      C2: [],
      C3: [],
    });
  });

  it('members are ranked by id in plain string order: consumer-10 before consumer-2 (c_lexicographic_ids)', () => {
    const result = assignPartitions(
      'range',
      members(['consumer-2', 'consumer-10', 'consumer-1'], ['orders']),
      {
        orders: 4,
      },
    );
    expect(result).toEqual({
      'consumer-1': [
        ['orders', 0],
        ['orders', 1],
      ],
      'consumer-10': [['orders', 2]],
      'consumer-2': [['orders', 3]],
    });
  });

  it('roundrobin over two topics (javadoc_2c_2t_3p): C0 t0-0 t0-2 t1-1, C1 t0-1 t1-0 t1-2', () => {
    const result = assignPartitions('roundrobin', members(['C0', 'C1'], ['t0', 't1']), { t0: 3, t1: 3 });
    const sorted = (l: [string, number][]) => l.map(([t, p]) => `${t}-${p}`).sort();
    expect(sorted(result.C0!)).toEqual(['t0-0', 't0-2', 't1-1']);
    expect(sorted(result.C1!)).toEqual(['t0-1', 't1-0', 't1-2']);
  });

  it('sticky and cooperative-sticky return the settled result (testAddRemoveConsumerOneTopic)', () => {
    const input = [
      {
        id: 'consumer1',
        topics: ['topic'],
        owned: [
          ['topic', 0],
          ['topic', 1],
          ['topic', 2],
        ] as [string, number][],
      },
      { id: 'consumer2', topics: ['topic'] },
    ];
    for (const assignor of ['sticky', 'cooperative-sticky'] as const) {
      const result = assignPartitions(assignor, input, { topic: 3 });
      expect(result.consumer1!.map(([, p]) => p).sort()).toEqual([0, 1]);
      expect(result.consumer2).toEqual([['topic', 2]]);
    }
  });
});

describe('Simulation and Snapshot', () => {
  const sim = createSimulation({
    seed: 1,
    topics: [{ name: 'notes', partitions: 2 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        members: [
          { id: 'ana', recordsPerSec: 5 },
          { id: 'ben', recordsPerSec: 5 },
        ],
      },
    ],
  });
  sim.advanceTo(4000);
  sim.apply({ type: 'sleep', group: 'class', member: 'ben' });
  sim.advanceTo(5000);

  it('now, advanceTo, seek, apply and snapshot are there', () => {
    expect(sim.now).toBe(5000);
    for (const name of ['advanceTo', 'seek', 'apply', 'snapshot'] as const)
      expect(typeof sim[name]).toBe('function');
  });

  it('the snapshot has the contract shape and is plain JSON data', () => {
    const snap: Snapshot = sim.snapshot();
    expect(JSON.parse(JSON.stringify(snap))).toEqual(snap);
    expect(snap.timeMs).toBe(5000);
    expect(snap.topics[0]).toMatchObject({ name: 'notes' });
    expect(Object.keys(snap.topics[0]!.partitions[0]!)).toEqual(
      expect.arrayContaining(['partition', 'logStartOffset', 'logEndOffset']),
    );
    const g = snap.groups[0]!;
    expect(Object.keys(g)).toEqual(
      expect.arrayContaining([
        'id',
        'state',
        'generation',
        'members',
        'offsets',
        'skippedByRetention',
        'duplicates',
        'skippedOnClose',
      ]),
    );
    expect(Object.keys(g.members[0]!)).toEqual(
      expect.arrayContaining(['id', 'memberId', 'status', 'assignment', 'processed', 'activity']),
    );
    expect(g.skippedOnClose).toBe(0);
    expect(Object.keys(g.offsets[0]!)).toEqual(
      expect.arrayContaining(['topic', 'partition', 'committed', 'lag']),
    );
  });

  it('members lists every consumer not removed, asleep ones included, each with its Kafka member id', () => {
    const snap = sim.snapshot();
    expect(snap.groups[0]!.members.map((m) => [m.id, m.memberId, m.status])).toEqual([
      ['ana', 'ana-1', 'active'],
      ['ben', 'ben-1', 'asleep'],
    ]);
  });

  it('a restarted consumer is a second member under the same name, with a new member id', () => {
    const other = createSimulation(sim.scenario);
    other.advanceTo(4000);
    other.apply({ type: 'crash', group: 'class', member: 'ben' });
    other.apply({ type: 'wake', group: 'class', member: 'ben' });
    const members = other.snapshot().groups[0]!.members;
    expect(members.map((m) => [m.id, m.memberId, m.activity])).toEqual([
      ['ana', 'ana-1', expect.any(String)],
      ['ben', 'ben-1', 'crashed'],
      ['ben', 'ben-2', 'rebalancing'],
    ]);
  });

  it('a snapshot is a copy: changing it changes nothing in the simulation', () => {
    const snap = sim.snapshot() as unknown as { groups: { members: unknown[] }[]; timeMs: number };
    const before = JSON.stringify(sim.snapshot());
    snap.groups[0]!.members.length = 0;
    snap.timeMs = -1;
    expect(JSON.stringify(sim.snapshot())).toBe(before);
  });
});
