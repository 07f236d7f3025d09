import { locate, type PartitionLog } from '../log/partition-log';
import type { Ctx } from '../kernel/context';
import type { Orphans, WaitQueue } from '../kernel/world';
import { addOrphan, isOrphan } from './orphans';
import { newWaitQueue, prependWait, pushWait, waitSize } from './wait-queue';
import { scheduleRetry } from './retry';
import { answerInFlight, failInFlight } from './produce-mute';

/** Puts records taken back from the log ahead of what each producer still holds for the partition. */
export function requeue(ctx: Ctx, partition: number, back: Map<number, WaitQueue>): void {
  for (const [w, q] of back) {
    const p = ctx.world.producers[w]!;
    p.waitingCount += waitSize(q);
    p.waiting[partition] = prependWait(p.waiting[partition] ?? null, q);
    scheduleRetry(ctx, w);
  }
}

/**
 * The high watermark passed [from, to): acks=all producers hear that their records there are written. Kafka
 * answers NOT_ENOUGH_REPLICAS_AFTER_APPEND instead when the ISR shrank below `min.insync.replicas` between
 * the high watermark's move and the answer (`Partition.checkEnoughReplicasReachOffset`); here both happen in
 * one step, and the high watermark moves only with enough in-sync replicas (`Partition.isUnderMinIsr`), so
 * that answer never arises.
 */
export function acknowledgeRange(
  ctx: Ctx,
  topic: number,
  partition: number,
  log: PartitionLog,
  from: number,
  to: number,
): void {
  const { world } = ctx;
  const producers = world.producers;
  ctx.work.items += to - from;
  for (let o = Math.max(from, log.logStartOffset); o < to; o++) {
    const { chunk, i } = locate(log, o);
    const w = chunk.writer[i]!;
    if (w >= producers.length) continue;
    const p = producers[w]!;
    if (p.acks !== 'all' || p.topic !== topic) continue;
    if (world.orphans.length > 0 && isOrphan(world, topic, partition, w, o)) continue;
    p.acknowledged++;
  }
  if (world.orphans.length > 0) {
    world.orphans = world.orphans.filter((o) => o.topic !== topic || o.partition !== partition || o.to > to);
  }
  answerInFlight(ctx, topic, partition, to);
}

/**
 * A new leader whose log ends at `end` takes over. Records past `end` go: acknowledged ones are lost
 * (acks=0 and acks=1 were answered at once; acks=all ones only below the old high watermark, which only an
 * unclean election can cut), the others go back to their producer to be sent again. In-flight acks=all
 * records below `end` that the new leader kept: an idempotent producer's retry is recognised as a duplicate
 * and answered when the high watermark passes it; without idempotence the producer writes them a second time.
 * Returns the acknowledged records lost.
 */
export function onLeaderChange(
  ctx: Ctx,
  topic: number,
  partition: number,
  log: PartitionLog,
  end: number,
): number {
  const { world } = ctx;
  const producers = world.producers;
  failInFlight(ctx, topic, partition);
  let lost = 0;
  const back = new Map<number, WaitQueue>();
  const orphans: Orphans[] = [];
  const from = Math.max(log.logStartOffset, Math.min(log.highWatermark, end));
  ctx.work.items += log.logEndOffset - from;
  for (let o = from; o < log.logEndOffset; o++) {
    const { chunk, i } = locate(log, o);
    const w = chunk.writer[i]!;
    if (w >= producers.length) continue;
    const p = producers[w]!;
    if (p.topic !== topic) continue;
    const kept = o < end;
    if (kept && (p.acks !== 'all' || p.idempotent)) continue;
    if (world.orphans.length > 0 && isOrphan(world, topic, partition, w, o)) continue;
    if (!kept && (p.acks !== 'all' || o < log.highWatermark)) {
      p.lostAcknowledged++;
      lost++;
      continue;
    }
    let q = back.get(w);
    if (q === undefined) back.set(w, (q = newWaitQueue()));
    pushWait(q, chunk.seq[i]!, chunk.timestamp[i]!, kept ? o : -1);
    if (kept) addOrphan(orphans, topic, partition, w, o);
  }
  // Records a producer holds that pointed at a copy now cut away are plain new sends again.
  for (const p of producers) {
    const q = p.topic === topic ? p.waiting[partition] : null;
    if (q) for (let k = q.head; k < q.inLog.length; k++) if (q.inLog[k]! >= end) q.inLog[k] = -1;
  }
  if (orphans.length > 0) world.orphans = [...world.orphans, ...orphans];
  requeue(ctx, partition, back);
  return lost;
}
