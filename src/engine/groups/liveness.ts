import { schedule, type Ctx } from '../kernel/context';
import { leaveGroup } from './coordinator';

/**
 * Liveness, as Kafka tracks it with two separate clocks (`KafkaConsumer` "Detecting Consumer Failures"):
 * a background heartbeat thread that proves the process is alive, and the poll timer that proves the
 * application is making progress.
 */
export function scheduleHeartbeat(ctx: Ctx, g: number, mi: number, time: number): void {
  const m = ctx.world.groups[g]!.members[mi]!;
  m.heartbeatToken++;
  schedule(ctx.world, time, { kind: 'heartbeat', group: g, member: mi, token: m.heartbeatToken });
}

/**
 * Every `heartbeat.interval.ms`, unless the process crashed. The answer REBALANCE_IN_PROGRESS is how a
 * member learns it must rejoin; it does so at its next poll, after finishing the records in hand.
 */
export function onHeartbeat(ctx: Ctx, g: number, mi: number): void {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m = group.members[mi]!;
  if (m.status === 'crashed' || m.removed) return;
  m.lastHeartbeatMs = world.now;
  if (m.inGroup && !m.joined && group.state === 'PreparingRebalance' && !m.rejoinNeeded) {
    m.rejoinNeeded = true;
    if (m.waitingForData && m.status === 'active') {
      m.waitingForData = false;
      m.token++;
      schedule(world, world.now, { kind: 'member', group: g, member: mi, token: m.token });
    }
  }
  scheduleHeartbeat(ctx, g, mi, world.now + group.heartbeatIntervalMs);
}

export function schedulePollTimeout(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  m.pollTimeoutToken++;
  const due = Math.max(ctx.world.now, m.lastPollMs + group.maxPollIntervalMs);
  schedule(ctx.world, due, { kind: 'pollTimeout', group: g, member: mi, token: m.pollTimeoutToken });
}

/**
 * `max.poll.interval.ms` passed without a poll: the heartbeat thread itself sends LeaveGroup, and the
 * partitions go to others. The application finds out when it next polls, and rejoins. A member waiting
 * inside poll() for its new assignment is polling, so it is not timed out.
 */
export function onPollTimeout(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  if (!m.inGroup || m.removed || m.status === 'crashed') return;
  if (m.joined || ctx.world.now < m.lastPollMs + group.maxPollIntervalMs) {
    if (m.joined) m.lastPollMs = ctx.world.now;
    schedulePollTimeout(ctx, g, mi);
    return;
  }
  leaveGroup(ctx, group, m, 'max.poll.interval.ms');
}

/** A crashed member sends nothing; the coordinator evicts it `session.timeout.ms` after its last heartbeat. */
export function scheduleSessionTimeout(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  m.sessionToken++;
  const due = Math.max(ctx.world.now, m.lastHeartbeatMs + group.sessionTimeoutMs);
  schedule(ctx.world, due, { kind: 'sessionTimeout', group: g, member: mi, token: m.sessionToken });
}

/**
 * The coordinator's session clock ran out (`GroupMetadataManager.expireClassicGroupMemberHeartbeat`). A member
 * that sent JoinGroup and awaits the join's end counts as heard from (`ClassicGroupMember.hasSatisfiedHeartbeat`);
 * its clock starts again when the join completes (see `completeJoin`).
 */
export function onSessionTimeout(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  if (m.status !== 'crashed' || m.joined) return;
  leaveGroup(ctx, group, m, 'session.timeout.ms');
}
