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
} as const;

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
