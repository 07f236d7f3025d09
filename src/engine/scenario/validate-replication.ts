/**
 * Validation of the replication settings: acks, booleans, and each topic's replication factor against the
 * cluster's brokers.
 */

import type { ProducerSpec, TopicSpec } from './types';
import { at, fmt, REPORTED, type Fields, type Out } from './checks';
import { ACKS_MESSAGE, BOOLEAN_MESSAGE } from './rules';

export function booleanAt(out: Out, f: Fields, key: string, path: string): boolean | undefined {
  const value = f.get(key);
  if (value === undefined || value === REPORTED) return undefined;
  if (typeof value === 'boolean') return value;
  out.push({ path: at(path, key), message: BOOLEAN_MESSAGE });
  return undefined;
}

/** `acks`: 0, 1 or "all" (Kafka also reads "-1" as "all"; the classroom writes it one way). */
export function acksAt(out: Out, f: Fields, path: string): ProducerSpec['acks'] {
  const value = f.get('acks');
  if (value === undefined || value === REPORTED) return undefined;
  if (value === 0 || value === 1 || value === 'all') return value;
  out.push({ path: at(path, 'acks'), message: ACKS_MESSAGE });
  return undefined;
}

/**
 * A topic's replicas must fit on distinct brokers (`AdminUtils.assignReplicasToBrokers` refuses
 * InvalidReplicationFactorException otherwise). A `min.insync.replicas` above the replication factor is
 * accepted, as Kafka accepts it at topic creation: brokers use min(setting, replication factor)
 * (`Partition.effectiveMinIsr`, `ReplicationControlManager.getTopicEffectiveMinIsr`; Kafka 3.7+, KAFKA-15583),
 * so acks=all writes then need every replica in sync.
 */
export function checkReplication(out: Out, topic: TopicSpec, path: string, brokers: number): void {
  const rf = topic.replicationFactor ?? 1;
  if (rf > brokers) {
    out.push({
      path: at(path, 'replicationFactor'),
      message:
        `is ${rf} but the cluster has ${fmt(brokers)} broker${brokers === 1 ? '' : 's'}: each copy needs its own ` +
        'broker (Kafka refuses it: InvalidReplicationFactorException); raise brokers or lower it',
    });
  }
}
