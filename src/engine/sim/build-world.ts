import { newReplicaTrace } from '../log/replica-trace';
import { KAFKA_DEFAULTS } from '../scenario/defaults';
import type { GroupSpec, MemberSpec, Scenario } from '../scenario/types';
import { newPartitionLog } from '../log/partition-log';
import { FIRST_EPOCHS } from '../log/leader-epochs';
import { defaultPartition } from '../clients/partitioner';
import { seedRandom } from '../time/random';
import { assignReplicas } from '../cluster/placement';
import { offsetsPartitionFor, placeOffsetsTopic } from '../cluster/group-coordinator';
import { TimerQueue } from '../time/timer-queue';
import { nextMemberSeq } from '../groups/member-id';
import type { Interner } from '../../shared/interner';
import { schedule, type Ctx } from '../kernel/context';
import type {
  GroupPartition,
  GroupState,
  MemberState,
  ProducerState,
  TopicState,
  World,
} from '../kernel/world';

/** The world at time 0, before anything has happened; scenario already validated. */
export function buildWorld(scenario: Scenario, keys: Interner, writers: Interner): World {
  const broker = scenario.broker ?? {};
  const brokerCount = scenario.brokers ?? KAFKA_DEFAULTS.brokers;
  const minIsr = broker.minInsyncReplicas ?? KAFKA_DEFAULTS.minInsyncReplicas;
  const topics: TopicState[] = scenario.topics.map((t, ti) => ({
    name: t.name,
    retentionMs: t.retentionMs ?? KAFKA_DEFAULTS.retentionMs,
    retentionBytes: t.retentionBytes ?? KAFKA_DEFAULTS.retentionBytes,
    segmentMs: t.segmentMs ?? KAFKA_DEFAULTS.segmentMs,
    segmentBytes: t.segmentBytes ?? KAFKA_DEFAULTS.segmentBytes,
    cleanupPolicy: t.cleanupPolicy ?? KAFKA_DEFAULTS.cleanupPolicy,
    deleteRetentionMs: t.deleteRetentionMs ?? KAFKA_DEFAULTS.deleteRetentionMs,
    replicationFactor: t.replicationFactor ?? KAFKA_DEFAULTS.replicationFactor,
    minInsyncReplicas: t.minInsyncReplicas ?? minIsr,
    partitions: Array.from({ length: t.partitions }, (_, p) => newPartitionLog(ti, p)),
  }));
  const topicIndex = (name: string): number => topics.findIndex((t) => t.name === name);
  const producers: ProducerState[] = scenario.producers.map((p) => {
    const topic = topicIndex(p.topic);
    const n = topics[topic]!.partitions.length;
    const keyList = p.keys ?? [];
    const acks = p.acks ?? KAFKA_DEFAULTS.acks;
    return {
      id: p.id,
      topic,
      writer: writers.intern(p.id),
      keys: keyList.map((k) => keys.intern(k)),
      keyPartitions: keyList.map((k) => defaultPartition(k, n)),
      batchSizeBytes: p.batchSizeBytes ?? KAFKA_DEFAULTS.batchSizeBytes,
      tombstoneEvery: p.tombstoneEvery ?? 0,
      recordsPerSec: p.recordsPerSec,
      rateSince: 0,
      sentSinceRate: 0,
      sent: 0,
      sticky: null,
      token: 0,
      acks,
      // Kafka turns idempotence off by itself when acks is set to 0 or 1 and idempotence is not asked for.
      idempotent: p.enableIdempotence ?? (acks === 'all' && KAFKA_DEFAULTS.enableIdempotence),
      deliveryTimeoutMs: p.deliveryTimeoutMs ?? KAFKA_DEFAULTS.deliveryTimeoutMs,
      acknowledged: 0,
      failed: 0,
      lostAcknowledged: 0,
      duplicatesWritten: 0,
      waiting: Array.from({ length: n }, () => null),
      waitingCount: 0,
      inFlight: Array.from({ length: n }, () => -1),
      inFlightSince: Array.from({ length: n }, () => 0),
      retryToken: 0,
      retryAt: -1,
      retryAttempts: 0,
      blocked: false,
    };
  });
  const world: World = {
    now: 0,
    timerSeq: 0,
    rng: seedRandom(scenario.seed),
    timers: new TimerQueue(),
    retentionCheckIntervalMs:
      broker.logRetentionCheckIntervalMs ?? KAFKA_DEFAULTS.logRetentionCheckIntervalMs,
    initialRebalanceDelayMs:
      broker.groupInitialRebalanceDelayMs ?? KAFKA_DEFAULTS.groupInitialRebalanceDelayMs,
    topics,
    producers,
    groups: [],
    brokers: Array.from({ length: brokerCount }, (_, i) => ({
      id: i + 1,
      up: true,
      fenced: false,
      cleanShutdown: true,
      sessionToken: 0,
      replicaFetched: 0,
    })),
    replicaLagTimeMaxMs: broker.replicaLagTimeMaxMs ?? KAFKA_DEFAULTS.replicaLagTimeMaxMs,
    uncleanLeaderElection: broker.uncleanLeaderElectionEnable ?? KAFKA_DEFAULTS.uncleanLeaderElectionEnable,
    minInsyncReplicas: minIsr,
    orphans: [],
    offsetsTopic: [],
    leaderRebalanceAt: -1,
    eventCount: 0,
  };
  // With one broker nothing is replicated and the random generator is not drawn from, so a one-broker
  // class runs exactly as before replication existed.
  if (brokerCount > 1) {
    placeReplicas(world);
    placeOffsetsTopic(world);
  }
  return world;
}

/** Each topic's replicas, placed as Kafka's admin does, in topic order; the preferred replica leads. */
function placeReplicas(world: World): void {
  const ids = world.brokers.map((b) => b.id);
  for (const t of world.topics) {
    const assignment = assignReplicas(t.partitions.length, t.replicationFactor, ids, world.rng);
    t.partitions.forEach((log, p) => {
      const replicas = assignment[p]!;
      log.repl = {
        replicas,
        leader: replicas[0]!,
        leaderEpoch: 0,
        epochStartOffset: 0,
        epochs: FIRST_EPOCHS,
        cuts: [],
        isr: replicas.slice(),
        elr: [],
        lastKnownLeader: -1,
        leo: replicas.map(() => 0),
        caughtUpMs: replicas.map(() => 0),
        fetchPending: false,
        trace: newReplicaTrace(replicas.length),
      };
    });
  }
}

/** A consumer group as the coordinator first sees it: no members joined yet, nothing committed. */
export function newGroup(world: World, spec: GroupSpec): GroupState {
  const topics = spec.topics.map((name) => world.topics.findIndex((t) => t.name === name));
  const partitions: GroupPartition[] = [];
  const partitionBase = world.topics.map(() => -1);
  for (const t of topics) {
    partitionBase[t] = partitions.length;
    world.topics[t]!.partitions.forEach((_, partition) => partitions.push({ topic: t, partition }));
  }
  return {
    id: spec.id,
    assignor: spec.assignor ?? KAFKA_DEFAULTS.assignor,
    autoOffsetReset: spec.autoOffsetReset ?? KAFKA_DEFAULTS.autoOffsetReset,
    sessionTimeoutMs: spec.sessionTimeoutMs ?? KAFKA_DEFAULTS.sessionTimeoutMs,
    heartbeatIntervalMs: spec.heartbeatIntervalMs ?? KAFKA_DEFAULTS.heartbeatIntervalMs,
    maxPollIntervalMs: spec.maxPollIntervalMs ?? KAFKA_DEFAULTS.maxPollIntervalMs,
    autoCommitIntervalMs: spec.autoCommitIntervalMs ?? KAFKA_DEFAULTS.autoCommitIntervalMs,
    maxPollRecords: spec.maxPollRecords ?? KAFKA_DEFAULTS.maxPollRecords,
    offsetsPartition: offsetsPartitionFor(spec.id),
    outputTopic:
      spec.outputTopic === undefined ? -1 : world.topics.findIndex((t) => t.name === spec.outputTopic),
    topics,
    partitions,
    partitionBase,
    state: 'Empty',
    generation: 0,
    members: [],
    committed: partitions.map(() => null),
    committedEpoch: partitions.map(() => null),
    processedUpTo: partitions.map(() => 0),
    owner: partitions.map(() => -1),
    joinToken: 0,
    initialDelay: false,
    newMemberAdded: false,
    rebalanceStartedAt: 0,
    skippedByRetention: 0,
    skippedOnClose: 0,
    duplicates: 0,
    outputLost: 0,
  };
}

/** A consumer process starting: its first poll (now) sends JoinGroup; its heartbeat thread starts. */
export function startMember(ctx: Ctx, g: number, spec: MemberSpec): number {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m: MemberState = {
    id: spec.id,
    memberSeq: nextMemberSeq(group, spec.id),
    memberIdUsed: false,
    writer: ctx.writers.intern(`${group.id}/${spec.id}`),
    recordsPerSec: spec.recordsPerSec,
    status: 'active',
    removed: false,
    restarted: false,
    inGroup: false,
    joined: false,
    rejoinNeeded: false,
    generation: -1,
    assignment: [],
    previousAssignment: [],
    position: new Map(),
    positionEpoch: new Map(),
    positionLeaderEpoch: new Map(),
    batch: [],
    batchSize: 0,
    batchDone: 0,
    batchRange: 0,
    batchOffset: 0,
    paceSince: world.now,
    paceBase: 0,
    waitingForData: false,
    lastPollMs: world.now,
    lastHeartbeatMs: world.now,
    nextAutoCommitMs: world.now + group.autoCommitIntervalMs,
    processed: 0,
    fetchCursor: 0,
    outputSticky: null,
    outputWaiting: null,
    outputWaitingCount: 0,
    outputRetryToken: 0,
    outputRetryAt: -1,
    outputRetryAttempts: 0,
    token: 0,
    heartbeatToken: 0,
    pollTimeoutToken: 0,
    sessionToken: 0,
  };
  group.members.push(m);
  const mi = group.members.length - 1;
  schedule(world, world.now, { kind: 'member', group: g, member: mi, token: m.token });
  m.heartbeatToken++;
  schedule(world, world.now + group.heartbeatIntervalMs, {
    kind: 'heartbeat',
    group: g,
    member: mi,
    token: m.heartbeatToken,
  });
  return mi;
}
