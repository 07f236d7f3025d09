import { FLAG_REMOVED, FLAG_TOMBSTONE, NO_KEY } from '../log/record-chunk';
import { locate, segmentEnd, type PartitionLog, type Replication } from '../log/partition-log';
import { leoOf } from '../cluster/replicas';
import { coordinatorOf } from '../cluster/group-coordinator';
import { memberIdOf } from '../groups/member-id';
import type { Ctx } from '../kernel/context';
import type { GroupState, MemberState } from '../kernel/world';

import type {
  MemberActivity,
  RecordView,
  PartitionView,
  ReplicaProgressView,
  ReplicaStepView,
  GroupView,
  Snapshot,
  SnapshotOptions,
} from './snapshot-types';

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
        ...replicaView(log),
      };
    }),
    replicationFactor: t.replicationFactor,
    minInsyncReplicas: t.minInsyncReplicas,
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
      acks: p.acks,
      enableIdempotence: p.idempotent,
      deliveryTimeoutMs: p.deliveryTimeoutMs,
      acknowledged: p.acknowledged,
      failed: p.failed,
      lostAcknowledged: p.lostAcknowledged,
      waiting: p.waitingCount,
      duplicatesWritten: p.duplicatesWritten,
      blocked: p.blocked,
    })),
    groups: world.groups.map((g) => groupView(ctx, g)),
    broker: {
      logRetentionCheckIntervalMs: world.retentionCheckIntervalMs,
      groupInitialRebalanceDelayMs: world.initialRebalanceDelayMs,
      replicaLagTimeMaxMs: world.replicaLagTimeMaxMs,
      uncleanLeaderElectionEnable: world.uncleanLeaderElection,
      minInsyncReplicas: world.minInsyncReplicas,
    },
    brokers: world.brokers.map((b) => ({
      id: b.id,
      status: b.up ? 'up' : 'down',
      replicaFetched: b.replicaFetched,
    })),
    eventCount: world.eventCount,
  };
}

const SOLE_BROKER: readonly number[] = Object.freeze([1]);
const NO_BROKERS: readonly number[] = Object.freeze([]);

/** One broker: it holds and leads everything, and the high watermark is the log end. */
function replicaView(
  log: PartitionLog,
): Pick<
  PartitionView,
  'leader' | 'replicas' | 'isr' | 'elr' | 'highWatermark' | 'replicaLogEndOffsets' | 'replicaProgress'
> {
  const r = log.repl;
  if (r === null) {
    return {
      leader: 1,
      replicas: SOLE_BROKER,
      isr: SOLE_BROKER,
      elr: NO_BROKERS,
      highWatermark: log.highWatermark,
      replicaLogEndOffsets: [log.logEndOffset],
    };
  }
  return {
    leader: r.leader > 0 ? r.leader : null,
    replicas: r.replicas,
    isr: r.isr,
    elr: r.elr,
    highWatermark: log.highWatermark,
    replicaLogEndOffsets: r.replicas.map((_, i) => leoOf(log, r, i)),
    replicaProgress: r.replicas.map((_, i) => progressOf(log, r, i)),
  };
}

function step(timeMs: number, fromOffset: number, toOffset: number): ReplicaStepView | null {
  return timeMs < 0 ? null : { timeMs, fromOffset, toOffset };
}

function progressOf(log: PartitionLog, r: Replication, i: number): ReplicaProgressView {
  const t = r.trace;
  return {
    fetch: step(t.fetchMs[i]!, t.fetchFrom[i]!, t.fetchTo[i]!),
    truncation: step(t.truncMs[i]!, t.truncFrom[i]!, t.truncTo[i]!),
    diskLogEndOffset: Math.max(t.diskEnd[i]!, leoOf(log, r, i)),
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
    // kafka-consumer-groups.sh: LAG = LOG-END-OFFSET - CURRENT-OFFSET (ConsumerGroupCommand's getLag), with
    // no floor: a committed offset past the log end, as after a truncation until the group's next commit
    // (KIP-320 validation moves a member's position, not the committed offset), prints a negative lag.
    // With nothing committed it prints "-"; here it is what the group would still have to read under its
    // auto.offset.reset policy (never negative: the log start and the high watermark are at most the end).
    const from = committed ?? (g.autoOffsetReset === 'earliest' ? log.logStartOffset : log.highWatermark);
    const lag = log.highWatermark - from;
    totalLag += lag;
    const owner = g.owner[gp]!;
    return {
      topic: world.topics[topic]!.name,
      partition,
      committed,
      lag,
      logEndOffset: log.highWatermark,
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
    outputLost: g.outputLost,
    outputWaiting: g.members.reduce((n, m) => n + m.outputWaitingCount, 0),
    coordinator: coordinatorOf(world, g.offsetsPartition),
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
