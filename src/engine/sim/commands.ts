import type { Command } from '../scenario/types';
import { repace, wakeMember } from '../clients/consumer';
import { scheduleProducer } from '../clients/producer';
import { leaveGroup } from '../groups/coordinator';
import { scheduleHeartbeat, scheduleSessionTimeout } from '../groups/liveness';
import { logEvent, type Ctx } from './context';
import { newGroup, startMember } from './build-world';
import type { GroupState, MemberState } from './world';

function findMember(
  ctx: Ctx,
  groupId: string,
  memberId: string,
): { g: number; mi: number; group: GroupState; m: MemberState } {
  const g = ctx.world.groups.findIndex((x) => x.id === groupId);
  const group = ctx.world.groups[g]!;
  const mi = group.members.findIndex((x) => x.id === memberId && !x.removed);
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
      const { g, mi, m, group } = findMember(ctx, c.group, c.member);
      m.status = 'crashed';
      m.waitingForData = false;
      m.token++;
      m.heartbeatToken++;
      logEvent(ctx, { type: 'memberCrashed', group: group.id, member: m.id });
      if (m.inGroup) scheduleSessionTimeout(ctx, g, mi);
      return;
    }
    case 'wake': {
      const { g, mi, m, group } = findMember(ctx, c.group, c.member);
      if (m.status === 'crashed') {
        // A restarted process: what it held in memory is gone. It rejoins at its first poll, replacing the
        // dead incarnation at once (dynamic members really get a new id and the old one waits for eviction).
        m.batch = [];
        m.batchSize = 0;
        m.batchDone = 0;
        if (m.inGroup) leaveGroup(ctx, group, m, 'session.timeout.ms');
        m.lastHeartbeatMs = world.now;
        scheduleHeartbeat(ctx, g, mi, world.now + group.heartbeatIntervalMs);
      }
      m.status = 'active';
      repace(m, world.now);
      logEvent(ctx, { type: 'memberWoke', group: group.id, member: m.id });
      wakeMember(ctx, g, mi, world.now);
      return;
    }
    case 'removeMember': {
      // The process stops mid-batch: LeaveGroup goes out, but what it processed since its last commit does
      // not get committed, so the next owner processes those records again (at-least-once).
      const { m, group } = findMember(ctx, c.group, c.member);
      leaveGroup(ctx, group, m, 'removed');
      m.removed = true;
      m.token++;
      m.heartbeatToken++;
      m.pollTimeoutToken++;
      m.sessionToken++;
      logEvent(ctx, { type: 'memberRemoved', group: group.id, member: m.id });
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
    default: {
      const never: never = c;
      throw new Error(`unknown command ${String(never)}`);
    }
  }
}
