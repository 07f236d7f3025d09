import { logEvent, type Ctx } from '../kernel/context';
import { coordinatorAvailable } from '../cluster/group-coordinator';
import type { GroupState, MemberState } from '../kernel/world';
import { maybeValidatePosition, noteResetEpoch } from './offset-validation';

/**
 * Commits the member's positions, the offsets of the next records to read, as Kafka's auto-commit does
 * (`ConsumerCoordinator.maybeAutoCommitOffsetsAsync`, and `maybeAutoCommitOffsetsSync` on close): everything
 * returned by earlier polls counts as done, processed or not (`SubscriptionState.allConsumed`).
 * It fails for a member outside the current generation (CommitFailedException), for one that has sent
 * JoinGroup and waits for the join's end (`sendOffsetCommitRequest`: `generationIfStable()` is null, so the
 * client fails the commit), and while the group is completing a rebalance.
 */
export function commitPositions(ctx: Ctx, group: GroupState, m: MemberState): void {
  if (!canCommit(ctx, group, m)) return;
  const offsets: { topic: string; partition: number; offset: number }[] = [];
  ctx.work.visits += m.assignment.length;
  for (const gp of m.assignment) {
    const position = m.position.get(gp);
    if (position === undefined || group.committed[gp] === position) continue;
    group.committed[gp] = position;
    // OffsetCommit carries the position's epoch (`SubscriptionState.allConsumed`); one broker keeps none.
    group.committedEpoch[gp] = m.positionEpoch.get(gp) ?? null;
    const { topic, partition } = group.partitions[gp]!;
    offsets.push({ topic: ctx.world.topics[topic]!.name, partition, offset: position });
  }
  if (offsets.length > 0) logEvent(ctx, { type: 'committed', group: group.id, member: m.id, offsets });
}

function canCommit(ctx: Ctx, group: GroupState, m: MemberState): boolean {
  // With several brokers the commit goes to the group's coordinator; while it is down, it fails.
  if (ctx.world.offsetsTopic.length > 0 && !coordinatorAvailable(ctx, group.offsetsPartition)) return false;
  return m.inGroup && !m.joined && m.generation === group.generation && group.state !== 'CompletingRebalance';
}

/**
 * `KafkaConsumer.close()` under `enable.auto.commit=true` (`ConsumerCoordinator.close` ->
 * `maybeAutoCommitOffsetsSync`): commits every position, records in hand included. Returns how many of those
 * records the group had never processed: committed past, they are skipped by the next owner (the javadoc's
 * warning that auto-commit on close can lose records a poll returned but the application did not finish).
 */
export function commitOnClose(ctx: Ctx, group: GroupState, m: MemberState): number {
  if (!canCommit(ctx, group, m)) return 0;
  commitPositions(ctx, group, m);
  let skipped = 0;
  for (let r = m.batchRange; r < m.batch.length; r++) {
    const range = m.batch[r]!;
    const from = Math.max(r === m.batchRange ? m.batchOffset : range.from, group.processedUpTo[range.gp]!);
    if (group.committed[range.gp]! >= range.to) skipped += Math.max(0, range.to - from);
  }
  group.skippedOnClose += skipped;
  return skipped;
}

/** `enable.auto.commit=true`: a poll commits once `auto.commit.interval.ms` has passed since the last one. */
export function maybeAutoCommit(ctx: Ctx, group: GroupState, m: MemberState): void {
  if (ctx.world.now < m.nextAutoCommitMs) return;
  commitPositions(ctx, group, m);
  m.nextAutoCommitMs = ctx.world.now + group.autoCommitIntervalMs;
}

/**
 * Where a member starts reading a partition, checked before each fetch: its position, else the group's
 * committed offset (either validated first after a leader change: offset-validation.ts), else `auto.offset.reset`. A position below the log start (retention deleted it) is out of
 * range and is reset too; what the jump passes over is counted, never silently lost.
 */
export function resolvePosition(ctx: Ctx, group: GroupState, m: MemberState, gp: number): number {
  const { topic, partition } = group.partitions[gp]!;
  const t = ctx.world.topics[topic]!;
  const log = t.partitions[partition]!;
  if (log.repl !== null) maybeValidatePosition(ctx, group, m, gp, log);
  const current = m.position.get(gp) ?? group.committed[gp] ?? null;
  if (current !== null && current >= log.logStartOffset && current <= log.logEndOffset) {
    m.position.set(gp, current);
    return current;
  }
  const policy = group.autoOffsetReset;
  // `latest` is ListOffsets LATEST: the high watermark for a read_uncommitted consumer.
  const target = policy === 'earliest' ? log.logStartOffset : log.highWatermark;
  const skipped = current === null ? 0 : Math.max(0, target - current);
  // Only what retention deleted counts as lost to retention; `latest` also passes over records still there.
  const deleted = current === null ? 0 : Math.max(0, Math.min(target, log.logStartOffset) - current);
  group.skippedByRetention += deleted;
  m.position.set(gp, target);
  noteResetEpoch(m, gp, log, policy === 'earliest');
  logEvent(ctx, {
    type: 'offsetReset',
    group: group.id,
    member: m.id,
    topic: t.name,
    partition,
    fromOffset: current,
    toOffset: target,
    policy,
    skipped,
    deleted,
  });
  return target;
}
