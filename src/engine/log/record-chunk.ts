/**
 * Records are stored column by column in fixed-size chunks: cheap to append, cheap to share.
 *
 * A checkpoint keeps references to a partition's chunks instead of copying them. That is safe because a
 * chunk is only ever written past the log end offset a checkpoint recorded, and after a rewind those writes
 * either repeat the same history (replay) or start a new one whose later checkpoints are dropped (a fork).
 * Compaction, the one operation that changes old records, copies a chunk before touching it.
 */
export const CHUNK_SIZE = 1024;
export const CHUNK_SHIFT = 10;

/** Record flag: the value is null, a tombstone that tells compaction to delete the key. */
export const FLAG_TOMBSTONE = 1;
/** Record flag: compaction removed this record; its offset stays, reads skip it. */
export const FLAG_REMOVED = 2;

/** Index value for a record without a key. */
export const NO_KEY = -1;

export interface RecordChunk {
  /** CreateTime of each record, in simulated ms. */
  readonly timestamp: Float64Array;
  /** Index into the simulation's key table, or NO_KEY. */
  readonly key: Int32Array;
  /** Index into the simulation's writer table (the producer or stream processor that wrote it). */
  readonly writer: Int32Array;
  /** The writer's own running number for the record's content: note 17 stays 17 when translated. */
  readonly seq: Int32Array;
  readonly flags: Uint8Array;
}

export function newChunk(): RecordChunk {
  return {
    timestamp: new Float64Array(CHUNK_SIZE),
    key: new Int32Array(CHUNK_SIZE),
    writer: new Int32Array(CHUNK_SIZE),
    seq: new Int32Array(CHUNK_SIZE),
    flags: new Uint8Array(CHUNK_SIZE),
  };
}

/** Copy-on-write for compaction: the checkpointed original stays as it was. */
export function copyChunk(c: RecordChunk): RecordChunk {
  return {
    timestamp: c.timestamp.slice(),
    key: c.key.slice(),
    writer: c.writer.slice(),
    seq: c.seq.slice(),
    flags: c.flags.slice(),
  };
}
