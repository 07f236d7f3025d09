/**
 * Rule 3, consumer groups, continued: the assignors in a running group (range, roundrobin, sticky), and
 * members beyond the partitions staying idle (semantics.md §2, §4).
 */
import { describe, expect, it } from 'vitest';
import { type Scenario, createSimulation } from '../../src/engine';
import { eventsOf, groupOf, memberOf, tps } from './helpers';

describe('assignors in a running group', () => {
  const scenario = (assignor: 'range' | 'roundrobin'): Scenario => ({
    seed: 1,
    topics: [{ name: 'orders', partitions: 7 }],
    producers: [],
    groups: [
      {
        id: 'shop',
        topics: ['orders'],
        assignor,
        members: [
          { id: 'C1', recordsPerSec: 10 },
          { id: 'C0', recordsPerSec: 10 },
          { id: 'C2', recordsPerSec: 10 },
        ],
      },
    ],
  });
  const assigned = (assignor: 'range' | 'roundrobin') => {
    const sim = createSimulation(scenario(assignor));
    sim.advanceTo(10_000);
    const g = groupOf(sim.snapshot(), 'shop');
    return Object.fromEntries(g.members.map((m) => [m.id, m.assignment.map(([, p]) => p).sort()]));
  };

  it('range, 7 partitions, 3 members ranked by id: C0 0 1 2, C1 3 4, C2 5 6 (vector c_1t7p_3c)', () => {
    expect(assigned('range')).toEqual({ C0: [0, 1, 2], C1: [3, 4], C2: [5, 6] });
  });

  it('roundrobin, same input: C0 0 3 6, C1 1 4, C2 2 5 (vector c_1t7p_3c)', () => {
    expect(assigned('roundrobin')).toEqual({ C0: [0, 3, 6], C1: [1, 4], C2: [2, 5] });
  });

  it('range works topic by topic (vector c_2t5p_3c): the first member gets the extra partition of each', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [
        { name: 't0', partitions: 5 },
        { name: 't1', partitions: 5 },
      ],
      producers: [],
      groups: [
        {
          id: 'shop',
          topics: ['t0', 't1'],
          members: ['C0', 'C1', 'C2'].map((id) => ({ id, recordsPerSec: 10 })),
        },
      ],
    });
    sim.advanceTo(10_000);
    const g = groupOf(sim.snapshot(), 'shop');
    expect(Object.fromEntries(g.members.map((m) => [m.id, tps(m.assignment).sort()]))).toEqual({
      C0: ['t0-0', 't0-1', 't1-0', 't1-1'],
      C1: ['t0-2', 't0-3', 't1-2', 't1-3'],
      C2: ['t0-4', 't1-4'],
    });
  });
});

describe('eager sticky in a running group', () => {
  it("when C1 leaves, C0 and C2 keep what they had and share C1's partitions", () => {
    // C0 alone owns orders-0..5; C1 and C2 join at 1000. StickyAssignor: C0 keeps its quota (2) of what it
    // owned, 0 and 1; the rest go round the members below quota: C1 2 and 4, C2 3 and 5. Then C1 is removed.
    const sim = createSimulation({
      seed: 1,
      broker: { groupInitialRebalanceDelayMs: 0 },
      topics: [{ name: 'orders', partitions: 6 }],
      producers: [],
      groups: [
        { id: 'shop', topics: ['orders'], assignor: 'sticky', members: [{ id: 'C0', recordsPerSec: 10 }] },
      ],
    });
    sim.advanceTo(1000);
    sim.apply({ type: 'addMember', group: 'shop', member: { id: 'C1', recordsPerSec: 10 } });
    sim.apply({ type: 'addMember', group: 'shop', member: { id: 'C2', recordsPerSec: 10 } });
    sim.advanceTo(10_000);
    const owned = () =>
      Object.fromEntries(
        groupOf(sim.snapshot(), 'shop').members.map((m) => [m.id, m.assignment.map(([, p]) => p).sort()]),
      );
    expect(owned()).toEqual({ C0: [0, 1], C1: [2, 4], C2: [3, 5] });
    sim.apply({ type: 'removeMember', group: 'shop', member: 'C1' });
    sim.advanceTo(20_000);
    const after = owned();
    expect(after.C0).toEqual(expect.arrayContaining([0, 1]));
    expect(after.C2).toEqual(expect.arrayContaining([3, 5]));
    expect([...after.C0!, ...after.C2!].sort()).toEqual([0, 1, 2, 3, 4, 5]);
    expect([after.C0!.length, after.C2!.length]).toEqual([3, 3]);
  });
});

describe('more members than partitions', () => {
  it('three students, one partition: ana reads it, ben and cleo are idle with an empty assignment', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 5 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          members: [
            { id: 'cleo', recordsPerSec: 10 },
            { id: 'ana', recordsPerSec: 10 },
            { id: 'ben', recordsPerSec: 10 },
          ],
        },
      ],
    });
    sim.advanceTo(10_000);
    const snap = sim.snapshot();
    expect(groupOf(snap, 'class').state).toBe('Stable');
    expect(tps(memberOf(snap, 'class', 'ana').assignment)).toEqual(['notes-0']);
    for (const id of ['ben', 'cleo']) {
      expect(memberOf(snap, 'class', id).assignment).toEqual([]);
      expect(memberOf(snap, 'class', id).activity).toBe('idle');
      expect(memberOf(snap, 'class', id).processed).toBe(0);
    }
    expect(eventsOf(sim, 'fetched').every((e) => e.member === 'ana')).toBe(true);
  });
});
