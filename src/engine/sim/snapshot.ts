import { FLAG_REMOVED, FLAG_TOMBSTONE, NO_KEY } from '../log/record-chunk';
import { locate, segmentEnd } from '../log/partition-log';
import { memberIdOf } from '../groups/member-id';
import type { Ctx } from '../kernel/context';
import type { GroupState, GroupStateName, MemberState } from '../kernel/world';

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
}

export interface ProducerView {
  readonly id: string;
  readonly topic: string;
  /** The keys the producer uses in turn (empty: records without a key). */
  readonly keys: readonly string[];
  readonly recordsPerSec: number;
  readonly sent: number;
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
  readonly lag: number;
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
  readonly totalLag: number;
}

export interface Snapshot {
  readonly timeMs: number;
  readonly topics: readonly TopicView[];
  readonly producers: readonly ProducerView[];
  readonly groups: readonly GroupView[];
  readonly broker: BrokerView;
  /** Id the next event will get: a cheap way to tell whether anything happened. */
  readonly eventCount: number;
}

export interface SnapshotOptions {
  /** Records per partition to include in `recent` (default 0). */
  recentRecords?: number;
}

export function buildSnapshot(ctx: Ctx, options: SnapshotOptions = {}): Snapshot {
  const { world } = ctx;
  const recentCount = options.recentRecords ?? 0;
  countSnapshot(ctx, recentCount);
  const topics = world.topics.map((t) => ({
    name: t.name,
    retentionMs: t.retentionMs,
    retentionBytes: t.retentionBytes,
    segmentMs: t.segmentMs,
    segmentBytes: t.segmentBytes,
    cleanupPolicy: t.cleanupPolicy,
    partitions: t.partitions.map((log) => {
      const recent: RecordView[] = [];
      for (let o = log.logEndOffset - 1; o >= log.logStartOffset && recent.length < recentCount; o--) {
        const { chunk, i } = locate(log, o);
        const flags = chunk.flags[i]!;
        if ((flags & FLAG_REMOVED) !== 0) continue;
        const key = chunk.key[i]!;
        recent.push({
          offset: o,
          key: key === NO_KEY ? null : ctx.keys.names[key]!,
          timestamp: chunk.timestamp[i]!,
          writer: ctx.writers.names[chunk.writer[i]!]!,
          seq: chunk.seq[i]!,
          tombstone: (flags & FLAG_TOMBSTONE) !== 0,
        });
      }
      recent.reverse();
      return {
        partition: log.partition,
        logStartOffset: log.logStartOffset,
        logEndOffset: log.logEndOffset,
        segments: log.segments.map((s, si) => ({
          baseOffset: s.baseOffset,
          endOffset: segmentEnd(log, si),
          bytes: s.bytes,
          largestTimestamp: s.largestTimestamp,
        })),
        recent,
      };
    }),
  }));
  return {
    timeMs: world.now,
    topics,
    producers: world.producers.map((p) => ({
      id: p.id,
      topic: world.topics[p.topic]!.name,
      keys: p.keys.map((k) => ctx.keys.names[k]!),
      recordsPerSec: p.recordsPerSec,
      sent: p.sent,
    })),
    groups: world.groups.map((g) => groupView(ctx, g)),
    broker: {
      logRetentionCheckIntervalMs: world.retentionCheckIntervalMs,
      groupInitialRebalanceDelayMs: world.initialRebalanceDelayMs,
    },
    eventCount: world.eventCount,
  };
}

function activity(group: GroupState, m: MemberState): MemberActivity {
  if (m.status === 'crashed') return 'crashed';
  if (m.status === 'asleep') return 'asleep';
  if (!m.inGroup) return 'out';
  const inHand = m.batchDone < m.batchSize;
  const rebalancing = group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance';
  if (rebalancing && m.rejoinNeeded && !m.joined && inHand) return 'finishing';
  if (inHand) return 'processing';
  if (m.joined && m.assignment.length === 0) return 'rebalancing';
  if (m.assignment.length === 0) return 'idle';
  return 'waiting';
}

function groupView(ctx: Ctx, g: GroupState): GroupView {
  const { world } = ctx;
  const tpName = (gp: number): [string, number] => {
    const { topic, partition } = g.partitions[gp]!;
    return [world.topics[topic]!.name, partition];
  };
  let totalLag = 0;
  const offsets = g.partitions.map(({ topic, partition }, gp) => {
    const log = world.topics[topic]!.partitions[partition]!;
    const committed = g.committed[gp]!;
    // kafka-consumer-groups.sh: LAG = LOG-END-OFFSET - CURRENT-OFFSET. With nothing committed it prints "-";
    // here it is what the group would still have to read under its auto.offset.reset policy.
    const from = committed ?? (g.autoOffsetReset === 'earliest' ? log.logStartOffset : log.logEndOffset);
    const lag = Math.max(0, log.logEndOffset - from);
    totalLag += lag;
    const owner = g.owner[gp]!;
    return {
      topic: world.topics[topic]!.name,
      partition,
      committed,
      lag,
      logEndOffset: log.logEndOffset,
      owner: owner >= 0 ? g.members[owner]!.id : null,
    };
  });
  return {
    id: g.id,
    state: g.state,
    generation: g.generation,
    assignor: g.assignor,
    topics: g.topics.map((t) => world.topics[t]!.name),
    outputTopic: g.outputTopic >= 0 ? world.topics[g.outputTopic]!.name : null,
    settings: {
      autoOffsetReset: g.autoOffsetReset,
      sessionTimeoutMs: g.sessionTimeoutMs,
      heartbeatIntervalMs: g.heartbeatIntervalMs,
      maxPollIntervalMs: g.maxPollIntervalMs,
      autoCommitIntervalMs: g.autoCommitIntervalMs,
      maxPollRecords: g.maxPollRecords,
    },
    members: g.members
      .filter((m) => !m.removed)
      .map((m) => ({
        id: m.id,
        memberId: memberIdOf(m),
        status: m.status === 'active' ? 'active' : 'asleep',
        assignment: m.assignment.map(tpName),
        processed: m.processed,
        activity: activity(g, m),
        crashed: m.status === 'crashed',
        inGroup: m.inGroup,
        recordsPerSec: m.recordsPerSec,
        positions: [...m.position].map(([gp, offset]) => {
          const [topic, partition] = tpName(gp);
          return { topic, partition, offset };
        }),
        batch: m.batch.map((r) => {
          const [topic, partition] = tpName(r.gp);
          return { topic, partition, fromOffset: r.from, toOffset: r.to };
        }),
        batchSize: m.batchSize,
        batchDone: m.batchDone,
        lastPollMs: m.lastPollMs,
      })),
    offsets,
    skippedByRetention: g.skippedByRetention,
    duplicates: g.duplicates,
    skippedOnClose: g.skippedOnClose,
    totalLag,
  };
}

/** A snapshot's cost: every partition with its segments and recent records, every group's offsets and members. */
function countSnapshot(ctx: Ctx, recentCount: number): void {
  const { work, world } = ctx;
  for (const t of world.topics) {
    work.visits += t.partitions.length;
    for (const p of t.partitions) work.items += p.segments.length + Math.min(recentCount, p.logEndOffset);
  }
  for (const g of world.groups) {
    work.items += g.partitions.length;
    for (const m of g.members) work.items += 1 + m.assignment.length + m.position.size + m.batch.length;
  }
}
