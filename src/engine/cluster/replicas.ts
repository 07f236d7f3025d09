import type { Ctx } from '../kernel/context';
import type { PartitionLog, Replication } from '../log/partition-log';

/** A broker that is running and registered with the controller (not fenced): it may lead and fetch. */
export function isLive(ctx: Ctx, broker: number): boolean {
  const b = ctx.world.brokers[broker - 1]!;
  return b.up && !b.fenced;
}

/** The log end offset of replica `i`: the leader's is the log's own. */
export function leoOf(log: PartitionLog, r: Replication, i: number): number {
  return r.replicas[i] === r.leader ? log.logEndOffset : r.leo[i]!;
}

/**
 * The partition's leader can take writes and serve reads: there is one and its broker runs. A crashed
 * leader stays the leader in the controller's eyes until its session times out: meanwhile nobody can write.
 */
export function leaderAvailable(ctx: Ctx, log: PartitionLog): boolean {
  const r = log.repl;
  return r === null || (r.leader > 0 && ctx.world.brokers[r.leader - 1]!.up);
}
