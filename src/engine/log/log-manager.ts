import { logEvent, schedule, type Ctx } from '../kernel/context';
import { compactPartition } from './compaction';
import { deleteOldSegments } from './retention';

/**
 * Kafka's LogManager cleanup task, every `log.retention.check.interval.ms`: delete expired segments, and
 * run the log cleaner on compacted topics. Kafka's cleaner threads run on their own schedule; here they run
 * with the retention check so that the same history always compacts at the same moments.
 */
export function runRetentionCheck(ctx: Ctx): void {
  const { world } = ctx;
  for (const topic of world.topics) {
    for (const log of topic.partitions) {
      ctx.work.visits++;
      ctx.work.items += log.segments.length;
      for (const d of deleteOldSegments(log, topic, world.now)) {
        if (d.droppedChunks > 0) ctx.dropped.push({ timeMs: world.now, count: d.droppedChunks });
        logEvent(ctx, {
          type: 'segmentsDeleted',
          topic: topic.name,
          partition: log.partition,
          reason: d.reason,
          segments: d.segments,
          fromOffset: d.fromOffset,
          logStartOffset: d.toOffset,
        });
      }
      if (topic.cleanupPolicy !== 'delete') {
        // The cleaner counts the live records of the whole log before deciding, and a pass reads it twice.
        const scanned = log.logEndOffset - log.logStartOffset;
        ctx.work.scanned += scanned;
        const c = compactPartition(log, world.now, topic.deleteRetentionMs);
        if (c) ctx.work.scanned += 2 * scanned;
        if (c && c.removed > 0) {
          logEvent(ctx, { type: 'logCompacted', topic: topic.name, partition: log.partition, ...c });
        }
      }
    }
  }
  scheduleRetentionCheck(ctx);
}

export function scheduleRetentionCheck(ctx: Ctx): void {
  schedule(ctx.world, ctx.world.now + ctx.world.retentionCheckIntervalMs, { kind: 'retentionCheck' });
}
