import type { Ctx } from '../kernel/context';
import type { OffsetsPartition, World } from '../kernel/world';
import { isLive } from './replicas';
import { assignReplicas } from './placement';

/** `offsets.topic.num.partitions` */
export const OFFSETS_TOPIC_PARTITIONS = 50;
/** `offsets.topic.replication.factor` (at most the brokers there are) */
const OFFSETS_TOPIC_REPLICATION_FACTOR = 3;

/** Java's `String.hashCode`: what Kafka hashes a group id with. */
function javaHashCode(s: string): number {
  let h = 0;
  for (let i = 0; i < s.length; i++) h = (Math.imul(h, 31) + s.charCodeAt(i)) | 0;
  return h;
}

/**
 * The `__consumer_offsets` partition holding a group's commits: `Utils.abs(groupId.hashCode) % 50`
 * (`GroupCoordinatorService.partitionFor`). Its leader's broker is the group's coordinator.
 */
export function offsetsPartitionFor(groupId: string): number {
  const h = javaHashCode(groupId);
  return (h === -2147483648 ? 0 : Math.abs(h)) % OFFSETS_TOPIC_PARTITIONS;
}

/**
 * The internal `__consumer_offsets` topic's replicas, placed like any topic's. Its log is not modelled: its
 * followers count as always caught up (commits are few and small), so a live replica is in sync.
 */
export function placeOffsetsTopic(world: World): void {
  const ids = world.brokers.map((b) => b.id);
  const rf = Math.min(OFFSETS_TOPIC_REPLICATION_FACTOR, ids.length);
  world.offsetsTopic = assignReplicas(OFFSETS_TOPIC_PARTITIONS, rf, ids, world.rng).map((replicas) => ({
    replicas,
    leader: replicas[0]!,
    isr: replicas.slice(),
  }));
}

/** The group's coordinator: the broker leading its offsets partition, or null while it has none. */
export function coordinatorOf(world: World, offsetsPartition: number): number | null {
  if (world.offsetsTopic.length === 0) return 1;
  const leader = world.offsetsTopic[offsetsPartition]!.leader;
  return leader > 0 ? leader : null;
}

/** The coordinator answers: it exists and its broker runs. Commits fail otherwise (COORDINATOR_NOT_AVAILABLE). */
export function coordinatorAvailable(ctx: Ctx, offsetsPartition: number): boolean {
  const leader = coordinatorOf(ctx.world, offsetsPartition);
  return leader !== null && ctx.world.brokers[leader - 1]!.up;
}

/** A broker leaves: out of every offsets partition's ISR where another remains; coordinators move. */
export function offsetsBrokerFenced(ctx: Ctx, id: number): boolean {
  let imbalanced = false;
  for (const p of ctx.world.offsetsTopic) {
    if (!p.replicas.includes(id)) continue;
    if (p.isr.length > 1 && p.isr.includes(id)) p.isr = p.isr.filter((b) => b !== id);
    if (p.leader === id && elect(ctx, p)) imbalanced = true;
  }
  return imbalanced;
}

/** A broker returns: back in sync at once; a leaderless offsets partition gets it as leader. */
export function offsetsBrokerStarted(ctx: Ctx, id: number): boolean {
  let imbalanced = false;
  for (const p of ctx.world.offsetsTopic) {
    if (!p.replicas.includes(id)) continue;
    if (!p.isr.includes(id)) p.isr = p.replicas.filter((b) => b === id || p.isr.includes(b));
    if (p.leader < 0 && elect(ctx, p)) imbalanced = true;
  }
  return imbalanced;
}

/** Returns whether the partition is now led by another replica than its preferred one. */
function elect(ctx: Ctx, p: OffsetsPartition): boolean {
  p.leader = p.replicas.find((b) => p.isr.includes(b) && isLive(ctx, b)) ?? -1;
  return p.leader !== p.replicas[0];
}
