/**
 * The scenario and command shapes: the engine's input contract.
 *
 * Field names follow Kafka's configuration names in camelCase (`retention.ms` -> `retentionMs`).
 * Optional fields take Kafka's defaults (see `defaults.ts`).
 */

export type AssignorName = 'range' | 'roundrobin' | 'sticky' | 'cooperative-sticky';
export type AutoOffsetReset = 'earliest' | 'latest';
export type CleanupPolicy = 'delete' | 'compact' | 'compact,delete';

export interface BrokerSpec {
  /** `log.retention.check.interval.ms`: how often the log cleaner looks for deletable segments. */
  logRetentionCheckIntervalMs?: number;
  /** `group.initial.rebalance.delay.ms`: wait before the first rebalance of an empty group. */
  groupInitialRebalanceDelayMs?: number;
  /** `replica.lag.time.max.ms`: a follower not caught up for this long leaves the ISR. */
  replicaLagTimeMaxMs?: number;
  /** `unclean.leader.election.enable`: let an out-of-sync replica lead when no in-sync one is left. */
  uncleanLeaderElectionEnable?: boolean;
  /** `min.insync.replicas` for every topic that does not set its own. */
  minInsyncReplicas?: number;
}

export interface TopicSpec {
  name: string;
  partitions: number;
  /** `retention.ms`; -1 keeps records forever. */
  retentionMs?: number;
  /** `retention.bytes` per partition; -1 means no size limit. */
  retentionBytes?: number;
  /** `segment.ms`: roll a new segment once the active one spans this long. */
  segmentMs?: number;
  /** `segment.bytes`: roll a new segment once the active one would exceed this size. */
  segmentBytes?: number;
  cleanupPolicy?: CleanupPolicy;
  /** `delete.retention.ms`: how long a tombstone survives compaction. */
  deleteRetentionMs?: number;
  /** How many brokers hold a copy of each partition (at most `Scenario.brokers`). */
  replicationFactor?: number;
  /** `min.insync.replicas`: copies an acks=all write needs in the ISR, else NOT_ENOUGH_REPLICAS. */
  minInsyncReplicas?: number;
}

export interface ProducerSpec {
  id: string;
  topic: string;
  recordsPerSec: number;
  /** Keys used in turn, one per record; none means records without a key (sticky partitioning). */
  keys?: string[];
  /** `batch.size` in bytes: a keyless producer sticks to one partition until this much went to it. */
  batchSizeBytes?: number;
  /** Every n-th record is a tombstone (a null value: "forget this key"), for compacted topics. */
  tombstoneEvery?: number;
  /** `acks`: 0 (fire and forget), 1 (the leader has it) or 'all' (every in-sync replica has it). */
  acks?: 0 | 1 | 'all';
  /** `enable.idempotence`: retries never write a record twice. Needs acks 'all'. */
  enableIdempotence?: boolean;
  /** `delivery.timeout.ms`: how long a record may wait and be retried before it fails. */
  deliveryTimeoutMs?: number;
}

export interface MemberSpec {
  id: string;
  /** How many records per second this consumer's application code can process. */
  recordsPerSec: number;
}

export interface GroupSpec {
  id: string;
  topics: string[];
  assignor?: AssignorName;
  autoOffsetReset?: AutoOffsetReset;
  sessionTimeoutMs?: number;
  heartbeatIntervalMs?: number;
  maxPollIntervalMs?: number;
  autoCommitIntervalMs?: number;
  maxPollRecords?: number;
  /** When set, every processed record is written to this topic with the same key (a stream processor). */
  outputTopic?: string;
  members: MemberSpec[];
}

export interface Scenario {
  seed: number;
  /** How many brokers the cluster has (ids 1..n), 1 to 5; with 1 nothing is replicated. */
  brokers?: number;
  broker?: BrokerSpec;
  topics: TopicSpec[];
  producers: ProducerSpec[];
  groups: GroupSpec[];
}

export type Command =
  | { type: 'sleep' | 'wake' | 'removeMember' | 'crash'; group: string; member: string }
  | { type: 'addMember'; group: string; member: MemberSpec }
  | { type: 'addGroup'; group: GroupSpec }
  | { type: 'setProducerRate'; producer: string; recordsPerSec: number }
  | { type: 'setMemberRate'; group: string; member: string; recordsPerSec: number }
  /** Stops a broker: `clean` is a controlled shutdown (leadership moves first); otherwise it crashes. */
  | { type: 'stopBroker'; broker: number; clean?: boolean }
  | { type: 'startBroker'; broker: number };

export type CommandType = Command['type'];
