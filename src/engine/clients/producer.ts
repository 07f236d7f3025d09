import { appendRecord } from '../log/partition-log';
import { FLAG_TOMBSTONE, NO_KEY } from '../log/record-chunk';
import { logEvent, schedule, type Ctx } from '../kernel/context';
import type { ProducerState } from '../kernel/world';
import { notifyRecordAppended } from './fetch-wakeup';
import { stickyPartition } from './sticky-partitioner';

/** When the producer's k-th record since its rate last changed is due. */
function dueTime(p: ProducerState, k: number): number {
  return p.rateSince + Math.ceil((k * 1000) / p.recordsPerSec);
}

/** Sets the producer's next timer: the moment its next record is due (none while it is silent). */
export function scheduleProducer(ctx: Ctx, index: number): void {
  const p = ctx.world.producers[index]!;
  p.token++;
  if (p.recordsPerSec <= 0) return;
  schedule(ctx.world, dueTime(p, p.sentSinceRate + 1), { kind: 'produce', producer: index, token: p.token });
}

/**
 * Sends every record now due. Records get their own timestamps (CreateTime) and are appended at once: with
 * replication factor 1 and acks=1 a record is readable as soon as the leader has it.
 */
export function produceDue(ctx: Ctx, index: number): void {
  const { world } = ctx;
  const p = world.producers[index]!;
  while (p.recordsPerSec > 0 && dueTime(p, p.sentSinceRate + 1) <= world.now) {
    const t = dueTime(p, p.sentSinceRate + 1);
    const n = p.sent;
    let key = NO_KEY;
    let partition: number;
    if (p.keys.length > 0) {
      key = p.keys[n % p.keys.length]!;
      partition = p.keyPartitions[n % p.keys.length]!;
    } else {
      const topic = world.topics[p.topic]!;
      p.sticky = stickyPartition(p.sticky, topic.partitions.length, p.batchSizeBytes, world.rng);
      partition = p.sticky.partition;
    }
    const flags = p.tombstoneEvery > 0 && (n + 1) % p.tombstoneEvery === 0 ? FLAG_TOMBSTONE : 0;
    writeRecord(ctx, p.topic, partition, t, key, p.writer, n, flags);
    p.sent++;
    p.sentSinceRate++;
  }
  scheduleProducer(ctx, index);
}

/** Appends a record to a partition, logs a segment roll, and wakes consumers waiting on that partition. */
export function writeRecord(
  ctx: Ctx,
  topicIndex: number,
  partition: number,
  timestamp: number,
  key: number,
  writer: number,
  seq: number,
  flags: number,
): void {
  const topic = ctx.world.topics[topicIndex]!;
  const log = topic.partitions[partition]!;
  // The append, and the look at each group for a member waiting on this partition.
  ctx.work.records++;
  ctx.work.visits += ctx.world.groups.length;
  const { rolled } = appendRecord(log, topic, timestamp, key, writer, seq, flags);
  if (rolled) {
    logEvent(ctx, {
      type: 'segmentRolled',
      topic: topic.name,
      partition,
      baseOffset: log.logEndOffset - 1,
    });
  }
  notifyRecordAppended(ctx, topicIndex, partition);
}
