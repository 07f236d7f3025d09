import type { RandomState } from '../time/random';
import type { TimerQueue } from '../time/timer-queue';
import type { PartitionLog } from '../log/partition-log';
import type { AssignorName, AutoOffsetReset, CleanupPolicy } from '../scenario/types';

/**
 * Simulated time between checkpoints (copies of the world): a seek replays at most this much. Here so the
 * cost model below the simulation can count the copies.
 */
export const CHECKPOINT_INTERVAL_MS = 5_000;

/**
 * The whole mutable state of a simulation. Everything that decides the future lives here (including the
 * random generator), so a copy of it is a checkpoint from which the same future unfolds.
 */
export interface World {
  now: number;
  /** Sequence number for the next timer: orders timers due at the same millisecond. */
  timerSeq: number;
  rng: RandomState;
  timers: TimerQueue;
  retentionCheckIntervalMs: number;
  initialRebalanceDelayMs: number;
  topics: TopicState[];
  producers: ProducerState[];
  groups: GroupState[];
  /** The cluster's brokers, ids 1..n in order. One broker: nothing is replicated (`PartitionLog.repl` null). */
  brokers: BrokerState[];
  readonly replicaLagTimeMaxMs: number;
  readonly uncleanLeaderElection: boolean;
  /** The broker-wide `min.insync.replicas` (topics may set their own). */
  readonly minInsyncReplicas: number;
  /**
   * Records a producer took back to send again although the log kept them (without idempotence after a
   * leader change; with or without it after REQUEST_TIMED_OUT, clients/request-timeout.ts): their retry is
   * what answers the producer, so the high watermark passing these copies answers nobody.
   */
  orphans: readonly Orphans[];
  /** The `__consumer_offsets` partitions' replicas (empty with one broker): who coordinates each group. */
  offsetsTopic: OffsetsPartition[];
  /** When the controller's next preferred-leader election runs, or -1 when none is scheduled. */
  leaderRebalanceAt: number;
  /** Number of events logged so far: the id of the next one. */
  eventCount: number;
}

export interface OffsetsPartition {
  readonly replicas: readonly number[];
  /** Broker id, or -1. */
  leader: number;
  isr: readonly number[];
}

export interface Orphans {
  readonly topic: number;
  readonly partition: number;
  readonly writer: number;
  readonly from: number;
  readonly to: number;
}

export interface BrokerState {
  readonly id: number;
  up: boolean;
  /** The controller fenced it (controlled shutdown, or no heartbeat for `broker.session.timeout.ms`). */
  fenced: boolean;
  /** Its last stop was a controlled shutdown (it registers again with its clean-shutdown epoch). */
  cleanShutdown: boolean;
  /** Supersedes the pending fence timer after a crash. */
  sessionToken: number;
  /** Records this broker copied as a follower (replica fetches). */
  replicaFetched: number;
}

export interface TopicState {
  readonly name: string;
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly segmentMs: number;
  readonly segmentBytes: number;
  readonly cleanupPolicy: CleanupPolicy;
  readonly deleteRetentionMs: number;
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
  partitions: PartitionLog[];
}

/** The sticky (KIP-794) partitioner's memory for records without a key. */
export interface StickyPartition {
  partition: number;
  bytes: number;
}

export interface ProducerState {
  readonly id: string;
  readonly topic: number;
  /** Index in the writer table: who wrote a record. */
  readonly writer: number;
  /** Key table indices used in turn; empty = records without a key. */
  readonly keys: readonly number[];
  /** Partition of each key, computed once with the Java client's partitioner. */
  readonly keyPartitions: readonly number[];
  readonly batchSizeBytes: number;
  readonly tombstoneEvery: number;
  recordsPerSec: number;
  /** The rate's clock: records are due at rateSince + ceil(k * 1000 / rate). */
  rateSince: number;
  sentSinceRate: number;
  sent: number;
  sticky: StickyPartition | null;
  token: number;
  readonly acks: 0 | 1 | 'all';
  readonly idempotent: boolean;
  readonly deliveryTimeoutMs: number;
  /** Records whose send completed successfully (for acks=0: handed to a live leader). */
  acknowledged: number;
  /** Records that expired after `delivery.timeout.ms` without success. */
  failed: number;
  /** Acknowledged records a later leader change truncated away. */
  lostAcknowledged: number;
  /** Retries that wrote a record the log already held (no idempotence). */
  duplicatesWritten: number;
  /** Per partition, records waiting in the producer for a leader or enough in-sync replicas. */
  waiting: (WaitQueue | null)[];
  waitingCount: number;
  /**
   * Per partition, the offset the high watermark must reach to answer this producer's acks=all request
   * waiting in the leader's purgatory, or -1 (see clients/produce-mute.ts).
   */
  inFlight: number[];
  /** When each of those batches was appended: the request times out `request.timeout.ms` later. */
  inFlightSince: number[];
  retryToken: number;
  /** When the next retry runs, or -1 when none is scheduled. */
  retryAt: number;
  /** Failed attempts in a row: the retry backoff doubles with each. */
  retryAttempts: number;
  /** `send()` blocks while `buffer.memory` is full: the producer speaks no new record. */
  blocked: boolean;
}

/**
 * Records a producer holds for one partition, oldest first (order within a partition is kept): their note
 * number, CreateTime, the offset where an earlier attempt already put them in the log (-1 if none), and when
 * the batch each belongs to was created (records of one batch expire together; see wait-queue.ts).
 */
export interface WaitQueue {
  seq: number[];
  timestamp: number[];
  inLog: number[];
  batchCreated: number[];
  /** Records in the batch at the tail while it is open for more, or 0 once it is closed. */
  tail: number;
  head: number;
}

/**
 * A stream processor's output records waiting for one partition, oldest first: note number, key and flags
 * (copied from the record read), send time, and when each one's batch was created (see wait-queue.ts).
 */
export interface OutputQueue {
  seq: number[];
  key: number[];
  flags: number[];
  timestamp: number[];
  batchCreated: number[];
  /** Records in the batch at the tail while it is open for more, or 0 once it is closed. */
  tail: number;
  head: number;
}

export type GroupStateName = 'Empty' | 'PreparingRebalance' | 'CompletingRebalance' | 'Stable';

/** A partition as a group sees it: its index in `GroupState.partitions`. */
export interface GroupPartition {
  readonly topic: number;
  readonly partition: number;
}

export interface GroupState {
  readonly id: string;
  readonly assignor: AssignorName;
  readonly autoOffsetReset: AutoOffsetReset;
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly maxPollIntervalMs: number;
  readonly autoCommitIntervalMs: number;
  readonly maxPollRecords: number;
  readonly outputTopic: number;
  /** The `__consumer_offsets` partition holding its commits; its leader is the group coordinator. */
  readonly offsetsPartition: number;
  readonly topics: readonly number[];
  /** Every partition of the subscribed topics, topics in subscription order. */
  readonly partitions: readonly GroupPartition[];
  /** World topic index -> index of its partition 0 in `partitions`, or -1 when not subscribed. */
  readonly partitionBase: readonly number[];
  state: GroupStateName;
  generation: number;
  members: MemberState[];
  /** Committed offset per group partition (`__consumer_offsets`), null when never committed. */
  committed: (number | null)[];
  /** The leader epoch committed with it (`OffsetAndMetadata.leaderEpoch`), null when none is known. */
  committedEpoch: (number | null)[];
  /** Highest offset + 1 processed per partition: anything below it processed again is a duplicate. */
  processedUpTo: number[];
  /** Group-partition index -> member index that owns it, or -1. */
  owner: number[];
  joinToken: number;
  /** True while the initial delay (`group.initial.rebalance.delay.ms`) of an empty group runs. */
  initialDelay: boolean;
  /** Someone joined a new group during its initial delay: the delay runs once more. */
  newMemberAdded: boolean;
  rebalanceStartedAt: number;
  /** Records the group never read because retention deleted them before it got there. */
  skippedByRetention: number;
  /** Records in hand (returned by poll, not processed) that a clean close() committed past. */
  skippedOnClose: number;
  duplicates: number;
  /**
   * A stream processor's output records its producers gave up on: batches that waited `delivery.timeout.ms`
   * for a working leader or enough in-sync replicas, and what a crashed member's producer still held.
   */
  outputLost: number;
}

export type MemberStatus = 'active' | 'asleep' | 'crashed';

/** A run of records a poll returned, from one partition. */
export interface FetchedRange {
  readonly gp: number;
  readonly from: number;
  /** Exclusive; every offset in [from, to) was a live record when fetched. */
  readonly to: number;
  /** Keys, numbers and flags copied at fetch time for a stream processor: the client holds the records. */
  readonly keys: Int32Array | null;
  readonly seqs: Int32Array | null;
  readonly flags: Uint8Array | null;
  /**
   * How many truncations the partition had when these were fetched (`Replication.cuts`), or -1 without
   * replication: a record in hand that a later truncation removed is not the record now at its offset.
   */
  readonly cuts: number;
}

export interface MemberState {
  /** The consumer's name: what commands address (the newest incarnation of that name). */
  readonly id: string;
  /**
   * Kafka's member id is `${id}-${memberSeq}`: a number unique among the group's incarnations of this name. A
   * dynamic member gets a new one whenever it joins afresh: a restarted process, or a consumer coming back
   * after it left or was dropped (`AbstractCoordinator.resetStateAndGeneration` forgets the old id).
   */
  memberSeq: number;
  /** The coordinator has seen a JoinGroup under `memberSeq`: joining after a leave takes a new member id. */
  memberIdUsed: boolean;
  readonly writer: number;
  recordsPerSec: number;
  status: MemberStatus;
  /**
   * Gone for good, hidden from snapshots and commands (kept so timer indices stay stable): shut down by a
   * removeMember command, or a crashed incarnation, replaced by a restarted process, once the group let it go.
   */
  removed: boolean;
  /** A crashed incarnation whose process was restarted as a new member: it waits only for its eviction. */
  restarted: boolean;
  /** In the group: joined and not since left, kicked out or evicted. */
  inGroup: boolean;
  /** Sent JoinGroup in the current join phase. */
  joined: boolean;
  /** Heard from the coordinator (heartbeat response) that the group is rebalancing. */
  rejoinNeeded: boolean;
  generation: number;
  /** Owned group partitions (indices into GroupState.partitions). */
  assignment: number[];
  /** What it owned before an eager revocation: the sticky assignor's memory of the last assignment. */
  previousAssignment: number[];
  /** Next offset to fetch per owned group partition (the consumer's position). */
  position: Map<number, number>;
  /**
   * Replicated partitions only: the leader epoch of the record before the position (`FetchPosition.offsetEpoch`,
   * the epoch of the last record consumed), and the leader epoch the position was last validated against
   * (`FetchPosition.currentLeader`). A leader change starts an offset validation (clients/offset-validation.ts).
   */
  positionEpoch: Map<number, number>;
  positionLeaderEpoch: Map<number, number>;
  /** The records the last poll returned, being processed one by one. */
  batch: FetchedRange[];
  batchSize: number;
  batchDone: number;
  /** Where processing stands in `batch`: the range, and the next offset in it. */
  batchRange: number;
  batchOffset: number;
  /** Processing clock: record k after `paceSince` completes at paceSince + ceil(k * 1000 / rate). */
  paceSince: number;
  paceBase: number;
  waitingForData: boolean;
  lastPollMs: number;
  lastHeartbeatMs: number;
  nextAutoCommitMs: number;
  processed: number;
  /** Rotates which partition a poll drains first, so no partition starves. */
  fetchCursor: number;
  outputSticky: StickyPartition | null;
  /** A stream processor's producer: output records waiting per output partition (null until one waits). */
  outputWaiting: (OutputQueue | null)[] | null;
  outputWaitingCount: number;
  outputRetryToken: number;
  /** When the next retry of the waiting output runs, or -1 when none is scheduled. */
  outputRetryAt: number;
  outputRetryAttempts: number;
  token: number;
  heartbeatToken: number;
  pollTimeoutToken: number;
  sessionToken: number;
}
