import { murmur2, toPositive, utf8 } from './murmur2';

/**
 * The partition Kafka's producer picks for a record with a non-null key and no explicit partition:
 * `BuiltInPartitioner.partitionForKey`, i.e. `toPositive(murmur2(keyBytes)) % numPartitions`, with the
 * key serialized as UTF-8 (`StringSerializer`).
 *
 * `numPartitions` is the topic's full partition count, leaderless partitions included: Kafka hashes
 * over all of them so a key never moves just because a broker is down.
 *
 * @throws RangeError if `numPartitions` is not a positive integer.
 */
export function defaultPartition(key: string, numPartitions: number): number {
  if (!Number.isInteger(numPartitions) || numPartitions <= 0) {
    throw new RangeError(`numPartitions must be a positive integer, got ${numPartitions}`);
  }
  return toPositive(murmur2(utf8(key))) % numPartitions;
}
