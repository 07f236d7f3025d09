import type { Command } from '../scenario/types';
import { repace, wakeMember } from '../clients/consumer';
import { scheduleProducer } from '../clients/producer';
import { leaveGroup } from '../groups/coordinator';
import { dropOutput } from '../clients/processor-output';
import { scheduleSessionTimeout } from '../groups/liveness';
import { memberIdOf } from '../groups/member-id';
import { commitOnClose } from '../clients/offsets';
import { logEvent, type Ctx } from '../kernel/context';
import { newGroup, startMember } from './build-world';
import { startBroker, stopBroker } from '../cluster/controller';
import type { GroupState, MemberState } from '../kernel/world';

/** The newest incarnation of a consumer name: a restarted process is a new member under the same name. */
function findMember(
  ctx: Ctx,
  groupId: string,
  memberId: string,
): { g: number; mi: number; group: GroupState; m: MemberState } {
  const g = ctx.world.groups.findIndex((x) => x.id === groupId);
  const group = ctx.world.groups[g]!;
  const mi = group.members.findLastIndex((x) => x.id === memberId && !x.removed);
  return { g, mi, group, m: group.members[mi]! };
}

/** Applies a command that `validateCommand` accepted. Returns an error sentence when the state forbids it. */
export function checkCommand(ctx: Ctx, c: Command): string | null {
  if (c.type === 'sleep' || c.type === 'crash') {
    const { m } = findMember(ctx, c.group, c.member);
    if (m.status !== 'active') return `${c.member} is already ${m.status}`;
  }
  if (c.type === 'wake') {
    const { m } = findMember(ctx, c.group, c.member);
    if (m.status === 'active') return `${c.member} is already awake`;
  }
  if (c.type === 'stopBroker' || c.type === 'startBroker') {
    const up = ctx.world.brokers[c.broker - 1]!.up;
    if (c.type === 'stopBroker' && !up) return `broker ${c.broker} is already down`;
    if (c.type === 'startBroker' && up) return `broker ${c.broker} is already up`;
    if (ctx.world.brokers.length === 1) {
      return 'a class with one broker cannot stop it: give the scenario more brokers (brokers: 2 to 5)';
    }
  }
  if (c.type === 'removeMember') {
    const { m } = findMember(ctx, c.group, c.member);
    if (m.status === 'crashed') {
      return `${c.member} crashed: a dead process cannot close() or send LeaveGroup; restart it, or the group drops it after session.timeout.ms`;
    }
  }
  return null;
}

export function executeCommand(ctx: Ctx, c: Command): void {
  const { world } = ctx;
  switch (c.type) {
    case 'sleep': {
      // The application stops polling and processing; the heartbeat thread carries on.
      const { m, group } = findMember(ctx, c.group, c.member);
      m.status = 'asleep';
      m.waitingForData = false;
      m.token++;
      logEvent(ctx, { type: 'memberSlept', group: group.id, member: m.id });
      return;
    }
    case 'crash': {
      // No LeaveGroup, no commit: the member stays in the group, holding its partitions, until its session
      // times out (GroupMetadataManager.expireClassicGroupMemberHeartbeat).
      const { g, mi, m, group } = findMember(ctx, c.group, c.member);
      m.status = 'crashed';
      m.waitingForData = false;
      dropOutput(ctx, g, mi);
      m.token++;
      m.heartbeatToken++;
      logEvent(ctx, { type: 'memberCrashed', group: group.id, member: m.id, memberId: memberIdOf(m) });
      if (m.inGroup) scheduleSessionTimeout(ctx, g, mi);
      return;
    }
    case 'wake': {
      const { g, mi, m, group } = findMember(ctx, c.group, c.member);
      if (m.status === 'crashed') {
        restart(ctx, g, mi);
        return;
      }
      m.status = 'active';
      repace(m, world.now);
      logEvent(ctx, {
        type: 'memberWoke',
        group: group.id,
        member: m.id,
        restarted: false,
        memberId: memberIdOf(m),
      });
      wakeMember(ctx, g, mi, world.now);
      return;
    }
    case 'removeMember': {
      // KafkaConsumer.close() under enable.auto.commit=true: ConsumerCoordinator.close commits every position
      // (maybeAutoCommitOffsetsSync), records in hand included, then AbstractCoordinator.close sends LeaveGroup
      // (maybeLeaveGroup). No duplicates follow; records in hand are skipped by the next owner.
      const { m, group } = findMember(ctx, c.group, c.member);
      const skipped = commitOnClose(ctx, group, m);
      leaveGroup(ctx, group, m, 'removed');
      m.removed = true;
      m.token++;
      m.heartbeatToken++;
      m.pollTimeoutToken++;
      m.sessionToken++;
      logEvent(ctx, { type: 'memberRemoved', group: group.id, member: m.id, skipped });
      return;
    }
    case 'addMember': {
      const g = world.groups.findIndex((x) => x.id === c.group);
      startMember(ctx, g, c.member);
      logEvent(ctx, { type: 'memberAdded', group: c.group, member: c.member.id });
      return;
    }
    case 'addGroup': {
      world.groups.push(newGroup(world, c.group));
      logEvent(ctx, { type: 'groupAdded', group: c.group.id });
      const g = world.groups.length - 1;
      for (const member of c.group.members) startMember(ctx, g, member);
      return;
    }
    case 'setProducerRate': {
      const index = world.producers.findIndex((p) => p.id === c.producer);
      const p = world.producers[index]!;
      p.recordsPerSec = c.recordsPerSec;
      p.rateSince = world.now;
      p.sentSinceRate = 0;
      logEvent(ctx, { type: 'producerRateChanged', producer: p.id, recordsPerSec: c.recordsPerSec });
      scheduleProducer(ctx, index);
      return;
    }
    case 'setMemberRate': {
      const { g, mi, m, group } = findMember(ctx, c.group, c.member);
      m.recordsPerSec = c.recordsPerSec;
      logEvent(ctx, {
        type: 'memberRateChanged',
        group: group.id,
        member: m.id,
        recordsPerSec: c.recordsPerSec,
      });
      repace(m, world.now);
      if (m.status === 'active' && m.batchDone < m.batchSize) wakeMember(ctx, g, mi, world.now);
      return;
    }
    case 'stopBroker':
      stopBroker(ctx, c.broker, c.clean ?? false);
      return;
    case 'startBroker':
      startBroker(ctx, c.broker);
      return;
    default: {
      const never: never = c;
      throw new Error(`unknown command ${String(never)}`);
    }
  }
}

/**
 * Starting a crashed consumer's process again. What the dead process held in memory is gone; the new one is a
 * new dynamic member (a new member id) whose first poll sends JoinGroup, which starts a rebalance. The dead
 * incarnation is not replaced by it: it stays in the group, holding its partitions, until the coordinator
 * drops it: its session clock runs out, or the join phase ends first (the rebalance timeout,
 * `max.poll.interval.ms`), whichever comes first (`GroupMetadataManager.expireClassicGroupMemberHeartbeat`,
 * `completeClassicGroupJoin`). Until then an eager group waits for it.
 */
function restart(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const dead = group.members[mi]!;
  dead.restarted = true;
  if (!dead.inGroup) dead.removed = true;
  const fresh = startMember(ctx, g, { id: dead.id, recordsPerSec: dead.recordsPerSec });
  logEvent(ctx, {
    type: 'memberWoke',
    group: group.id,
    member: dead.id,
    restarted: true,
    memberId: memberIdOf(group.members[fresh]!),
  });
}
