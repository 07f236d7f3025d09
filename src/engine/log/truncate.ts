import { RECORD_SIZE_BYTES } from '../scenario/defaults';
import { CHUNK_SHIFT, CHUNK_SIZE, copyChunk } from './record-chunk';
import type { PartitionLog } from './partition-log';

/**
 * Cuts the log back to `offset` (exclusive): what a replica does when a new leader lacks its last records
 * (`UnifiedLog.truncateTo`, after the leader-epoch exchange tells it where the logs diverge). The chunk
 * holding `offset` is copied first: checkpoints share chunks, and the records after `offset` still exist in
 * the history they remember (see record-chunk.ts). Returns how many records were removed.
 */
export function truncateLog(p: PartitionLog, offset: number): number {
  const to = Math.max(offset, p.logStartOffset);
  const removed = p.logEndOffset - to;
  if (removed <= 0) return 0;
  const slot = to - p.chunkBase;
  const index = slot >> CHUNK_SHIFT;
  const chunks = p.chunks.slice(0, index + ((slot & (CHUNK_SIZE - 1)) > 0 ? 1 : 0));
  if (chunks.length > index) chunks[index] = copyChunk(chunks[index]!);
  p.chunks = chunks;
  const kept = p.segments.filter((s, i) => i === 0 || s.baseOffset < to);
  const lastIndex = kept.length - 1;
  // The kept segment's end before the cut: the next segment's base, or the old log end.
  const end = p.segments[lastIndex + 1]?.baseOffset ?? p.logEndOffset;
  const last = { ...kept[lastIndex]! };
  const cut = end - to;
  last.appended = Math.max(0, last.appended - cut);
  last.bytes = Math.max(0, last.bytes - cut * RECORD_SIZE_BYTES);
  kept[lastIndex] = last;
  p.segments = kept;
  p.logEndOffset = to;
  if (p.highWatermark > to) p.highWatermark = to;
  if (p.firstDirtyOffset > to) p.firstDirtyOffset = to;
  return removed;
}
