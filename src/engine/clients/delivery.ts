import { KAFKA_DEFAULTS, RECORD_SIZE_BYTES } from '../scenario/defaults';
import { FLAG_TOMBSTONE, NO_KEY } from '../log/record-chunk';
import type { PartitionLog } from '../log/partition-log';
import { logEvent, type Ctx } from '../kernel/context';
import type { ProducerState } from '../kernel/world';
import { effectiveMinIsr, leaderAvailable } from '../cluster/replicas';
import { appendWait, newWaitQueue, pushWait, waitSize } from './wait-queue';
import { scheduleRetry } from './retry';
import { writeRecord } from './write-record';
import { awaitOffset, markInFlight, mutedBrokers, mutedOn } from './produce-mute';
import { releaseOrphan } from './orphans';

/** Records `buffer.memory` holds: past it `send()` blocks and the producer speaks nothing new. */
export const BUFFER_RECORDS = Math.floor(KAFKA_DEFAULTS.bufferMemoryBytes / RECORD_SIZE_BYTES);

/** A record's key and flags follow from its number: producers speak their keys in turn. */
export function appendFor(
  ctx: Ctx,
  p: ProducerState,
  partition: number,
  seq: number,
  timestamp: number,
): void {
  const key = p.keys.length > 0 ? p.keys[seq % p.keys.length]! : NO_KEY;
  const flags = p.tombstoneEvery > 0 && (seq + 1) % p.tombstoneEvery === 0 ? FLAG_TOMBSTONE : 0;
  writeRecord(ctx, p.topic, partition, timestamp, key, p.writer, seq, flags);
  markInFlight(ctx, p, partition, ctx.world.topics[p.topic]!.partitions[partition]!);
  // acks=0 and acks=1 are answered once the leader has it; acks=all when the high watermark passes it.
  if (p.acks !== 'all' || ctx.world.topics[p.topic]!.partitions[partition]!.repl === null) p.acknowledged++;
}

/**
 * The leader takes the record now: it is running, and for acks=all enough replicas are in sync
 * (`Partition.appendRecordsToLeader` answers NOT_ENOUGH_REPLICAS below `min.insync.replicas`).
 */
function canAppend(ctx: Ctx, p: ProducerState, log: PartitionLog): boolean {
  if (!leaderAvailable(ctx, log)) return false;
  const r = log.repl;
  return p.acks !== 'all' || r === null || r.isr.length >= effectiveMinIsr(ctx.world.topics[p.topic]!);
}

/** `send()` with replication: to the leader now, or into the producer's wait behind earlier records. */
export function sendRecord(ctx: Ctx, index: number, partition: number, seq: number, timestamp: number): void {
  const p = ctx.world.producers[index]!;
  const log = ctx.world.topics[p.topic]!.partitions[partition]!;
  const q = p.waiting[partition] ?? null;
  // The leader has not read this producer's previous request yet (produce-mute.ts): the batch waits unsent.
  if (log.repl !== null && mutedOn(ctx, p, log.repl.leader)) {
    appendWait(
      q ?? (p.waiting[partition] = newWaitQueue()),
      seq,
      timestamp,
      Math.max(1, Math.floor(p.batchSizeBytes / RECORD_SIZE_BYTES)),
    );
    p.waitingCount++;
    scheduleRetry(ctx, index);
    return;
  }
  if (waitSize(q) === 0 && canAppend(ctx, p, log)) {
    appendFor(ctx, p, partition, seq, timestamp);
    return;
  }
  // Refused (no working leader, or NOT_ENOUGH_REPLICAS): its batch was sent, so it is closed. Records sent
  // while others wait go into the open batch behind them.
  if (q === null || waitSize(q) === 0)
    pushWait(q ?? (p.waiting[partition] = newWaitQueue()), seq, timestamp, -1);
  else appendWait(q, seq, timestamp, Math.max(1, Math.floor(p.batchSizeBytes / RECORD_SIZE_BYTES)));
  p.waitingCount++;
  scheduleRetry(ctx, index);
}

/**
 * A retry: batches created `delivery.timeout.ms` ago or more fail whole (`RecordAccumulator.expiredBatches`,
 * `ProducerBatch.hasReachedDeliveryTimeout`); the rest go to partitions that can take them,
 * oldest first. A record an earlier attempt already put in the log is, for an idempotent producer, a
 * duplicate the broker recognises (by producer id and sequence) and answers without writing it again;
 * without idempotence it is written a second time.
 */
export function runProducerRetry(ctx: Ctx, index: number): void {
  const { world } = ctx;
  const p = world.producers[index]!;
  p.retryAt = -1;
  let progress = false;
  const muted = mutedBrokers(ctx, p);
  for (let partition = 0; partition < p.waiting.length; partition++) {
    const q = p.waiting[partition];
    if (!q) continue;
    ctx.work.visits++;
    let expired = 0;
    while (q.head < q.seq.length && q.batchCreated[q.head]! + p.deliveryTimeoutMs <= world.now) {
      q.head++;
      expired++;
    }
    if (expired > 0) {
      p.failed += expired;
      p.waitingCount -= expired;
      progress = true;
      logEvent(ctx, {
        type: 'recordsExpired',
        producer: p.id,
        topic: world.topics[p.topic]!.name,
        partition,
        count: expired,
      });
    }
    // A muted connection's batches stay in the producer; they count as waiting, not as a fruitless retry.
    const leader = world.topics[p.topic]!.partitions[partition]!.repl?.leader ?? -1;
    if (muted.has(leader)) {
      progress = true;
      if (q.head >= q.seq.length) p.waiting[partition] = null;
    } else if (drainPartition(ctx, p, partition)) progress = true;
  }
  p.retryAttempts = progress ? 0 : p.retryAttempts + 1;
  if (p.waitingCount > 0) scheduleRetry(ctx, index);
}

/** Sends what waits for one partition while its leader takes it; true when anything left the producer. */
function drainPartition(ctx: Ctx, p: ProducerState, partition: number): boolean {
  const q = p.waiting[partition]!;
  const log = ctx.world.topics[p.topic]!.partitions[partition]!;
  let progress = false;
  while (q.head < q.seq.length && canAppend(ctx, p, log)) {
    const k = q.head++;
    p.waitingCount--;
    progress = true;
    const inLog = q.inLog[k]!;
    if (inLog >= 0 && inLog < log.logEndOffset) {
      if (p.idempotent) {
        // A duplicate (`UnifiedLog.analyzeAndValidateProducerState` -> `ProducerStateEntry.findDuplicateBatch`):
        // answered with its first offset once the high watermark passes it, nothing written again.
        if (inLog < log.highWatermark) p.acknowledged++;
        else if (p.acks === 'all') {
          releaseOrphan(ctx.world, p.topic, partition, p.writer, inLog);
          awaitOffset(ctx, p, partition, inLog + 1);
        }
        continue;
      }
      p.duplicatesWritten++;
    }
    appendFor(ctx, p, partition, q.seq[k]!, q.timestamp[k]!);
  }
  if (q.head >= q.seq.length) p.waiting[partition] = null;
  return progress;
}

/**
 * The producer's previous request to `broker` was answered: its next one carries what waits for every
 * partition that broker leads (`Sender.sendProducerData` drains the accumulator per node).
 */
export function sendToBroker(ctx: Ctx, index: number, broker: number): void {
  const p = ctx.world.producers[index]!;
  if (mutedOn(ctx, p, broker)) return;
  for (let partition = 0; partition < p.waiting.length; partition++) {
    const log = ctx.world.topics[p.topic]!.partitions[partition]!;
    if (p.waiting[partition] && log.repl?.leader === broker) drainPartition(ctx, p, partition);
  }
}
