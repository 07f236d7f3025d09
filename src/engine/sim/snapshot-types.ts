import type { GroupStateName } from '../kernel/world';

/**
 * What a member is doing, richer than Kafka's own status, for the stage and narration. Exactly one holds:
 * - `crashed`: the process died: no polls, no heartbeats. It stays in the group, holding its partitions,
 *   until the coordinator's session clock runs out (`session.timeout.ms`).
 * - `asleep`: the application stopped polling; the heartbeat thread carries on. Within
 *   `max.poll.interval.ms` it keeps its partitions; past it the heartbeat thread sends LeaveGroup.
 * - `out`: running but not in the group (it left or was dropped); its next poll sends JoinGroup.
 * - `finishing`: a rebalance is on and the member knows it (a heartbeat answered REBALANCE_IN_PROGRESS),
 *   but it is still processing the records in hand: it rejoins only at its next poll. Under the eager
 *   protocol the whole group waits for it, reading nothing: why one slow member holds up everyone.
 * - `rebalancing`: it sent JoinGroup and waits for its new assignment, with no records to work on (eager:
 *   it gave up every partition; cooperative: it owns none).
 * - `processing`: working through the records its last poll returned (a cooperative member keeps doing so
 *   while it waits in a join).
 * - `waiting`: caught up: it owns partitions and has nothing in hand; its poll waits for new records.
 * - `idle`: in the group, owning no partition (more members than partitions), nothing to do.
 */
export type MemberActivity =
  'processing' | 'finishing' | 'waiting' | 'rebalancing' | 'idle' | 'asleep' | 'crashed' | 'out';

export interface RecordView {
  readonly offset: number;
  readonly key: string | null;
  readonly timestamp: number;
  /** Producer id, or `group/member` for a stream processor's output. */
  readonly writer: string;
  /** The note's number, kept through translation. */
  readonly seq: number;
  readonly tombstone: boolean;
}

export interface SegmentView {
  readonly baseOffset: number;
  /** Exclusive. */
  readonly endOffset: number;
  readonly bytes: number;
  readonly largestTimestamp: number;
}

export interface PartitionView {
  readonly partition: number;
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  readonly segments: readonly SegmentView[];
  /** The newest records (compacted ones left out), oldest first; as many as `snapshot({ recentRecords })` asks. */
  readonly recent: readonly RecordView[];
  /** Broker id of the leader, or null while the partition is offline. `logEndOffset` is the leader's. */
  readonly leader: number | null;
  /** Broker ids holding a copy, the preferred leader first. */
  readonly replicas: readonly number[];
  /** Broker ids of the in-sync replicas. Fewer than `replicas`: under-replicated. */
  readonly isr: readonly number[];
  /**
   * Eligible leader replicas (KIP-966, `kafka-topics.sh --describe`'s "Elr"): replicas that left the ISR while
   * it was below `min.insync.replicas`, and so still hold every committed record; one may lead once the ISR is
   * empty. Empty with one broker.
   */
  readonly elr: readonly number[];
  /** Consumers read below it only: the smallest log end offset in the ISR. */
  readonly highWatermark: number;
  /** Each replica's log end offset, in the order of `replicas`. */
  readonly replicaLogEndOffsets: readonly number[];
  /**
   * With several brokers only (absent with one): what each replica last did, in the order of `replicas`,
   * so a picture can show a follower truncating and catching up when the engine made it do so.
   */
  readonly replicaProgress?: readonly ReplicaProgressView[];
}

/** A range of offsets, [fromOffset, toOffset), and when it moved. */
export interface ReplicaStepView {
  readonly timeMs: number;
  readonly fromOffset: number;
  readonly toOffset: number;
}

/** One replica's latest follower fetch and truncation (issue 14). */
export interface ReplicaProgressView {
  /**
   * Its last fetch that copied records while it was out of the ISR, catching up (a restarted follower
   * always is): the offsets it copied from the leader, and when. Fetches in sync are not listed.
   */
  readonly fetch: ReplicaStepView | null;
  /**
   * Its last truncation to a new leader's log (leader epochs): `fromOffset` its log end before, `toOffset`
   * after; the records in between were thrown away. A stopped broker truncates when it starts again.
   */
  readonly truncation: ReplicaStepView | null;
  /**
   * While its broker is down: the log end its disk still holds (at least its log end offset); it truncates
   * what is past `replicaLogEndOffsets` when it returns. Its log end offset otherwise.
   */
  readonly diskLogEndOffset: number;
}

/** A broker of the cluster (ids 1..n). */
export interface BrokerStatusView {
  readonly id: number;
  readonly status: 'up' | 'down';
  /** Records it copied from leaders as a follower. */
  readonly replicaFetched: number;
}

export interface TopicView {
  readonly name: string;
  readonly partitions: readonly PartitionView[];
  /** The topic's configuration, Kafka's defaults filled in (-1 = unlimited). */
  readonly retentionMs: number;
  readonly retentionBytes: number;
  readonly segmentMs: number;
  readonly segmentBytes: number;
  readonly cleanupPolicy: 'delete' | 'compact' | 'compact,delete';
  readonly replicationFactor: number;
  readonly minInsyncReplicas: number;
}

export interface ProducerView {
  readonly id: string;
  readonly topic: string;
  /** The keys the producer uses in turn (empty: records without a key). */
  readonly keys: readonly string[];
  readonly recordsPerSec: number;
  readonly sent: number;
  readonly acks: 0 | 1 | 'all';
  readonly enableIdempotence: boolean;
  readonly deliveryTimeoutMs: number;
  /** Records the cluster confirmed (acks=0: handed to a live leader). */
  readonly acknowledged: number;
  /** Records that failed after `delivery.timeout.ms`. */
  readonly failed: number;
  /** Acknowledged records a leader change truncated away. */
  readonly lostAcknowledged: number;
  /** Records waiting in the producer for a leader or enough in-sync replicas (the teacher waits). */
  readonly waiting: number;
  /** Records a retry wrote a second time (no idempotence). */
  readonly duplicatesWritten: number;
  /** `send()` is blocked: `buffer.memory` is full of waiting records. */
  readonly blocked: boolean;
}

export interface FetchedRangeView {
  readonly topic: string;
  readonly partition: number;
  readonly fromOffset: number;
  readonly toOffset: number;
}

export interface MemberView {
  /** The consumer's name; commands address it (they reach its newest incarnation). */
  readonly id: string;
  /**
   * Kafka's member id of this incarnation, unique within the group (`ben-1`, then `ben-2` after a restart or
   * a rejoin after leaving). A restarted consumer and its crashed incarnation, still waiting for eviction,
   * share `id` but not `memberId`.
   */
  readonly memberId: string;
  readonly status: 'active' | 'asleep';
  readonly assignment: readonly [string, number][];
  readonly processed: number;
  readonly activity: MemberActivity;
  readonly crashed: boolean;
  readonly inGroup: boolean;
  readonly recordsPerSec: number;
  readonly positions: readonly { topic: string; partition: number; offset: number }[];
  /** The records the last poll returned, and how many of them are processed. */
  readonly batch: readonly FetchedRangeView[];
  readonly batchSize: number;
  readonly batchDone: number;
  readonly lastPollMs: number;
}

export interface OffsetView {
  readonly topic: string;
  readonly partition: number;
  readonly committed: number | null;
  /**
   * LAG as `kafka-consumer-groups.sh` prints it: the high watermark minus the committed offset
   * (`ConsumerGroupCommand`'s getLag, no floor), so negative while a truncation has left the committed offset
   * past the log end; with nothing committed, what auto.offset.reset would still have to read.
   */
  readonly lag: number;
  /**
   * What `kafka-consumer-groups.sh` prints as LOG-END-OFFSET: ListOffsets LATEST, the high watermark
   * (`ConsumerGroupCommand.getLogEndOffsets`). LAG is measured from it.
   */
  readonly logEndOffset: number;
  readonly owner: string | null;
}

/** A group's consumer settings, Kafka's defaults filled in: what every member of it was configured with. */
export interface GroupSettingsView {
  readonly autoOffsetReset: 'earliest' | 'latest';
  readonly sessionTimeoutMs: number;
  readonly heartbeatIntervalMs: number;
  readonly maxPollIntervalMs: number;
  readonly autoCommitIntervalMs: number;
  readonly maxPollRecords: number;
}

/** The broker's settings, Kafka's defaults filled in. */
export interface BrokerView {
  readonly logRetentionCheckIntervalMs: number;
  readonly groupInitialRebalanceDelayMs: number;
  readonly replicaLagTimeMaxMs: number;
  readonly uncleanLeaderElectionEnable: boolean;
  readonly minInsyncReplicas: number;
}

export interface GroupView {
  readonly id: string;
  readonly state: GroupStateName;
  readonly generation: number;
  readonly assignor: string;
  readonly topics: readonly string[];
  readonly outputTopic: string | null;
  readonly settings: GroupSettingsView;
  readonly members: readonly MemberView[];
  readonly offsets: readonly OffsetView[];
  /** Records the group never read because retention deleted them first (auto.offset.reset jumps). */
  readonly skippedByRetention: number;
  /** Records processed a second time (or more) by the group: at-least-once made visible. */
  readonly duplicates: number;
  /**
   * Records a member had in hand (returned by poll, not processed) when it closed cleanly under auto-commit:
   * close() committed past them, so the next owner never reads them (at-most-once for work in hand).
   */
  readonly skippedOnClose: number;
  /** The sum of its offsets' lag (the LAG column added up; negative only while a truncation's is). */
  readonly totalLag: number;
  /**
   * A stream processor's output records its producers gave up on: batches that waited delivery.timeout.ms
   * (120 s) for a working leader or enough in-sync replicas, and what a crashed member's producer held.
   */
  readonly outputLost: number;
  /** A stream processor's output records waiting in its members' producers to be retried. */
  readonly outputWaiting: number;
  /**
   * Broker id of the group coordinator: the leader of the group's `__consumer_offsets` partition, or null
   * while it has none. Commits fail while it is down.
   */
  readonly coordinator: number | null;
}

export interface Snapshot {
  readonly timeMs: number;
  readonly topics: readonly TopicView[];
  readonly producers: readonly ProducerView[];
  readonly groups: readonly GroupView[];
  readonly broker: BrokerView;
  /** The cluster's brokers; one unless the scenario asks for more. */
  readonly brokers: readonly BrokerStatusView[];
  /** Id the next event will get: a cheap way to tell whether anything happened. */
  readonly eventCount: number;
}

export interface SnapshotOptions {
  /** Records per partition to include in `recent` (default 0). */
  recentRecords?: number;
}
