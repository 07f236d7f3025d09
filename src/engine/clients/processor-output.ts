import { KAFKA_DEFAULTS, RECORD_SIZE_BYTES } from '../scenario/defaults';
import { schedule, type Ctx } from '../kernel/context';
import type { OutputQueue } from '../kernel/world';
import type { PartitionLog } from '../log/partition-log';
import { effectiveMinIsr, leaderAvailable } from '../cluster/replicas';
import { writeRecord } from './write-record';

/**
 * A stream processor's producer: Kafka's producer with its defaults (acks=all, idempotence, batch.size 16 KiB,
 * delivery.timeout.ms 120 s; KIP-679). A record for a partition without a working leader, or with fewer
 * in-sync replicas than `min.insync.replicas` (NOT_ENOUGH_REPLICAS), waits in it and is retried as a
 * teacher's is (delivery.ts, wait-queue.ts): behind earlier records of its partition, after a backoff
 * doubling from `retry.backoff.ms` to `retry.backoff.max.ms`, in batches that fail whole
 * `delivery.timeout.ms` after they were created (counted in `GroupState.outputLost`). `send()` does not
 * block, so the processor reads on meanwhile. With one broker nothing ever waits and no timer is set.
 */

const BATCH_RECORDS = Math.floor(KAFKA_DEFAULTS.batchSizeBytes / RECORD_SIZE_BYTES);

function canAppend(ctx: Ctx, topic: number, log: PartitionLog): boolean {
  if (!leaderAvailable(ctx, log)) return false;
  const r = log.repl;
  return r === null || r.isr.length >= effectiveMinIsr(ctx.world.topics[topic]!);
}

const size = (q: OutputQueue | null | undefined): number => (q ? q.seq.length - q.head : 0);

/** `send()` of one output record: to the partition's leader now, or into the producer behind what waits. */
export function sendOutput(
  ctx: Ctx,
  g: number,
  mi: number,
  partition: number,
  key: number,
  seq: number,
  flags: number,
): void {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m = group.members[mi]!;
  const topic = group.outputTopic;
  const log = world.topics[topic]!.partitions[partition]!;
  const q = m.outputWaiting?.[partition];
  if (size(q) === 0 && canAppend(ctx, topic, log)) {
    writeRecord(ctx, topic, partition, world.now, key, m.writer, seq, flags);
    return;
  }
  const waiting = (m.outputWaiting ??= world.topics[topic]!.partitions.map(() => null));
  const queue = (waiting[partition] ??= {
    seq: [],
    key: [],
    flags: [],
    timestamp: [],
    batchCreated: [],
    tail: 0,
    head: 0,
  });
  queue.seq.push(seq);
  queue.key.push(key);
  queue.flags.push(flags);
  queue.timestamp.push(world.now);
  // The first refused record's batch was sent (closed); later ones share the open batch behind it.
  if (size(queue) === 1) {
    queue.batchCreated.push(world.now);
    queue.tail = 0;
  } else if (queue.tail > 0 && queue.tail < BATCH_RECORDS) {
    queue.batchCreated.push(queue.batchCreated[queue.batchCreated.length - 1]!);
    queue.tail++;
  } else {
    queue.batchCreated.push(world.now);
    queue.tail = 1;
  }
  m.outputWaitingCount++;
  scheduleOutputRetry(ctx, g, mi);
}

function scheduleOutputRetry(ctx: Ctx, g: number, mi: number): void {
  const m = ctx.world.groups[g]!.members[mi]!;
  if (m.outputRetryAt >= 0) return;
  const backoff = Math.min(
    KAFKA_DEFAULTS.retryBackoffMs * 2 ** Math.min(m.outputRetryAttempts, 20),
    KAFKA_DEFAULTS.retryBackoffMaxMs,
  );
  m.outputRetryAt = ctx.world.now + backoff;
  m.outputRetryToken++;
  schedule(ctx.world, m.outputRetryAt, {
    kind: 'outputRetry',
    group: g,
    member: mi,
    token: m.outputRetryToken,
  });
}

/** A retry of the processor's waiting output: expired batches fail, the rest go where they can. */
export function runOutputRetry(ctx: Ctx, g: number, mi: number): void {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m = group.members[mi]!;
  m.outputRetryAt = -1;
  const waiting = m.outputWaiting;
  if (waiting === null) return;
  let progress = false;
  for (let partition = 0; partition < waiting.length; partition++) {
    const q = waiting[partition];
    if (!q) continue;
    ctx.work.visits++;
    const before = q.head;
    let expired = 0;
    while (q.head < q.seq.length && q.batchCreated[q.head]! + KAFKA_DEFAULTS.deliveryTimeoutMs <= world.now) {
      q.head++;
      expired++;
    }
    group.outputLost += expired;
    const log = world.topics[group.outputTopic]!.partitions[partition]!;
    while (q.head < q.seq.length && canAppend(ctx, group.outputTopic, log)) {
      const k = q.head++;
      progress = true;
      writeRecord(
        ctx,
        group.outputTopic,
        partition,
        q.timestamp[k]!,
        q.key[k]!,
        m.writer,
        q.seq[k]!,
        q.flags[k]!,
      );
    }
    m.outputWaitingCount -= q.head - before;
    if (expired > 0) progress = true;
    if (q.head >= q.seq.length) waiting[partition] = null;
  }
  m.outputRetryAttempts = progress ? 0 : m.outputRetryAttempts + 1;
  if (m.outputWaitingCount > 0) scheduleOutputRetry(ctx, g, mi);
}

/** The processor's process died: what its producer held in memory is gone. */
export function dropOutput(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  group.outputLost += m.outputWaitingCount;
  m.outputWaitingCount = 0;
  m.outputWaiting = null;
  m.outputRetryToken++;
  m.outputRetryAt = -1;
}

/** A copy for a checkpoint: only what still waits. */
export function cloneOutputWaiting(w: (OutputQueue | null)[] | null): (OutputQueue | null)[] | null {
  return (
    w &&
    w.map(
      (q) =>
        q && {
          seq: q.seq.slice(q.head),
          key: q.key.slice(q.head),
          flags: q.flags.slice(q.head),
          timestamp: q.timestamp.slice(q.head),
          batchCreated: q.batchCreated.slice(q.head),
          tail: q.tail,
          head: 0,
        },
    )
  );
}
