import {
  assignPartitions,
  cooperativeStickyRound,
  type AssignorMember,
  type TopicPartition,
} from './assignors';
import { sentLeaveGroup, type LeaveReason } from '../events';
import { logEvent, schedule, type Ctx } from '../kernel/context';
import { memberIdOf, nextMemberSeq } from './member-id';
import type { GroupState, GroupStateName, MemberState } from '../kernel/world';

/**
 * The group coordinator of Kafka's classic protocol (`GroupCoordinator`, `GroupMetadata`): Empty ->
 * PreparingRebalance (members rejoin) -> CompletingRebalance (the leader's assignment is synced) -> Stable.
 * SyncGroup takes no simulated time here, so CompletingRebalance shows in the event log, not on screen.
 */
function setState(ctx: Ctx, group: GroupState, to: GroupStateName): void {
  if (group.state === to) return;
  logEvent(ctx, {
    type: 'groupStateChanged',
    group: group.id,
    from: group.state,
    to,
    generation: group.generation,
  });
  group.state = to;
}

function groupIndex(ctx: Ctx, group: GroupState): number {
  return ctx.world.groups.indexOf(group);
}

function names(ctx: Ctx, group: GroupState, gps: readonly number[]): [string, number][] {
  return gps.map((gp) => {
    const { topic, partition } = group.partitions[gp]!;
    return [ctx.world.topics[topic]!.name, partition];
  });
}

export function refreshOwners(group: GroupState): void {
  group.owner.fill(-1);
  group.members.forEach((m, mi) => {
    for (const gp of m.assignment) group.owner[gp] = mi;
  });
}

/** Gives up every partition (eager protocol, or leaving): positions are forgotten, commits are not. */
export function revokeAll(ctx: Ctx, group: GroupState, m: MemberState): void {
  if (m.assignment.length > 0) {
    logEvent(ctx, {
      type: 'partitionsRevoked',
      group: group.id,
      member: m.id,
      memberId: memberIdOf(m),
      partitions: names(ctx, group, m.assignment),
    });
    m.previousAssignment = m.assignment;
  }
  m.assignment = [];
  m.position.clear();
  m.positionEpoch.clear();
  m.positionLeaderEpoch.clear();
  refreshOwners(group);
}

function startRebalance(ctx: Ctx, group: GroupState, reason: string): void {
  const { world } = ctx;
  const wasEmpty = group.state === 'Empty';
  setState(ctx, group, 'PreparingRebalance');
  logEvent(ctx, { type: 'rebalanceStarted', group: group.id, reason });
  group.rebalanceStartedAt = world.now;
  group.initialDelay = wasEmpty && world.initialRebalanceDelayMs > 0;
  group.newMemberAdded = false;
  // The rebalance timeout is max.poll.interval.ms: members that have not rejoined by then are dropped.
  setJoinDeadline(
    ctx,
    group,
    world.now + (group.initialDelay ? world.initialRebalanceDelayMs : group.maxPollIntervalMs),
  );
}

function setJoinDeadline(ctx: Ctx, group: GroupState, time: number): void {
  group.joinToken++;
  schedule(ctx.world, time, { kind: 'joinDeadline', group: groupIndex(ctx, group), token: group.joinToken });
}

/** JoinGroup from a member: a new one, one coming back, or one answering a rebalance. */
export function joinGroup(ctx: Ctx, g: number, mi: number): void {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m = group.members[mi]!;
  const isNew = !m.inGroup;
  // A member coming back after a leave forgot its id (resetStateAndGeneration): the coordinator makes a new one.
  if (isNew && m.memberIdUsed) m.memberSeq = nextMemberSeq(group, m.id);
  m.memberIdUsed = true;
  m.inGroup = true;
  m.joined = true;
  m.rejoinNeeded = false;
  logEvent(ctx, { type: 'memberJoined', group: group.id, member: m.id, memberId: memberIdOf(m) });
  if (group.state !== 'PreparingRebalance') {
    startRebalance(ctx, group, isNew ? `${m.id} joined` : `${m.id} rejoined`);
  } else if (group.initialDelay && group.generation === 0) {
    // A newcomer while a new group waits: when the delay ends, it waits once more (InitialDelayedJoin).
    group.newMemberAdded = true;
  }
  maybeCompleteJoin(ctx, group);
}

/**
 * LeaveGroup, or the coordinator removing a silent member: its partitions are revoked (anything to commit was
 * committed before, by close()) and the group rebalances. A crashed incarnation already replaced by a
 * restarted process is then gone for good.
 */
export function leaveGroup(ctx: Ctx, group: GroupState, m: MemberState, reason: LeaveReason): void {
  if (!m.inGroup) return;
  m.inGroup = false;
  m.joined = false;
  m.rejoinNeeded = false;
  revokeAll(ctx, group, m);
  logMemberLeft(ctx, group, m, reason);
  if (group.state !== 'PreparingRebalance') startRebalance(ctx, group, `${m.id} left (${reason})`);
  maybeCompleteJoin(ctx, group);
}

function logMemberLeft(ctx: Ctx, group: GroupState, m: MemberState, reason: LeaveReason): void {
  logEvent(ctx, {
    type: 'memberLeft',
    group: group.id,
    member: m.id,
    memberId: memberIdOf(m),
    reason,
    leaveGroup: sentLeaveGroup(reason),
  });
  if (m.restarted) m.removed = true;
}

function maybeCompleteJoin(ctx: Ctx, group: GroupState): void {
  if (group.state !== 'PreparingRebalance' || group.initialDelay) return;
  if (group.members.every((m) => !m.inGroup || m.joined)) completeJoin(ctx, group);
}

/** The join phase's deadline: the initial delay ended, or the rebalance timeout drops the laggards. */
export function onJoinDeadline(ctx: Ctx, g: number, token: number): void {
  const group = ctx.world.groups[g]!;
  if (token !== group.joinToken || group.state !== 'PreparingRebalance') return;
  if (group.initialDelay) {
    // InitialDelayedJoin.onComplete: if someone joined during the delay, wait min(delay, remaining) more,
    // never past the rebalance timeout; otherwise the join phase is over.
    const remaining = group.rebalanceStartedAt + group.maxPollIntervalMs - ctx.world.now;
    if (group.newMemberAdded && remaining > 0) {
      group.newMemberAdded = false;
      setJoinDeadline(ctx, group, ctx.world.now + Math.min(ctx.world.initialRebalanceDelayMs, remaining));
      return;
    }
    group.initialDelay = false;
    maybeCompleteJoin(ctx, group);
    return;
  }
  // GroupMetadataManager.completeClassicGroupJoin removes the dynamic members that have not rejoined.
  for (const m of group.members) {
    if (m.inGroup && !m.joined) {
      m.inGroup = false;
      revokeAll(ctx, group, m);
      logMemberLeft(ctx, group, m, 'rebalance timeout');
    }
  }
  completeJoin(ctx, group);
}

function completeJoin(ctx: Ctx, group: GroupState): void {
  const { world } = ctx;
  group.joinToken++;
  group.generation++;
  const joined = group.members.filter((m) => m.inGroup && m.joined && !m.removed);
  if (joined.length === 0) {
    setState(ctx, group, 'Empty');
    return;
  }
  setState(ctx, group, 'CompletingRebalance');
  const result = computeAssignment(ctx, group, joined);
  setState(ctx, group, 'Stable');
  const g = groupIndex(ctx, group);
  const revokers: MemberState[] = [];
  for (const m of joined) {
    const next = result.get(memberIdOf(m)) ?? [];
    const kept = new Set(next);
    const lost = m.assignment.filter((gp) => !kept.has(gp));
    m.generation = group.generation;
    // The poll that waited for the join returns now (a member waiting in a join counts as polling).
    m.lastPollMs = world.now;
    // ConsumerCoordinator.onJoinComplete: "Reschedule the auto commit starting from now".
    m.nextAutoCommitMs = world.now + group.autoCommitIntervalMs;
    if (m.status === 'crashed') {
      // A dead member that had sent JoinGroup is in the new generation; the coordinator restarts every
      // member's session clock when the join completes (completeClassicGroupJoin ->
      // rescheduleClassicGroupMemberHeartbeat), so it is evicted session.timeout.ms from now.
      m.sessionToken++;
      schedule(world, world.now + group.sessionTimeoutMs, {
        kind: 'sessionTimeout',
        group: g,
        member: group.members.indexOf(m),
        token: m.sessionToken,
      });
    }
    if (lost.length > 0) {
      // Cooperative: onJoinComplete revokes what was lost (onPartitionsRevoked) and asks for a second round.
      // Auto-commit commits nothing here: the last commit was onJoinPrepare's, before JoinGroup, so records
      // fetched since on a lost partition are read again by its next owner (an application that commits in
      // its own onPartitionsRevoked avoids that).
      logEvent(ctx, {
        type: 'partitionsRevoked',
        group: group.id,
        member: m.id,
        memberId: memberIdOf(m),
        partitions: names(ctx, group, lost),
      });
      for (const gp of lost) {
        m.position.delete(gp);
        m.positionEpoch.delete(gp);
        m.positionLeaderEpoch.delete(gp);
      }
      revokers.push(m);
    }
    m.assignment = next;
    m.joined = false;
    logEvent(ctx, {
      type: 'partitionsAssigned',
      group: group.id,
      member: m.id,
      memberId: memberIdOf(m),
      generation: group.generation,
      partitions: names(ctx, group, next),
    });
    m.token++;
    schedule(world, world.now, {
      kind: 'member',
      group: g,
      member: group.members.indexOf(m),
      token: m.token,
    });
  }
  refreshOwners(group);
  // Revoked partitions are handed out by a second rebalance, which the revoking members ask for.
  for (const m of revokers) m.rejoinNeeded = true;
}

function computeAssignment(ctx: Ctx, group: GroupState, joined: MemberState[]): Map<string, number[]> {
  const partitionsPerTopic: Record<string, number> = {};
  const topicNames = group.topics.map((t) => ctx.world.topics[t]!.name);
  for (const t of group.topics)
    partitionsPerTopic[ctx.world.topics[t]!.name] = ctx.world.topics[t]!.partitions.length;
  const toTp = (gp: number): TopicPartition => {
    const { topic, partition } = group.partitions[gp]!;
    return [ctx.world.topics[topic]!.name, partition];
  };
  // Eager sticky members report their last assignment in subscription user data, cooperative ones still own
  // it. A claim from before the last generation loses (AbstractStickyAssignor), so it is not reported.
  const claim = (m: MemberState): number[] =>
    m.generation !== group.generation - 1
      ? []
      : group.assignor === 'cooperative-sticky'
        ? m.assignment
        : m.previousAssignment;
  // The assignor sees member ids, as Kafka's does: two incarnations of one consumer are two members.
  const members: AssignorMember[] = joined.map((m) => ({
    id: memberIdOf(m),
    topics: topicNames,
    owned: claim(m).map(toTp),
  }));
  const assignment =
    group.assignor === 'cooperative-sticky'
      ? cooperativeStickyRound(members, partitionsPerTopic).assignment
      : assignPartitions(group.assignor, members, partitionsPerTopic);
  const result = new Map<string, number[]>();
  for (const [id, list] of Object.entries(assignment)) {
    result.set(
      id,
      list.map(([topic, partition]) => {
        const t = ctx.world.topics.findIndex((x) => x.name === topic);
        return group.partitionBase[t]! + partition;
      }),
    );
  }
  return result;
}
