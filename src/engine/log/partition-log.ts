import { RECORD_SIZE_BYTES } from '../scenario/defaults';
import { CHUNK_SHIFT, CHUNK_SIZE, newChunk, type RecordChunk } from './record-chunk';
import type { LeaderEpochs } from './leader-epochs';
import { cloneReplicaTrace, type ReplicaTrace } from './replica-trace';

/**
 * A segment of a partition log (Kafka's LogSegment). Only the last, active segment takes appends.
 */
export interface Segment {
  readonly baseOffset: number;
  /** Timestamp of the segment's first record: `segment.ms` is measured from it (`rollingBasedTimestamp`). */
  firstTimestamp: number;
  /** The largest record timestamp: `retention.ms` is measured from it. */
  largestTimestamp: number;
  /** Records appended to the segment. */
  appended: number;
  /** Bytes of the records still in it (compaction shrinks a segment; its offsets stay). */
  bytes: number;
  /** Set the first time the cleaner passes the segment: its tombstones may go after this time (KIP-534). */
  tombstoneHorizonMs: number | null;
}

/** One partition: an append-only log of records with dense offsets that are never reused. */
export interface PartitionLog {
  readonly topic: number;
  readonly partition: number;
  /** First readable offset; retention moves it forward, whole segments at a time. */
  logStartOffset: number;
  /** The leader's log end offset: the offset the next record will get. */
  logEndOffset: number;
  /**
   * The high watermark: the smallest log end offset among the in-sync replicas. Consumers read below it
   * only. Without replication it equals the log end offset.
   */
  highWatermark: number;
  /** Who holds copies, who leads, who is in sync; null when the cluster has a single broker. */
  repl: Replication | null;
  /** Offset of the first record of chunks[0]; always a multiple of CHUNK_SIZE. */
  chunkBase: number;
  chunks: RecordChunk[];
  /** Oldest first; the last one is the active segment. Never empty. */
  segments: Segment[];
  /** Compaction: offsets below this were already cleaned (the cleaner checkpoint). */
  firstDirtyOffset: number;
}

/**
 * A partition's replicas (Kafka's `Partition` on the leader, and the controller's `PartitionRegistration`).
 * Every replica's log is a prefix of the leader's log in the model: a replica that would diverge (it held
 * records a new leader lacks) is truncated when the new leader is elected, as leader epochs make it do.
 */
export interface Replication {
  /** Broker ids, the preferred leader first. Never changes. */
  readonly replicas: readonly number[];
  /** Broker id of the leader, or -1 while the partition has none (offline). */
  leader: number;
  leaderEpoch: number;
  /** The leader's log end offset when this epoch began: a follower rejoins the ISR only past it. */
  epochStartOffset: number;
  /**
   * The leader's epoch cache (leader-epochs.ts): which epoch wrote which records. Consumers validate their
   * position against it after a leader change (KIP-320). Replaced, never changed in place.
   */
  epochs: LeaderEpochs;
  /** Where each truncation that removed records cut the log, oldest first. Replaced, never changed in place. */
  cuts: readonly number[];
  /**
   * Broker ids in sync with the leader, leader included. Replaced, never changed in place. Empty once the
   * last member is fenced (eligible leader replicas allow it): the partition then has no leader.
   */
  isr: readonly number[];
  /**
   * Eligible leader replicas (KIP-966): replicas that left the ISR while it was below `min.insync.replicas`,
   * so hold everything below the high watermark (which stood still meanwhile). One may lead once the ISR is
   * empty. Replaced, never changed in place.
   */
  elr: readonly number[];
  /** The leader when the ISR became empty (`lastKnownElr`), or -1: it may lead again when it returns. */
  lastKnownLeader: number;
  /** Log end offset of each replica (same order as `replicas`); the leader's is `logEndOffset`. */
  leo: number[];
  /** When each replica last caught up with the leader's log end (`Replica.lastCaughtUpTimeMs`). */
  caughtUpMs: number[];
  /** A follower fetch round is scheduled. */
  fetchPending: boolean;
  /** What each replica last fetched and truncated, for the picture only (replica-trace.ts). */
  trace: ReplicaTrace;
}

export function cloneReplication(r: Replication | null): Replication | null {
  return (
    r && { ...r, leo: r.leo.slice(), caughtUpMs: r.caughtUpMs.slice(), trace: cloneReplicaTrace(r.trace) }
  );
}

function newSegment(baseOffset: number): Segment {
  return {
    baseOffset,
    firstTimestamp: 0,
    largestTimestamp: -1,
    appended: 0,
    bytes: 0,
    tombstoneHorizonMs: null,
  };
}

export function newPartitionLog(topic: number, partition: number): PartitionLog {
  return {
    topic,
    partition,
    logStartOffset: 0,
    logEndOffset: 0,
    highWatermark: 0,
    repl: null,
    chunkBase: 0,
    chunks: [],
    segments: [newSegment(0)],
    firstDirtyOffset: 0,
  };
}

/** Copies what a checkpoint must not share: chunk lists are copied, chunks themselves are shared. */
export function clonePartitionLog(p: PartitionLog): PartitionLog {
  const segments = p.segments.slice();
  const last = segments.length - 1;
  segments[last] = { ...segments[last]! };
  return { ...p, chunks: p.chunks.slice(), segments, repl: cloneReplication(p.repl) };
}

export function activeSegment(p: PartitionLog): Segment {
  return p.segments[p.segments.length - 1]!;
}

export interface RollConfig {
  segmentMs: number;
  segmentBytes: number;
}

/**
 * Appends one record and returns its offset. Rolling is checked only on append, as in
 * `UnifiedLog.maybeRoll`: a new segment starts when the record would not fit in `segment.bytes`, or when
 * it is more than `segment.ms` younger than the active segment's first record. A quiet partition never rolls.
 */
export function appendRecord(
  p: PartitionLog,
  cfg: RollConfig,
  timestamp: number,
  key: number,
  writer: number,
  seq: number,
  flags: number,
): { offset: number; rolled: boolean } {
  let active = activeSegment(p);
  let rolled = false;
  if (
    active.appended > 0 &&
    (active.bytes + RECORD_SIZE_BYTES > cfg.segmentBytes || timestamp - active.firstTimestamp > cfg.segmentMs)
  ) {
    active = newSegment(p.logEndOffset);
    p.segments.push(active);
    rolled = true;
  }
  const offset = p.logEndOffset;
  const slot = offset - p.chunkBase;
  const index = slot >> CHUNK_SHIFT;
  if (index >= p.chunks.length) p.chunks.push(newChunk());
  const chunk = p.chunks[index]!;
  const i = slot & (CHUNK_SIZE - 1);
  chunk.timestamp[i] = timestamp;
  chunk.key[i] = key;
  chunk.writer[i] = writer;
  chunk.seq[i] = seq;
  chunk.flags[i] = flags;
  if (active.appended === 0) active.firstTimestamp = timestamp;
  active.appended++;
  active.bytes += RECORD_SIZE_BYTES;
  if (timestamp > active.largestTimestamp) active.largestTimestamp = timestamp;
  p.logEndOffset = offset + 1;
  return { offset, rolled };
}

/** The chunk and slot holding `offset`; the offset must lie in [logStartOffset, logEndOffset). */
export function locate(p: PartitionLog, offset: number): { chunk: RecordChunk; i: number } {
  const slot = offset - p.chunkBase;
  return { chunk: p.chunks[slot >> CHUNK_SHIFT]!, i: slot & (CHUNK_SIZE - 1) };
}

/** Total bytes of the partition (what `retention.bytes` is compared with). */
export function partitionBytes(p: PartitionLog): number {
  let total = 0;
  for (const s of p.segments) total += s.bytes;
  return total;
}

/** Offset just past segment `index`: the next segment's base, or the log end for the active one. */
export function segmentEnd(p: PartitionLog, index: number): number {
  return p.segments[index + 1]?.baseOffset ?? p.logEndOffset;
}
