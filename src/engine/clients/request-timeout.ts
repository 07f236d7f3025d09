import { locate } from '../log/partition-log';
import type { Ctx } from '../kernel/context';
import type { Orphans } from '../kernel/world';
import { newWaitQueue, pushWait, waitSize } from './wait-queue';
import { requeue } from './acks';
import { addOrphan, isOrphan } from './orphans';
import { scheduleRetry } from './retry';

/**
 * An acks=all request waited `request.timeout.ms` in the leader's purgatory (produce-mute.ts) and is answered
 * REQUEST_TIMED_OUT (`DelayedProduce.onExpiration`). The connection reads on, and the producer takes its
 * batches back to send again: `Sender.completeBatch` -> `canRetry` (REQUEST_TIMED_OUT is a TimeoutException,
 * a RetriableException; `retries` is Integer.MAX_VALUE; `delivery.timeout.ms` not reached) ->
 * `reenqueueBatch` -> `RecordAccumulator.reenqueue` puts the batch first in its partition's deque, sent again
 * after `retry.backoff.ms`, with its sequence numbers when idempotent. The records stay in the leader's log.
 *
 * What follows is the path a leader change's resends already take (acks.ts `onLeaderChange`): the records go
 * back to the producer's wait with the offset of their copy (`inLog`), as orphans (the high watermark passing
 * that copy answers nobody; the retry does), and `runProducerRetry` sends them:
 * - while the ISR is short, NOT_ENOUGH_REPLICAS: `Partition.appendRecordsToLeader` checks the ISR against
 *   `min.insync.replicas` before `UnifiedLog.append` looks for a duplicate, so the retry waits again;
 * - once the copies return, an idempotent retry is a duplicate (`UnifiedLog.analyzeAndValidateProducerState`
 *   -> `ProducerStateEntry.findDuplicateBatch`, one of the producer's last 5 batches) answered with the
 *   original offset, no second copy; without idempotence the batch is written a second time;
 * - a batch still unanswered `delivery.timeout.ms` after it was created fails with a TimeoutException
 *   (`RecordAccumulator.expiredBatches`), event `recordsExpired`, though its first copy is in the log.
 * Simplified: each record taken back counts as a batch created at its own timestamp (as after a leader
 * change), and a retry that waits in purgatory again and meets `delivery.timeout.ms` there fails at its
 * next request timeout instead of at once (`Sender.getExpiredInflightBatches`).
 */
export function onRequestTimeout(ctx: Ctx, index: number, partition: number, since: number): void {
  const { world } = ctx;
  const p = world.producers[index]!;
  const end = p.inFlight[partition]!;
  // Answered in time, or failed by a leader change (failInFlight): the wait this timer was set for is over.
  if (end < 0 || p.inFlightSince[partition] !== since) return;
  p.inFlight[partition] = -1;
  const log = world.topics[p.topic]!.partitions[partition]!;
  const q = newWaitQueue();
  const orphans: Orphans[] = [];
  const from = Math.max(log.logStartOffset, log.highWatermark);
  const to = Math.min(end, log.logEndOffset);
  ctx.work.items += Math.max(0, to - from);
  for (let o = from; o < to; o++) {
    const { chunk, i } = locate(log, o);
    if (chunk.writer[i] !== p.writer) continue;
    if (world.orphans.length > 0 && isOrphan(world, p.topic, partition, p.writer, o)) continue;
    pushWait(q, chunk.seq[i]!, chunk.timestamp[i]!, o);
    addOrphan(orphans, p.topic, partition, p.writer, o);
  }
  if (orphans.length > 0) world.orphans = [...world.orphans, ...orphans];
  if (waitSize(q) > 0) requeue(ctx, partition, new Map([[index, q]]));
  else if (p.waitingCount > 0) scheduleRetry(ctx, index);
}
