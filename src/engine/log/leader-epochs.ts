/**
 * A partition's leader epochs and where each began: Kafka's `LeaderEpochFileCache`, the leader's copy. The
 * model keeps one log per partition (the leader's; every replica holds a prefix of it), so it keeps one
 * cache too: the epochs of the records that log holds, and the current leader's epoch at its log end.
 * Arrays are replaced, never changed in place, so checkpoints may share them.
 */
export interface EpochEntry {
  readonly epoch: number;
  readonly startOffset: number;
}

export type LeaderEpochs = readonly EpochEntry[];

/** Epoch 0 from offset 0: the partition's first leader, as the topic is created. */
export const FIRST_EPOCHS: LeaderEpochs = [{ epoch: 0, startOffset: 0 }];

/**
 * A leader takes over at `startOffset` (`Partition.makeLeader` -> `LeaderEpochFileCache.assign`): entries
 * that conflict with it (a later epoch, or one starting at or after it, which never held a record) go.
 */
export function assignEpoch(epochs: LeaderEpochs, epoch: number, startOffset: number): LeaderEpochs {
  const kept = epochs.filter((e) => e.epoch < epoch && e.startOffset < startOffset);
  return [...kept, { epoch, startOffset }];
}

/** The log was cut back to `endOffset`: epochs that began there or later go (`truncateFromEnd`). */
export function truncateEpochs(epochs: LeaderEpochs, endOffset: number): LeaderEpochs {
  return epochs.every((e) => e.startOffset < endOffset)
    ? epochs
    : epochs.filter((e) => e.startOffset < endOffset);
}

/** The epoch a record at `offset` was written in: the last epoch that began at or before it. */
export function epochAt(epochs: LeaderEpochs, offset: number): number {
  let found = epochs[0]!.epoch;
  for (const e of epochs) {
    if (e.startOffset > offset) break;
    found = e.epoch;
  }
  return found;
}

export function latestEpoch(epochs: LeaderEpochs): number {
  return epochs[epochs.length - 1]!.epoch;
}

/**
 * `LeaderEpochFileCache.endOffsetFor`, as the leader answers OffsetsForLeaderEpoch: for the latest epoch its
 * log end; otherwise the start of the first later epoch, with the largest epoch at or below the one asked
 * (or the one asked, when it is older than every entry). Null is UNDEFINED_EPOCH_OFFSET (an epoch later than
 * any the leader knows).
 */
export function endOffsetFor(
  epochs: LeaderEpochs,
  requested: number,
  logEndOffset: number,
): { epoch: number; endOffset: number } | null {
  if (latestEpoch(epochs) === requested) return { epoch: requested, endOffset: logEndOffset };
  const higher = epochs.find((e) => e.epoch > requested);
  if (higher === undefined) return null;
  let floor: EpochEntry | null = null;
  for (const e of epochs) if (e.epoch <= requested) floor = e;
  return { epoch: floor === null ? requested : floor.epoch, endOffset: higher.startOffset };
}
