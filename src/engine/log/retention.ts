import type { CleanupPolicy } from '../scenario/types';
import { CHUNK_SIZE } from './record-chunk';
import { partitionBytes, segmentEnd, type PartitionLog, type Segment } from './partition-log';

export interface RetentionConfig {
  retentionMs: number;
  retentionBytes: number;
  cleanupPolicy: CleanupPolicy;
}

export interface Deletion {
  reason: 'retention.ms' | 'retention.bytes';
  fromOffset: number;
  /** Exclusive: the new log start offset. */
  toOffset: number;
  segments: number;
  /** Record chunks let go from memory. */
  droppedChunks: number;
}

/**
 * Deletes whole segments, oldest first, as `UnifiedLog.deleteOldSegments` does: first those breaching
 * `retention.ms` (judged by their largest record timestamp), then those breaching `retention.bytes`; each
 * pass stops at the first segment it may not delete. If every segment, the non-empty active one included,
 * is deletable, a new empty segment is rolled at the log end first, so the log start becomes the log end and
 * offsets continue from there. With replication factor 1 the high watermark is the log end, so no segment
 * is held back by it.
 */
export function deleteOldSegments(p: PartitionLog, cfg: RetentionConfig, nowMs: number): Deletion[] {
  if (cfg.cleanupPolicy === 'compact') return [];
  const done: Deletion[] = [];
  if (cfg.retentionMs >= 0) {
    const timeBreached = (s: Segment): boolean => nowMs - s.largestTimestamp > cfg.retentionMs;
    const d = deleteWhile(p, timeBreached, 'retention.ms');
    if (d) done.push(d);
  }
  if (cfg.retentionBytes >= 0) {
    let excess = partitionBytes(p) - cfg.retentionBytes;
    const sizeBreached = (s: Segment): boolean => {
      if (excess - s.bytes < 0) return false;
      excess -= s.bytes;
      return true;
    };
    if (excess > 0) {
      const d = deleteWhile(p, sizeBreached, 'retention.bytes');
      if (d) done.push(d);
    }
  }
  return done;
}

function deleteWhile(
  p: PartitionLog,
  deletable: (s: Segment) => boolean,
  reason: Deletion['reason'],
): Deletion | null {
  let count = 0;
  while (count < p.segments.length) {
    const s = p.segments[count]!;
    const isActive = count === p.segments.length - 1;
    // An empty active segment holds nothing to delete and is where the next record goes.
    if (isActive && s.appended === 0) break;
    if (!deletable(s)) break;
    count++;
  }
  if (count === 0) return null;
  const fromOffset = p.logStartOffset;
  if (count === p.segments.length) {
    p.segments.push({
      baseOffset: p.logEndOffset,
      firstTimestamp: 0,
      largestTimestamp: -1,
      appended: 0,
      bytes: 0,
      tombstoneHorizonMs: null,
    });
  }
  const toOffset = segmentEnd(p, count - 1);
  p.segments = p.segments.slice(count);
  p.logStartOffset = toOffset;
  p.firstDirtyOffset = Math.max(p.firstDirtyOffset, p.logStartOffset);
  // Memory follows retention: chunks wholly below the log start are let go (checkpoints may still hold them).
  let droppedChunks = 0;
  while (p.chunks.length > 0 && p.chunkBase + CHUNK_SIZE <= p.logStartOffset) {
    p.chunks.shift();
    p.chunkBase += CHUNK_SIZE;
    droppedChunks++;
  }
  return { reason, fromOffset, toOffset: p.logStartOffset, segments: count, droppedChunks };
}
