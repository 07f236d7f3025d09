import { appendRecord } from '../log/partition-log';
import { logEvent, type Ctx } from '../kernel/context';
import { notifyRecordAppended } from './fetch-wakeup';
import { onLeaderAppend } from '../cluster/replica-fetcher';

/**
 * Appends a record to a partition's leader and logs a segment roll. Without replication the record is
 * committed at once (the high watermark is the log end) and consumers waiting on the partition wake; with
 * replication it waits for the followers (see replica-fetcher.ts).
 */
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
  if (log.repl === null) {
    log.highWatermark = log.logEndOffset;
    notifyRecordAppended(ctx, topicIndex, partition);
  } else onLeaderAppend(ctx, topicIndex, partition, log);
}
