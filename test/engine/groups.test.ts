/**
 * Rule 3, consumer groups: the classic protocol's states and generations, group.initial.rebalance.delay.ms,
 * eager against cooperative rebalancing (semantics.md §2, §2.6). Assignors in a running group and idle
 * members: groups-assignors.test.ts.
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
