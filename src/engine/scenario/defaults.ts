/**
 * Kafka's defaults (as of Kafka 4.0) for everything a scenario may leave out, and the engine's size limits.
 * Sources: `ConsumerConfig.java`, `ProducerConfig.java`, `LogConfig.java`, `GroupCoordinatorConfig.java`.
 */

export const KAFKA_DEFAULTS = {
  /** `log.retention.check.interval.ms` */
  logRetentionCheckIntervalMs: 300_000,
  /** `group.initial.rebalance.delay.ms` */
  groupInitialRebalanceDelayMs: 3_000,
  /** `retention.ms`: 7 days */
  retentionMs: 604_800_000,
  /** `retention.bytes`: unlimited */
  retentionBytes: -1,
  /** `segment.ms`: 7 days */
  segmentMs: 604_800_000,
  /** `segment.bytes`: 1 GiB */
  segmentBytes: 1_073_741_824,
  cleanupPolicy: 'delete',
  /** `delete.retention.ms`: 1 day */
  deleteRetentionMs: 86_400_000,
  /** `batch.size` */
  batchSizeBytes: 16_384,
  /** `partition.assignment.strategy` = [RangeAssignor, CooperativeStickyAssignor] runs as Range, eager. */
  assignor: 'range',
  /** `auto.offset.reset` */
  autoOffsetReset: 'latest',
  /** `session.timeout.ms` (45 s since Kafka 3.0, KIP-735) */
  sessionTimeoutMs: 45_000,
  /** `heartbeat.interval.ms` */
  heartbeatIntervalMs: 3_000,
  /** `max.poll.interval.ms`, also the rebalance timeout */
  maxPollIntervalMs: 300_000,
  /** `auto.commit.interval.ms` */
  autoCommitIntervalMs: 5_000,
  /** `max.poll.records` */
  maxPollRecords: 500,
  /** `fetch.max.wait.ms`: how long a fetch waits on the broker when there is nothing to read. */
  fetchMaxWaitMs: 500,
  /** Brokers in the cluster (the classroom's default: one machine, nothing replicated). */
  brokers: 1,
  /** `default.replication.factor` as the classroom uses it: one copy unless a topic asks for more. */
  replicationFactor: 1,
  /** `min.insync.replicas` (`ServerLogConfigs.MIN_IN_SYNC_REPLICAS_DEFAULT`) */
  minInsyncReplicas: 1,
  /** `replica.lag.time.max.ms` (`ReplicationConfigs.REPLICA_LAG_TIME_MAX_MS_DEFAULT`) */
  replicaLagTimeMaxMs: 30_000,
  /** `unclean.leader.election.enable` */
  uncleanLeaderElectionEnable: false,
  /** `broker.session.timeout.ms` (`KRaftConfigs.BROKER_SESSION_TIMEOUT_MS_DEFAULT`): a silent broker is fenced after it. */
  brokerSessionTimeoutMs: 9_000,
  /** `replica.fetch.max.bytes`: what one follower fetch copies of a partition at most. */
  replicaFetchMaxBytes: 1_048_576,
  /** `acks` ('all' since Kafka 3.0, KIP-679) */
  acks: 'all',
  /** `enable.idempotence` (true since Kafka 3.0, KIP-679) */
  enableIdempotence: true,
  /** `delivery.timeout.ms` */
  deliveryTimeoutMs: 120_000,
  /** `request.timeout.ms` + `linger.ms` (5 since Kafka 4.0): `delivery.timeout.ms` may not be shorter. */
  minDeliveryTimeoutMs: 30_005,
  /** `retry.backoff.ms` and `retry.backoff.max.ms` (KIP-580): waits between retries, doubling. */
  retryBackoffMs: 100,
  retryBackoffMaxMs: 1_000,
  /** `buffer.memory`: records waiting in the producer beyond it block `send()`. */
  bufferMemoryBytes: 33_554_432,
} as const;

/**
 * A follower's fetch round trip in the model: a record appended to a leader is copied by its live followers
 * this much later, and the leader learns their new log end offsets at the same moment (Kafka: the follower's
 * long-polled fetch returns the record, its next fetch reports the offset). A LAN's few milliseconds, rounded up.
 */
export const REPLICA_FETCH_ROUND_TRIP_MS = 10;

/**
 * Bounds a real Kafka 4.x cluster enforces on settings the classroom changes, so the classroom can refuse what a
 * broker would refuse, or mark what only the classroom allows.
 */
export const KAFKA_BOUNDS = {
  /**
   * `group.min.session.timeout.ms` and `group.max.session.timeout.ms` (broker defaults, `GroupCoordinatorConfig`):
   * `GroupCoordinatorService.joinGroup` answers INVALID_SESSION_TIMEOUT to a classic member asking for a session
   * timeout outside them.
   */
  groupMinSessionTimeoutMs: 6_000,
  groupMaxSessionTimeoutMs: 1_800_000,
  /**
   * `segment.bytes` at least 1 MiB since Kafka 4.0 (KIP-1030, KAFKA-16368). At 100 bytes a record that is over
   * ten thousand notes, so smaller segments stay accepted here and are marked "classroom only".
   */
  minSegmentBytes: 1_048_576,
} as const;

/**
 * Every record counts as this many bytes for `segment.bytes`, `retention.bytes` and `batch.size`.
 * Real records vary; a fixed size keeps a teacher's arithmetic simple (a 1,000-byte segment holds 10 notes).
 */
export const RECORD_SIZE_BYTES = 100;

/** Sizes above these could hang a classroom laptop, so scenarios and commands are refused past them. */
export const LIMITS = {
  brokers: 5,
  topics: 16,
  partitions: 64,
  producers: 16,
  groups: 16,
  membersPerGroup: 32,
  keysPerProducer: 10_000,
  keyLength: 200,
  idLength: 40,
  maxRecordsPerSec: 50_000,
  maxMemberRecordsPerSec: 50_000,
  maxPollRecords: 10_000,
  /** Longest timer a scenario may set: 30 days in ms. */
  maxDurationMs: 2_592_000_000,
  /** The engine counts time in whole milliseconds up to 100 days. */
  maxTimeMs: 8_640_000_000,
} as const;
