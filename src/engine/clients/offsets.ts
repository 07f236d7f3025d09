import { logEvent, type Ctx } from '../sim/context';
import type { GroupState, MemberState } from '../sim/world';

/**
 * Commits the member's positions, the offsets of the next records to read, as Kafka's auto-commit does
 * (`ConsumerCoordinator.maybeAutoCommitOffsetsAsync`): everything returned by earlier polls counts as done.
 * The coordinator refuses commits from a member outside the current generation (CommitFailedException),
 * and while the group is completing a rebalance.
 */
export function commitPositions(ctx: Ctx, group: GroupState, m: MemberState, only?: readonly number[]): void {
  if (!m.inGroup || m.generation !== group.generation || group.state === 'CompletingRebalance') return;
  const offsets: { topic: string; partition: number; offset: number }[] = [];
  ctx.work.visits += (only ?? m.assignment).length;
  for (const gp of only ?? m.assignment) {
    const position = m.position.get(gp);
    if (position === undefined || group.committed[gp] === position) continue;
    group.committed[gp] = position;
    const { topic, partition } = group.partitions[gp]!;
    offsets.push({ topic: ctx.world.topics[topic]!.name, partition, offset: position });
  }
  if (offsets.length > 0) logEvent(ctx, { type: 'committed', group: group.id, member: m.id, offsets });
}

/** `enable.auto.commit=true`: a poll commits once `auto.commit.interval.ms` has passed since the last one. */
export function maybeAutoCommit(ctx: Ctx, group: GroupState, m: MemberState): void {
  if (ctx.world.now < m.nextAutoCommitMs) return;
  commitPositions(ctx, group, m);
  m.nextAutoCommitMs = ctx.world.now + group.autoCommitIntervalMs;
}

/**
 * Where a member starts reading a partition, checked before each fetch: its position, else the group's
 * committed offset, else `auto.offset.reset`. A position below the log start (retention deleted it) is out of
 * range and is reset too; what the jump passes over is counted, never silently lost.
 */
export function resolvePosition(ctx: Ctx, group: GroupState, m: MemberState, gp: number): number {
  const { topic, partition } = group.partitions[gp]!;
  const t = ctx.world.topics[topic]!;
  const log = t.partitions[partition]!;
  const current = m.position.get(gp) ?? group.committed[gp] ?? null;
  if (current !== null && current >= log.logStartOffset && current <= log.logEndOffset) {
    m.position.set(gp, current);
    return current;
  }
  const policy = group.autoOffsetReset;
  const target = policy === 'earliest' ? log.logStartOffset : log.logEndOffset;
  const skipped = current === null ? 0 : Math.max(0, target - current);
  group.skippedByRetention += skipped;
  m.position.set(gp, target);
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
  });
  return target;
}
