/**
 * How a consumer leaves, as Kafka's Java client and classic coordinator have it:
 * - a clean shutdown, `KafkaConsumer.close()` under enable.auto.commit=true, commits every position
 *   (`ConsumerCoordinator.close` -> `maybeAutoCommitOffsetsSync(subscriptions.allConsumed())`), records in hand
 *   included, then sends LeaveGroup (`AbstractCoordinator.maybeLeaveGroup`): nothing is read twice, and the
 *   records in hand are never read (skippedOnClose);
 * - a crash sends nothing: the member keeps its partitions until its session times out
 *   (`GroupMetadataManager.expireClassicGroupMemberHeartbeat`); the next owner starts at the last commit and
 *   reads again what was processed since (duplicates);
 * - a restarted process joins as a new member (a new member id); the dead incarnation stays until the
 *   coordinator drops it: session timeout, or the end of the join phase (rebalance timeout), whichever first.
 *
 * The story: one partition, a note every 250 ms (offset k at 250(k+1)); ana and ben read 2 notes/s, 10 per
 * poll, heartbeats every 1000 ms, session 6000 ms, no initial delay. ana owns notes-0 from 1250 (generation
 * 2, after ben joined; her rejoin commits 2). She fetched 10-19 at 5250 and processes one every 500 ms:
 * by 8000 she processed 10-14 and holds 15-19. Nothing is committed after 2 before 8000 (generation 2 restarted
 * the auto-commit clock at 1250, due 6250; her next poll is at 10250).
 */
import { describe, expect, it } from 'vitest';

import { type GroupSpec, type Scenario, createSimulation } from '../../src/engine';
import { eventsBetween, eventsOf, groupOf, memberOf, notesClass, offsetOf, tps } from './helpers';

function story(group: Partial<GroupSpec> = {}): Scenario {
  return notesClass({
    broker: { groupInitialRebalanceDelayMs: 0 },
    teacher: { recordsPerSec: 4 },
    group: {
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 1000,
      maxPollRecords: 10,
      members: [
        { id: 'ana', recordsPerSec: 2 },
        { id: 'ben', recordsPerSec: 2 },
      ],
      ...group,
    },
  });
}

function at8000(group: Partial<GroupSpec> = {}) {
  const sim = createSimulation(story(group));
  sim.advanceTo(8000);
  return sim;
}

describe('the story at 8000', () => {
  it('ana owns notes-0, processed 10-14, holds 15-19; committed 2', () => {
    const snap = at8000().snapshot();
    const ana = memberOf(snap, 'class', 'ana');
    expect(tps(ana.assignment)).toEqual(['notes-0']);
    expect([ana.batchDone, ana.batchSize, ana.positions[0]!.offset]).toEqual([5, 10, 20]);
    expect(offsetOf(snap, 'class', 'notes', 0).committed).toBe(2);
    expect([ana.memberId, memberOf(snap, 'class', 'ben').memberId]).toEqual(['ana-1', 'ben-1']);
  });
});

describe('a clean shutdown (removeMember) is close(): commit, then LeaveGroup', () => {
  const sim = at8000();
  sim.apply({ type: 'removeMember', group: 'class', member: 'ana' });
  sim.advanceTo(12_000);

  it('commits her position 20 before LeaveGroup, at once', () => {
    const at = (type: 'committed' | 'memberLeft' | 'memberRemoved') =>
      eventsBetween(sim, type, 8000, 8001).map((e) => e.id);
    const [commit] = at('committed');
    const [left] = at('memberLeft');
    expect(commit).toBeLessThan(left!);
    expect(eventsBetween(sim, 'committed', 8000, 8001)[0]!.offsets).toEqual([
      { topic: 'notes', partition: 0, offset: 20 },
    ]);
    expect(eventsBetween(sim, 'memberLeft', 8000, 8001)[0]).toMatchObject({
      member: 'ana',
      memberId: 'ana-1',
      reason: 'removed',
      leaveGroup: true,
    });
  });

  it('the five notes in hand (15-19) are skipped, counted on the close and on the group', () => {
    expect(eventsOf(sim, 'memberRemoved')[0]!.skipped).toBe(5);
    expect(groupOf(sim.snapshot(), 'class').skippedOnClose).toBe(5);
  });

  it('ben takes over from 20 at his next heartbeat: nothing read twice', () => {
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.timeMs, benFetch.fromOffset, benFetch.again]).toEqual([9000, 20, 0]);
    expect(groupOf(sim.snapshot(), 'class').duplicates).toBe(0);
  });
});

describe('a crash: no commit, no LeaveGroup; the group waits out session.timeout.ms', () => {
  const sim = at8000();
  sim.apply({ type: 'crash', group: 'class', member: 'ana' });

  it('until 14000 (last heartbeat 8000 + 6000) ana stays in the group, owning notes-0, and the lag grows', () => {
    sim.advanceTo(13_999);
    const snap = sim.snapshot();
    const ana = memberOf(snap, 'class', 'ana');
    expect(ana).toMatchObject({ activity: 'crashed', crashed: true, inGroup: true });
    expect(tps(ana.assignment)).toEqual(['notes-0']);
    expect(offsetOf(snap, 'class', 'notes', 0)).toMatchObject({ committed: 2, owner: 'ana' });
    expect(offsetOf(snap, 'class', 'notes', 0).lag).toBe(55 - 2);
    expect(eventsBetween(sim, 'committed', 8000, 14_000)).toEqual([]);
    expect(eventsOf(sim, 'memberLeft')).toEqual([]);
    expect(groupOf(snap, 'class').state).toBe('Stable');
  });

  it('at 14000 the coordinator evicts her (no LeaveGroup); ben starts at the bookmark 2 and reads 2-14 again', () => {
    sim.advanceTo(21_000);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.reason, e.leaveGroup])).toEqual([
      [14_000, 'session.timeout.ms', false],
    ]);
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.timeMs, benFetch.fromOffset, benFetch.again]).toEqual([14_000, 2, 10]);
    const g = groupOf(sim.snapshot(), 'class');
    expect([g.duplicates, g.skippedOnClose]).toEqual([13, 0]);
  });

  it('a crashed consumer cannot be shut down cleanly: removeMember is refused', () => {
    expect(() => sim.apply({ type: 'removeMember', group: 'class', member: 'ana' })).toThrow(/crashed/);
  });
});

describe('a restart: a new member id; the dead incarnation stays until its session times out', () => {
  const sim = at8000();
  sim.apply({ type: 'crash', group: 'class', member: 'ana' });
  sim.advanceTo(10_000);
  sim.apply({ type: 'wake', group: 'class', member: 'ana' });

  it('the restarted ana joins as ana-2 at once; ana-1 still holds notes-0 and the group waits for her', () => {
    expect(eventsBetween(sim, 'memberWoke', 10_000, 10_001)[0]).toMatchObject({
      restarted: true,
      memberId: 'ana-2',
    });
    expect(eventsBetween(sim, 'memberJoined', 10_000, 10_001).map((e) => e.memberId)).toEqual(['ana-2']);
    sim.advanceTo(13_999);
    const g = groupOf(sim.snapshot(), 'class');
    expect(g.state).toBe('PreparingRebalance');
    expect(g.members.map((m) => [m.id, m.memberId, m.activity, tps(m.assignment)])).toEqual([
      ['ana', 'ana-1', 'crashed', ['notes-0']],
      ['ben', 'ben-1', 'rebalancing', []],
      ['ana', 'ana-2', 'rebalancing', []],
    ]);
  });

  it('at 14000 the session timeout drops ana-1, who vanishes; ana-2 gets notes-0 from the bookmark 2', () => {
    sim.advanceTo(14_000);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.memberId, e.reason])).toEqual([
      [14_000, 'ana-1', 'session.timeout.ms'],
    ]);
    const g = groupOf(sim.snapshot(), 'class');
    expect(g.members.map((m) => m.memberId)).toEqual(['ben-1', 'ana-2']);
    expect(
      eventsBetween(sim, 'partitionsAssigned', 14_000, 14_001).map((e) => [e.memberId, tps(e.partitions)]),
    ).toEqual([
      ['ben-1', []],
      ['ana-2', ['notes-0']],
    ]);
    const fetch = eventsBetween(sim, 'fetched', 14_000, 14_001)[0]!;
    expect([fetch.member, fetch.fromOffset, fetch.again]).toEqual(['ana', 2, 10]);
  });

  it('commands reach the newest incarnation', () => {
    sim.apply({ type: 'sleep', group: 'class', member: 'ana' });
    expect(memberOf(sim.snapshot(), 'class', 'ana')).toMatchObject({ memberId: 'ana-2', status: 'asleep' });
  });
});

describe('a restart when the rebalance timeout comes before the session timeout', () => {
  it('max.poll.interval.ms 3000: the join phase started at 10000 ends at 13000 and drops ana-1 then', () => {
    const sim = at8000({ maxPollIntervalMs: 3000 });
    sim.apply({ type: 'crash', group: 'class', member: 'ana' });
    sim.advanceTo(10_000);
    sim.apply({ type: 'wake', group: 'class', member: 'ana' });
    sim.advanceTo(13_500);
    expect(eventsOf(sim, 'memberLeft').map((e) => [e.timeMs, e.memberId, e.reason, e.leaveGroup])).toEqual([
      [13_000, 'ana-1', 'rebalance timeout', false],
    ]);
    expect(groupOf(sim.snapshot(), 'class').members.map((m) => [m.memberId, tps(m.assignment)])).toEqual([
      ['ben-1', []],
      ['ana-2', ['notes-0']],
    ]);
  });
});

describe('a restart after the eviction', () => {
  it('the dead incarnation, already out of the group, vanishes; the new one joins as ana-2', () => {
    const sim = at8000();
    sim.apply({ type: 'crash', group: 'class', member: 'ana' });
    sim.advanceTo(16_000);
    expect(memberOf(sim.snapshot(), 'class', 'ana')).toMatchObject({ activity: 'crashed', inGroup: false });
    sim.apply({ type: 'wake', group: 'class', member: 'ana' });
    const g = groupOf(sim.snapshot(), 'class');
    expect(g.members.map((m) => [m.memberId, m.activity])).toEqual([
      ['ben-1', 'processing'],
      ['ana-2', 'rebalancing'],
    ]);
  });
});

describe('activities during an eager rebalance: one slow member holds up the group', () => {
  // cleo joins at 6000; everyone hears it at the heartbeat at 7000. ana is in the middle of 10-19 (until
  // 10250): she is finishing her batch, while ben and cleo have sent JoinGroup and wait, reading nothing.
  const sim = createSimulation(story());
  sim.advanceTo(6000);
  sim.apply({ type: 'addMember', group: 'class', member: { id: 'cleo', recordsPerSec: 2 } });

  it('at 7500: ana finishing, ben and cleo rebalancing; the group stays in PreparingRebalance until 10250', () => {
    sim.advanceTo(7500);
    let g = groupOf(sim.snapshot(), 'class');
    expect(g.members.map((m) => [m.id, m.activity])).toEqual([
      ['ana', 'finishing'],
      ['ben', 'rebalancing'],
      ['cleo', 'rebalancing'],
    ]);
    sim.advanceTo(10_249);
    expect(groupOf(sim.snapshot(), 'class').state).toBe('PreparingRebalance');
    sim.advanceTo(10_250);
    g = groupOf(sim.snapshot(), 'class');
    expect(g.state).toBe('Stable');
    expect(memberOf(sim.snapshot(), 'class', 'cleo').activity).toBe('idle');
  });
});

describe('activities: waiting means caught up, idle means no partition', () => {
  it('a fast reader with nothing new is waiting; the member without a partition is idle', () => {
    const sim = createSimulation(
      story({
        members: [
          { id: 'ana', recordsPerSec: 100 },
          { id: 'ben', recordsPerSec: 100 },
        ],
      }),
    );
    sim.advanceTo(8100);
    const g = groupOf(sim.snapshot(), 'class');
    expect(g.members.map((m) => [m.id, m.activity])).toEqual([
      ['ana', 'waiting'],
      ['ben', 'idle'],
    ]);
  });
});

describe('the auto-commit clock restarts when an assignment arrives (ConsumerCoordinator.onJoinComplete)', () => {
  it('generation 1 at 3000 (initial delay): the first auto-commit is at the first poll from 8000, not 5000', () => {
    const sim = createSimulation(
      notesClass({
        teacher: { recordsPerSec: 10 },
        group: { members: [{ id: 'ana', recordsPerSec: 1000 }] },
      }),
    );
    sim.advanceTo(9000);
    expect(eventsOf(sim, 'partitionsAssigned').map((e) => e.timeMs)).toEqual([3000]);
    const commits = eventsOf(sim, 'committed').map((e) => e.timeMs);
    expect(commits[0]).toBeGreaterThanOrEqual(8000);
    expect(commits[0]).toBeLessThan(8200);
  });
});

describe('cooperative: a revocation at the end of a join commits nothing', () => {
  // ana owns notes-0 and notes-1, cleo (slow) notes-2. ben joins at 6000: ana rejoins at 7000, committing
  // notes-1@14 first (onJoinPrepare), and keeps reading while cleo finishes her batch. When the join ends at
  // 14000 ana revokes notes-1 (position 28) without a commit: onJoinComplete only calls the rebalance
  // listener, and auto-commit has no part there. ben later starts notes-1 at 14 and reads 14-27 again.
  const sim = createSimulation(
    notesClass({
      partitions: 3,
      broker: { groupInitialRebalanceDelayMs: 0 },
      teacher: { recordsPerSec: 6, keys: ['a', 'b', 'c', 'd', 'e', 'f'] },
      group: {
        assignor: 'cooperative-sticky',
        sessionTimeoutMs: 6000,
        heartbeatIntervalMs: 1000,
        maxPollRecords: 20,
        members: [
          { id: 'ana', recordsPerSec: 100 },
          { id: 'cleo', recordsPerSec: 1 },
        ],
      },
    }),
  );
  sim.advanceTo(6000);
  sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 100 } });
  sim.advanceTo(60_000);

  it('ana revokes notes-1 at 14000 with the bookmark still at 14, and no commit of notes-1 then', () => {
    const revoked = eventsOf(sim, 'partitionsRevoked').filter((e) => e.member === 'ana' && e.timeMs >= 6000);
    expect(revoked.map((e) => [e.timeMs, tps(e.partitions)])).toEqual([[14_000, ['notes-1']]]);
    const notes1Commits = eventsBetween(sim, 'committed', 6000, 14_001)
      .filter((e) => e.member === 'ana')
      .flatMap((e) => e.offsets.filter((o) => o.partition === 1).map((o) => [e.timeMs, o.offset]));
    expect(notes1Commits).toEqual([[7000, 14]]);
  });

  it("ben's first fetch of notes-1 starts at 14 and reads 14 records ana had already processed", () => {
    const fetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben' && e.partition === 1)!;
    expect([fetch.fromOffset, fetch.again]).toEqual([14, 14]);
  });
});
