import type { Ctx } from '../kernel/context';
import type { TopicState } from '../kernel/world';
import type { PartitionLog, Replication } from '../log/partition-log';

/** A broker that is running and registered with the controller (not fenced): it may lead and fetch. */
export function isLive(ctx: Ctx, broker: number): boolean {
  const b = ctx.world.brokers[broker - 1]!;
  return b.up && !b.fenced;
}

/**
 * The `min.insync.replicas` that counts: at most the replication factor. Kafka accepts a larger setting at
 * topic creation and uses min(setting, replicas) for acks=all writes and the high watermark
 * (`Partition.effectiveMinIsr`, KAFKA-15583, Kafka 3.7) and for eligible leader replicas
 * (`ReplicationControlManager.getTopicEffectiveMinIsr`).
 */
export function effectiveMinIsr(topic: TopicState): number {
  return Math.min(topic.minInsyncReplicas, topic.replicationFactor);
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
