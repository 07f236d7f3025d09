import type {
  GroupView,
  MemberView,
  PartitionView,
  ProducerView,
  RecordView,
  Snapshot,
  TopicView,
} from '../../src/engine';
import type { ShelfLayout } from '../../src/viz/layout-types';
import type { StageStructure } from '../../src/viz/stage-structure';

/** Small hand-made snapshots and structures for the viz tests (no engine needed). */
export function record(
  offset: number,
  timestamp: number,
  writer = 'teacher',
  key: string | null = null,
): RecordView {
  return { offset, key, timestamp, writer, seq: offset, tombstone: false };
}

export function partition(p: number, logEnd: number, opts: Partial<PartitionView> = {}): PartitionView {
  const recent = Array.from({ length: Math.min(24, logEnd) }, (_, i) => {
    const offset = logEnd - Math.min(24, logEnd) + i;
    return record(offset, offset * 1000);
  });
  return {
    partition: p,
    logStartOffset: 0,
    logEndOffset: logEnd,
    segments: [{ baseOffset: 0, endOffset: logEnd, bytes: logEnd * 100, largestTimestamp: logEnd * 1000 }],
    recent,
    leader: 1,
    replicas: [1],
    isr: [1],
    elr: [],
    highWatermark: logEnd,
    replicaLogEndOffsets: [logEnd],
    ...opts,
  };
}

export function topic(name: string, partitions: PartitionView[]): TopicView {
  return {
    name,
    partitions,
    retentionMs: -1,
    retentionBytes: -1,
    segmentMs: 604_800_000,
    segmentBytes: 1_073_741_824,
    cleanupPolicy: 'delete',
    replicationFactor: 1,
    minInsyncReplicas: 1,
  };
}

/** A producer as a one-broker snapshot shows it: everything sent is acknowledged. */
export function producer(id: string, topicName: string, recordsPerSec: number, sent: number): ProducerView {
  return {
    id,
    topic: topicName,
    keys: [],
    recordsPerSec,
    sent,
    acks: 'all',
    enableIdempotence: true,
    deliveryTimeoutMs: 120_000,
    acknowledged: sent,
    failed: 0,
    lostAcknowledged: 0,
    waiting: 0,
    duplicatesWritten: 0,
    blocked: false,
  };
}

export function member(id: string, opts: Partial<MemberView> = {}): MemberView {
  return {
    id,
    memberId: `${id}-1`,
    status: 'active',
    assignment: [],
    processed: 0,
    activity: 'waiting',
    crashed: false,
    inGroup: true,
    recordsPerSec: 2,
    positions: [],
    batch: [],
    batchSize: 0,
    batchDone: 0,
    lastPollMs: 0,
    ...opts,
  };
}

export function group(id: string, members: MemberView[], opts: Partial<GroupView> = {}): GroupView {
  return {
    id,
    state: 'Stable',
    generation: 1,
    assignor: 'range',
    topics: ['notes'],
    outputTopic: null,
    settings: {
      autoOffsetReset: 'earliest',
      sessionTimeoutMs: 6000,
      heartbeatIntervalMs: 1000,
      maxPollIntervalMs: 300_000,
      autoCommitIntervalMs: 2000,
      maxPollRecords: 3,
    },
    members,
    offsets: [],
    skippedByRetention: 0,
    duplicates: 0,
    skippedOnClose: 0,
    totalLag: 0,
    outputLost: 0,
    outputWaiting: 0,
    coordinator: 1,
    ...opts,
  };
}

export function snapshot(opts: Partial<Snapshot> = {}): Snapshot {
  return {
    timeMs: 20_000,
    topics: [topic('notes', [partition(0, 20)])],
    producers: [producer('teacher', 'notes', 1, 20)],
    groups: [],
    broker: {
      logRetentionCheckIntervalMs: 300_000,
      groupInitialRebalanceDelayMs: 1000,
      replicaLagTimeMaxMs: 30_000,
      uncleanLeaderElectionEnable: false,
      minInsyncReplicas: 1,
    },
    brokers: [{ id: 1, status: 'up', replicaFetched: 0 }],
    eventCount: 0,
    ...opts,
  };
}

export function structure(
  partitions: number[],
  groups: [string, number, string?, string?][],
): StageStructure {
  return {
    topics: partitions.map((n, i) => ({ name: i === 0 ? 'notes' : `topic${i}`, partitions: n })),
    producers: [{ id: 'teacher', topic: 'notes' }],
    groups: groups.map(([id, members, topic = 'notes', output]) => ({
      id,
      topics: [topic],
      outputTopic: output ?? null,
      members: Array.from({ length: members }, (_, i) => `${id.slice(0, 2)}-${i + 1}`),
      memberIds: Array.from({ length: members }, (_, i) => `${id.slice(0, 2)}-${i + 1}-1`),
    })),
    offsetDigits: 3,
    hasKeys: true,
  };
}

/** A shelf of 6 slots of 50 units, the tape starting at x = 100. */
export const SHELF: ShelfLayout = {
  topic: 'notes',
  partition: 0,
  row: { x: 0, y: 0, w: 420, h: 80 },
  label: { x: 0, y: 20, w: 30, h: 40 },
  fold: { x: 40, y: 20, w: 54, h: 40 },
  tape: { x: 100, y: 20, w: 300, h: 40 },
  slots: 6,
  cellW: 50,
  laneY: 0,
  laneH: 20,
  stripeY: 64,
  stripeH: 5,
  stripeStep: 6,
  underY: null,
  lanes: ['class'],
};
