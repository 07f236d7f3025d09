import { RECORD_SIZE_BYTES } from '../scenario/defaults';
import { CHUNK_SHIFT, FLAG_REMOVED, FLAG_TOMBSTONE, NO_KEY, copyChunk } from './record-chunk';
import { activeSegment, locate, segmentEnd, type PartitionLog } from './partition-log';

/**
 * `min.cleanable.dirty.ratio` default. A log is cleaned when its dirty ratio is strictly above it
 * (`LogCleanerManager.grabFilthiestCompactedLog`); the shared reference says "at least", Kafka's code wins.
 */
export const MIN_CLEANABLE_DIRTY_RATIO = 0.5;

export interface Compaction {
  /** Records removed because a later record has the same key, or a tombstone past its horizon. */
  removed: number;
  /** Offsets cleaned up to (exclusive): the active segment's base. */
  cleanedTo: number;
}

function liveCount(p: PartitionLog, from: number, to: number): number {
  let n = 0;
  for (let o = from; o < to; o++) {
    const { chunk, i } = locate(p, o);
    if ((chunk.flags[i]! & FLAG_REMOVED) === 0) n++;
  }
  return n;
}

/**
 * One pass of Kafka's log cleaner over a partition (`LogCleaner.scala`). It maps each key to its latest
 * offset in the dirty range, which ends at the active segment (records there never shadow older ones), then
 * removes every earlier record with the same key. Offsets never change and order is kept. A tombstone is
 * kept by the first pass that sees it, which stamps its segment with a horizon of now + `delete.retention.ms`
 * (KIP-534), and removed by a later pass after that horizon. The pass runs only when the dirty part is at
 * above `min.cleanable.dirty.ratio` of the cleanable log, and a tombstone goes once the
 * clock reaches its horizon (`Cleaner.shouldRetainRecord` keeps it only while now < horizon).
 */
export function compactPartition(
  p: PartitionLog,
  nowMs: number,
  deleteRetentionMs: number,
): Compaction | null {
  const end = activeSegment(p).baseOffset;
  const dirtyFrom = Math.max(p.firstDirtyOffset, p.logStartOffset);
  if (end <= dirtyFrom) return null;
  const dirty = liveCount(p, dirtyFrom, end);
  const clean = liveCount(p, p.logStartOffset, dirtyFrom);
  if (dirty === 0 || dirty / (dirty + clean) <= MIN_CLEANABLE_DIRTY_RATIO) return null;

  const latest = new Map<number, number>();
  for (let o = dirtyFrom; o < end; o++) {
    const { chunk, i } = locate(p, o);
    if ((chunk.flags[i]! & FLAG_REMOVED) !== 0 || chunk.key[i] === NO_KEY) continue;
    latest.set(chunk.key[i]!, o);
  }

  let removed = 0;
  const copied = new Set<number>();
  for (let si = 0; si < p.segments.length - 1; si++) {
    // Closed segments are shared with checkpoints: copy one before changing it.
    const segment = { ...p.segments[si]! };
    const tombstonesExpire = segment.tombstoneHorizonMs !== null && nowMs >= segment.tombstoneHorizonMs;
    let hasTombstone = false;
    let changed = false;
    const to = segmentEnd(p, si);
    for (let o = Math.max(segment.baseOffset, p.logStartOffset); o < to; o++) {
      const { chunk, i } = locate(p, o);
      const flags = chunk.flags[i]!;
      if ((flags & FLAG_REMOVED) !== 0) continue;
      const newer = (latest.get(chunk.key[i]!) ?? -1) > o;
      const isTombstone = (flags & FLAG_TOMBSTONE) !== 0;
      if (newer || (isTombstone && tombstonesExpire)) {
        const index = (o - p.chunkBase) >> CHUNK_SHIFT;
        if (!copied.has(index)) {
          p.chunks[index] = copyChunk(p.chunks[index]!);
          copied.add(index);
        }
        p.chunks[index]!.flags[i] = flags | FLAG_REMOVED;
        segment.bytes -= RECORD_SIZE_BYTES;
        removed++;
        changed = true;
      } else if (isTombstone) {
        hasTombstone = true;
      }
    }
    if (hasTombstone && segment.tombstoneHorizonMs === null) {
      segment.tombstoneHorizonMs = nowMs + deleteRetentionMs;
      changed = true;
    }
    if (changed) p.segments[si] = segment;
  }
  p.firstDirtyOffset = end;
  return { removed, cleanedTo: end };
}
