/**
 * Rule 5, sleep and liveness: two clocks, as Kafka has them (semantics.md §4). A sleeping member stops
 * polling but its heartbeat thread carries on: within max.poll.interval.ms it keeps its partitions; past it
 * it leaves and its partitions move; waking, it rejoins as a new member. A crashed member stops heartbeating and
 * is evicted session.timeout.ms after its last heartbeat. removeMember is KafkaConsumer.close(): it commits its
 * positions (auto-commit), then sends LeaveGroup. (Restarts and records in hand: leave-crash-restart.test.ts.)
 */
import { describe, expect, it } from 'vitest';

import { type GroupSpec, type Scenario, createSimulation } from '../../src/engine';
import { eventsBetween, eventsOf, groupOf, memberOf, offsetOf, tps } from './helpers';

/**
 * The common story. One note per second (offset k-1 at k*1000 ms), one partition. ana starts alone: generation
 * 1 at 3000 (initial delay), which restarts her auto-commit clock (due 8000). ben joins at 4000; ana hears of
 * it at her heartbeat at 6000 and rejoins, committing her position 5 first (onJoinPrepare). Generation 2 at
 * 6000: range gives ana notes-0, ben is idle, and the auto-commit clock starts again (due 11000).
 * ana reads every note as it comes and is done 10 ms later: by 8050 she processed offsets 0-7, her last poll
 * was at 8010 (after offset 7): the group's committed offset is 5. ben's heartbeats come every 3000 ms from
 * 4000: 7000, 10000, ..., 19000, ...
 */
function story(group: Partial<GroupSpec> = {}): Scenario {
  return {
    seed: 1,
    topics: [{ name: 'notes', partitions: 1 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        autoOffsetReset: 'earliest',
        members: [{ id: 'ana', recordsPerSec: 100 }],
        ...group,
      },
    ],
  };
}

function startStory(group: Partial<GroupSpec> = {}) {
  const sim = createSimulation(story(group));
  sim.advanceTo(4000);
  sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 100 } });
  sim.advanceTo(8050);
  return sim;
}

describe('the common story before anything goes wrong', () => {
  it('generation 2 at 6000: ana owns notes-0, ben is idle; committed 5, ana processed 8', () => {
    const sim = startStory();
    const snap = sim.snapshot();
    expect(
      eventsOf(sim, 'partitionsAssigned').map((e) => [e.timeMs, e.generation, e.member, tps(e.partitions)]),
    ).toEqual([
      [3000, 1, 'ana', ['notes-0']],
      [6000, 2, 'ana', ['notes-0']],
      [6000, 2, 'ben', []],
    ]);
    expect(eventsOf(sim, 'committed').map((e) => [e.timeMs, e.offsets[0]!.offset])).toEqual([[6000, 5]]);
    expect(offsetOf(snap, 'class', 'notes', 0).committed).toBe(5);
    expect(memberOf(snap, 'class', 'ana').processed).toBe(8);
    expect(memberOf(snap, 'class', 'ana').lastPollMs).toBe(8010);
  });
});

describe('sleep: max.poll.interval.ms (10 s here) counts from the last poll', () => {
  const sim = startStory({ maxPollIntervalMs: 10_000 });
  sim.apply({ type: 'sleep', group: 'class', member: 'ana' });

  it('asleep within max.poll.interval.ms, ana keeps notes-0 and the lag grows: 12 - 5 = 7 at 12000, 18 - 5 = 13 at 18000', () => {
    sim.advanceTo(12_000);
    let snap = sim.snapshot();
    expect(memberOf(snap, 'class', 'ana')).toMatchObject({ status: 'asleep', inGroup: true });
    expect(tps(memberOf(snap, 'class', 'ana').assignment)).toEqual(['notes-0']);
    expect(offsetOf(snap, 'class', 'notes', 0)).toMatchObject({ committed: 5, lag: 7 });
    sim.advanceTo(18_000);
    snap = sim.snapshot();
    expect(tps(memberOf(snap, 'class', 'ana').assignment)).toEqual(['notes-0']);
    expect(offsetOf(snap, 'class', 'notes', 0)).toMatchObject({ committed: 5, lag: 13 });
    expect(groupOf(snap, 'class').state).toBe('Stable');
  });

  it('at 8010 + 10000 = 18010 she leaves the group (reason max.poll.interval.ms)', () => {
    sim.advanceTo(18_010);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.member, e.reason])).toEqual([
      [18_010, 'ana', 'max.poll.interval.ms'],
    ]);
    const ana = memberOf(sim.snapshot(), 'class', 'ana');
    expect(ana).toMatchObject({ status: 'asleep', inGroup: false, assignment: [] });
  });

  it('her partition moves to ben at his heartbeat at 19000; he restarts from 5 and redoes offsets 5-7', () => {
    sim.advanceTo(20_000);
    expect(
      eventsBetween(sim, 'partitionsAssigned', 18_010, 20_000).map((e) => [
        e.timeMs,
        e.generation,
        e.member,
        tps(e.partitions),
      ]),
    ).toEqual([[19_000, 3, 'ben', ['notes-0']]]);
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.timeMs, benFetch.fromOffset, benFetch.toOffset, benFetch.again]).toEqual([
      19_000, 5, 19, 3,
    ]);
    expect(groupOf(sim.snapshot(), 'class').duplicates).toBe(3);
  });

  it("waking at 25050 she rejoins (JoinGroup at once, under a new member id) and gets notes-0 back at ben's heartbeat at 28000", () => {
    sim.advanceTo(25_050);
    sim.apply({ type: 'wake', group: 'class', member: 'ana' });
    sim.advanceTo(28_500);
    // AbstractCoordinator.maybeLeaveGroup reset her member id: the coordinator gives her a new one.
    expect(eventsBetween(sim, 'memberJoined', 25_050, 25_051).map((e) => [e.member, e.memberId])).toEqual([
      ['ana', 'ana-2'],
    ]);
    // Her own commit of the old positions would fail (she is out of the generation): nothing committed.
    expect(eventsBetween(sim, 'committed', 18_010, 28_500).filter((e) => e.member === 'ana')).toEqual([]);
    expect(
      eventsBetween(sim, 'partitionsAssigned', 25_050, 28_500).map((e) => [
        e.timeMs,
        e.generation,
        e.member,
        tps(e.partitions),
      ]),
    ).toEqual([
      [28_000, 4, 'ana', ['notes-0']],
      [28_000, 4, 'ben', []],
    ]);
    expect(memberOf(sim.snapshot(), 'class', 'ana')).toMatchObject({ status: 'active', inGroup: true });
  });
});

describe('a short sleep, within max.poll.interval.ms', () => {
  it('changes nothing in the group: waking at 12050 ana goes on from her own position 8, nothing read twice', () => {
    const sim = startStory({ maxPollIntervalMs: 10_000 });
    sim.apply({ type: 'sleep', group: 'class', member: 'ana' });
    sim.advanceTo(12_050);
    sim.apply({ type: 'wake', group: 'class', member: 'ana' });
    sim.advanceTo(12_100);
    expect(eventsOf(sim, 'memberLeft')).toEqual([]);
    expect(eventsOf(sim, 'rebalanceStarted').map((e) => e.timeMs)).toEqual([0, 4000]);
    const fetch = eventsBetween(sim, 'fetched', 12_050, 12_100).map((e) => [
      e.member,
      e.fromOffset,
      e.toOffset,
      e.again,
    ]);
    expect(fetch).toEqual([['ana', 8, 12, 0]]);
    expect(groupOf(sim.snapshot(), 'class').generation).toBe(2);
  });
});

describe('sleep does not stop the heartbeat thread', () => {
  it('asleep for 30 s with session.timeout.ms 10 s and max.poll.interval.ms 60 s, ana is still in the group', () => {
    const sim = startStory({ sessionTimeoutMs: 10_000, maxPollIntervalMs: 60_000 });
    sim.apply({ type: 'sleep', group: 'class', member: 'ana' });
    sim.advanceTo(38_050);
    expect(eventsOf(sim, 'memberLeft')).toEqual([]);
    expect(tps(memberOf(sim.snapshot(), 'class', 'ana').assignment)).toEqual(['notes-0']);
    // ...and she leaves at her last poll + 60 s.
    sim.advanceTo(68_010);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.reason])).toEqual([
      [68_010, 'max.poll.interval.ms'],
    ]);
  });
});

describe('crash: evicted session.timeout.ms after the last heartbeat', () => {
  it('crashing at 8050, last heartbeat 6000, session 11 s: evicted at 17000, ben takes over at 19000 from offset 5', () => {
    const sim = startStory({ sessionTimeoutMs: 11_000 });
    sim.apply({ type: 'crash', group: 'class', member: 'ana' });
    sim.advanceTo(16_999);
    expect(eventsOf(sim, 'memberLeft')).toEqual([]);
    sim.advanceTo(20_000);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.member, e.reason, e.leaveGroup])).toEqual([
      [17_000, 'ana', 'session.timeout.ms', false],
    ]);
    expect(
      eventsBetween(sim, 'partitionsAssigned', 17_000, 20_000).map((e) => [
        e.timeMs,
        e.member,
        tps(e.partitions),
      ]),
    ).toEqual([[19_000, 'ben', ['notes-0']]]);
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.fromOffset, benFetch.again]).toEqual([5, 3]);
    expect(memberOf(sim.snapshot(), 'class', 'ana').crashed).toBe(true);
  });
});

describe('removeMember: KafkaConsumer.close(), a commit then LeaveGroup', () => {
  it('ana closes at 8050: she commits her position 8, sends LeaveGroup, and ben starts at 8: nothing read twice', () => {
    const sim = startStory();
    sim.apply({ type: 'removeMember', group: 'class', member: 'ana' });
    expect(eventsBetween(sim, 'committed', 8050, 8051).map((e) => [e.member, e.offsets[0]!.offset])).toEqual([
      ['ana', 8],
    ]);
    expect(
      eventsBetween(sim, 'memberLeft', 8050, 8051).map((e) => [e.member, e.reason, e.leaveGroup]),
    ).toEqual([['ana', 'removed', true]]);
    expect(groupOf(sim.snapshot(), 'class').state).toBe('PreparingRebalance');
    expect(groupOf(sim.snapshot(), 'class').members.map((m) => m.id)).toEqual(['ben']);
    sim.advanceTo(10_500);
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.timeMs, benFetch.fromOffset, benFetch.toOffset, benFetch.again]).toEqual([
      10_000, 8, 10, 0,
    ]);
    expect(groupOf(sim.snapshot(), 'class')).toMatchObject({ duplicates: 0, skippedOnClose: 0 });
  });
});
