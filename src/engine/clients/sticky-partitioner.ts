import { RECORD_SIZE_BYTES } from '../scenario/defaults';
import { nextInt, type RandomState } from '../time/random';
import type { StickyPartition } from '../kernel/world';

/**
 * The partition for a record without a key, as Kafka's built-in partitioner does since 3.3 (KIP-794): stay
 * on one partition until `batch.size` bytes went to it, then pick another at random (`random % n`, so the
 * same one may come again). All partitions are available here, so adaptive partitioning has nothing to
 * favour. The random numbers come from the simulation's seeded generator, not Java's.
 */
export function stickyPartition(
  sticky: StickyPartition | null,
  numPartitions: number,
  batchSizeBytes: number,
  rng: RandomState,
): StickyPartition {
  const current =
    sticky === null || sticky.bytes >= batchSizeBytes
      ? { partition: nextInt(rng, numPartitions), bytes: 0 }
      : sticky;
  current.bytes += RECORD_SIZE_BYTES;
  return current;
}
