/**
 * Rule 3, consumer groups: the classic protocol's states and generations, group.initial.rebalance.delay.ms,
 * eager against cooperative rebalancing, assignors in a running group, idle members (semantics.md §2, §2.6,
 * §4).
 */
import { describe, expect, it } from 'vitest';

import { type Scenario, createSimulation } from '../../src/engine';
import { eventsBetween, eventsOf, groupOf, memberOf, tps } from './helpers';

/** The group's state changes as `from -> to @time (generation)`. */
function stateChanges(sim: ReturnType<typeof createSimulation>, group: string): string[] {
  return eventsOf(sim, 'groupStateChanged')
    .filter((e) => e.group === group)
    .map((e) => `${e.from} -> ${e.to} @${e.timeMs} (gen ${e.generation})`);
}

describe('group states and generations', () => {
  it('one consumer: Empty -> PreparingRebalance at 0, CompletingRebalance -> Stable in generation 1 at 3000', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 10 }] }],
    });
    sim.advanceTo(2999);
    let g = groupOf(sim.snapshot(), 'class');
    expect([g.state, g.generation]).toEqual(['PreparingRebalance', 0]);
    expect(g.members[0]!.assignment).toEqual([]);
    sim.advanceTo(3000);
    g = groupOf(sim.snapshot(), 'class');
    expect([g.state, g.generation]).toEqual(['Stable', 1]);
    expect(tps(g.members[0]!.assignment)).toEqual(['notes-0', 'notes-1']);
    expect(stateChanges(sim, 'class')).toEqual([
      'Empty -> PreparingRebalance @0 (gen 0)',
      'PreparingRebalance -> CompletingRebalance @3000 (gen 1)',
      'CompletingRebalance -> Stable @3000 (gen 1)',
    ]);
  });

  it('groupInitialRebalanceDelayMs 1000: the first assignment comes at 1000', () => {
    const sim = createSimulation({
      seed: 1,
      broker: { groupInitialRebalanceDelayMs: 1000 },
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 10 }] }],
    });
    sim.advanceTo(5000);
    expect(eventsOf(sim, 'partitionsAssigned').map((e) => [e.timeMs, e.member, e.generation])).toEqual([
      [1000, 'ana', 1],
    ]);
  });

  it('a newcomer during the initial delay extends it by one more full delay at its end (3000 + 3000)', () => {
    // Kafka's GroupMetadataManager: a member added while an Empty group waits in its initial delay sets
    // newMemberAdded; when the delay (3000) runs out, tryCompleteInitialRebalanceElseSchedule waits another
    // min(3000, remaining) ms instead of completing. ana at 0, ben at 1000: generation 1 at 6000.
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 10 }] }],
    });
    sim.advanceTo(1000);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 10 } });
    sim.advanceTo(10_000);
    const firstGeneration = eventsOf(sim, 'partitionsAssigned').filter((e) => e.generation === 1);
    expect(firstGeneration.map((e) => [e.timeMs, e.member])).toEqual([
      [6000, 'ana'],
      [6000, 'ben'],
    ]);
  });

  it('when the last member leaves, the group goes back to Empty with a new generation', () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 10 }] }],
    });
    sim.advanceTo(4000);
    sim.apply({ type: 'removeMember', group: 'class', member: 'ana' });
    const g = groupOf(sim.snapshot(), 'class');
    expect([g.state, g.generation, g.members.length]).toEqual(['Empty', 2, 0]);
    expect(stateChanges(sim, 'class').slice(3)).toEqual([
      'Stable -> PreparingRebalance @4000 (gen 1)',
      'PreparingRebalance -> Empty @4000 (gen 2)',
    ]);
  });
});

/**
 * The rebalance story used for eager and cooperative alike. Keys "a" and "abc" go to notes-0 and notes-1
 * (semantics.md §1.2), one note each in turn, 10 per second: 5 per second per partition. ana is alone
 * at first; by t=3000 (generation 1) each partition holds 15 notes (offsets 0-14) and her first poll takes
 * all 30. At 1 note per second she is busy until 3000 + 30 * 1000 = 33000. ben joins at 10000; ana learns
 * of the rebalance from her heartbeat at 12000, but an application thread only rejoins in poll(), after
 * its batch: the group waits for her until 33000 (the rebalance timeout is max.poll.interval.ms, 300 s).
 */
function rebalanceStory(assignor: 'range' | 'cooperative-sticky'): Scenario {
  return {
    seed: 1,
    topics: [{ name: 'notes', partitions: 2 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'abc'] }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        assignor,
        autoOffsetReset: 'earliest',
        members: [{ id: 'ana', recordsPerSec: 1 }],
      },
    ],
  };
}

describe('eager rebalancing (range): the whole group stops', () => {
  const sim = createSimulation(rebalanceStory('range'));
  sim.advanceTo(10_000);
  sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 1 } });
  sim.advanceTo(20_000);
  const during = sim.snapshot();
  sim.advanceTo(33_500);

  it('ana took offsets 0-14 of both partitions in one poll at 3000', () => {
    expect(
      eventsBetween(sim, 'fetched', 3000, 3001).map((e) => [e.member, e.partition, e.fromOffset, e.toOffset]),
    ).toEqual([
      ['ana', 0, 0, 15],
      ['ana', 1, 0, 15],
    ]);
  });

  it('the rebalance starts when ben joins at 10000 and completes only when ana polls again at 33000', () => {
    expect(stateChanges(sim, 'class').slice(3)).toEqual([
      'Stable -> PreparingRebalance @10000 (gen 1)',
      'PreparingRebalance -> CompletingRebalance @33000 (gen 2)',
      'CompletingRebalance -> Stable @33000 (gen 2)',
    ]);
    const g = groupOf(during, 'class');
    expect([g.state, g.generation]).toEqual(['PreparingRebalance', 1]);
    expect(memberOf(during, 'class', 'ben').assignment).toEqual([]);
    expect(memberOf(during, 'class', 'ben').activity).toBe('rebalancing');
  });

  it('nobody fetches between the start of the rebalance and the new assignment', () => {
    expect(eventsBetween(sim, 'fetched', 10_000, 33_000)).toEqual([]);
  });

  it('ana commits what she processed, then revokes every partition, including the one she gets back', () => {
    const at33 = (e: { timeMs: number }) => e.timeMs === 33_000;
    expect(
      eventsOf(sim, 'committed')
        .filter(at33)
        .map((e) => [e.member, e.offsets]),
    ).toEqual([
      [
        'ana',
        [
          { topic: 'notes', partition: 0, offset: 15 },
          { topic: 'notes', partition: 1, offset: 15 },
        ],
      ],
    ]);
    expect(eventsOf(sim, 'partitionsRevoked').map((e) => [e.timeMs, e.member, tps(e.partitions)])).toEqual([
      [33_000, 'ana', ['notes-0', 'notes-1']],
    ]);
    expect(
      eventsOf(sim, 'partitionsAssigned')
        .filter((e) => e.generation === 2)
        .map((e) => [e.member, tps(e.partitions)]),
    ).toEqual([
      ['ana', ['notes-0']],
      ['ben', ['notes-1']],
    ]);
  });

  it('after the rebalance both resume from the committed offset 15, so nothing is read twice', () => {
    const after = eventsBetween(sim, 'fetched', 33_000, 33_001);
    expect(after.map((e) => [e.member, e.partition, e.fromOffset, e.again])).toEqual([
      ['ana', 0, 15, 0],
      ['ben', 1, 15, 0],
    ]);
    expect(groupOf(sim.snapshot(), 'class').duplicates).toBe(0);
  });
});

describe('cooperative rebalancing (cooperative-sticky): only moving partitions pause, in two rounds', () => {
  const sim = createSimulation(rebalanceStory('cooperative-sticky'));
  sim.advanceTo(10_000);
  sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 1 } });
  sim.advanceTo(200_000);

  it('round 1 at 33000 (generation 2): ana keeps notes-0 and gives up notes-1, ben gets nothing yet', () => {
    expect(
      eventsOf(sim, 'partitionsAssigned')
        .filter((e) => e.generation === 2)
        .map((e) => [e.timeMs, e.member, tps(e.partitions)]),
    ).toEqual([
      [33_000, 'ana', ['notes-0']],
      [33_000, 'ben', []],
    ]);
    expect(eventsOf(sim, 'partitionsRevoked').map((e) => [e.timeMs, e.member, tps(e.partitions)])).toEqual([
      [33_000, 'ana', ['notes-1']],
    ]);
  });

  it('round 2 starts at once (ana rejoins in the same poll) and hands notes-1 to ben at his heartbeat at 34000', () => {
    // AbstractCoordinator.joinGroupIfNeeded loops while a rejoin is needed: the revocation in onJoinComplete
    // requests a rejoin and the second JoinGroup goes out before poll() returns ana's records. The group
    // then waits for ben, whose heartbeats run every 3000 ms from 10000: ..., 31000, 34000.
    expect(stateChanges(sim, 'class').slice(3, 9)).toEqual([
      'Stable -> PreparingRebalance @10000 (gen 1)',
      'PreparingRebalance -> CompletingRebalance @33000 (gen 2)',
      'CompletingRebalance -> Stable @33000 (gen 2)',
      'Stable -> PreparingRebalance @33000 (gen 2)',
      'PreparingRebalance -> CompletingRebalance @34000 (gen 3)',
      'CompletingRebalance -> Stable @34000 (gen 3)',
    ]);
    expect(
      eventsOf(sim, 'partitionsAssigned')
        .filter((e) => e.generation === 3)
        .map((e) => [e.timeMs, e.member, tps(e.partitions)]),
    ).toEqual([
      [34_000, 'ana', ['notes-0']],
      [34_000, 'ben', ['notes-1']],
    ]);
  });

  it('ana never gives up notes-0, and ben starts notes-1 at the offset ana committed when she gave it up: 15', () => {
    expect(eventsOf(sim, 'partitionsRevoked').flatMap((e) => tps(e.partitions))).not.toContain('notes-0');
    const first = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([first.partition, first.fromOffset, first.again]).toEqual([1, 15, 0]);
  });
});

describe('while a rebalance waits for the others, a cooperative member keeps fetching, an eager one has stopped', () => {
  // Keys "abc", "a", "key1" go to notes-0, -1, -2 (semantics.md §1.2, n=3), 10 notes per second in all. ana
  // starts at 0, ben joins at 4000, cleo at 10500. ana's heartbeats come at 12000 (every 3000 ms from 0),
  // ben's at 13000 (every 3000 ms from 4000): ana sends JoinGroup at 12000 and the group waits for ben until
  // 13000. (Until its heartbeat tells it, a member does not know a rebalance started, and fetches as usual.)
  const run = (assignor: 'sticky' | 'cooperative-sticky') => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 3 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['abc', 'a', 'key1'] }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          assignor,
          autoOffsetReset: 'earliest',
          members: [{ id: 'ana', recordsPerSec: 100 }],
        },
      ],
    });
    sim.advanceTo(4000);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 100 } });
    sim.advanceTo(10_500);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'cleo', recordsPerSec: 100 } });
    sim.advanceTo(12_000);
    const owned = tps(memberOf(sim.snapshot(), 'class', 'ana').assignment);
    sim.advanceTo(14_000);
    const events = sim.events();
    const joined = events.find(
      (e) => e.type === 'memberJoined' && e.member === 'ana' && e.timeMs === 12_000,
    )!;
    const completed = events.find(
      (e) => e.type === 'groupStateChanged' && e.to === 'CompletingRebalance' && e.id > joined.id,
    )!;
    const anaFetches = eventsOf(sim, 'fetched').filter(
      (e) => e.member === 'ana' && e.id > joined.id && e.id < completed.id,
    );
    return { owned, completedAt: completed.timeMs, anaFetches };
  };

  it('eager (sticky): from her JoinGroup at 12000 to the assignment at 13000, ana fetches nothing', () => {
    const { completedAt, anaFetches } = run('sticky');
    expect(completedAt).toBe(13_000);
    expect(anaFetches).toEqual([]);
  });

  it('cooperative: in the same second ana goes on fetching the partitions she owns', () => {
    const { owned, completedAt, anaFetches } = run('cooperative-sticky');
    expect(completedAt).toBe(13_000);
    expect(anaFetches.length).toBeGreaterThan(0);
    for (const e of anaFetches) expect(owned).toContain(`${e.topic}-${e.partition}`);
  });
});

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
