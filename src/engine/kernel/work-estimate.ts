import { KAFKA_DEFAULTS, RECORD_SIZE_BYTES, REPLICA_FETCH_ROUND_TRIP_MS } from '../scenario/defaults';
import type { Scenario } from '../scenario/types';
import { CHECKPOINT_INTERVAL_MS } from './world';
import { WORK_COST_US as W } from './work-meter';

/**
 * The engine's cost model: how much work (microseconds on the reference machine, as the work meter counts
 * it) one simulated second of a class takes, from its size and rates alone. Every factor is joint: a
 * member's fetch visits each of its partitions, each record appended looks at every group, each record
 * wakes a waiting member, and so on. It is the meter's counts predicted, not a second opinion: the same
 * weights, checked against the meter by `work-estimate.test.ts`. It errs high on quiet classes (it assumes
 * every record wakes a poll), never far low.
 */
export interface ClassShape {
  /** Partition count of each topic. */
  readonly topics: readonly {
    partitions: number;
    segmentRecords: number;
    compacted: boolean;
    /** Copies of each partition (issue 14); 1 when absent. */
    replicationFactor?: number;
  }[];
  readonly producers: readonly { topic: number; recordsPerSec: number }[];
  readonly groups: readonly {
    topics: readonly number[];
    /** Processing rate of each member in the group. */
    members: readonly number[];
    heartbeatIntervalMs: number;
    autoCommitIntervalMs: number;
    maxPollRecords: number;
    outputTopic: number;
  }[];
  readonly retentionCheckIntervalMs: number;
  /** Brokers in the cluster; 1 when absent (nothing replicated, no ISR checks). */
  readonly brokers?: number;
  /** `replica.lag.time.max.ms`: the leaders' ISR check runs every half of it over every partition. */
  readonly replicaLagTimeMaxMs?: number;
}

/** Polls with nothing to read: one per `fetch.max.wait.ms`. */
const IDLE_POLLS_PER_SEC = 1000 / KAFKA_DEFAULTS.fetchMaxWaitMs;
/** A timer fires at most once per simulated millisecond for one producer or member. */
const MAX_TIMERS_PER_SEC = 1000;

export function shapeOf(s: Scenario): ClassShape {
  const index = new Map(s.topics.map((t, i) => [t.name, i]));
  return {
    topics: s.topics.map((t) => ({
      partitions: t.partitions,
      segmentRecords: Math.max(
        1,
        Math.floor((t.segmentBytes ?? KAFKA_DEFAULTS.segmentBytes) / RECORD_SIZE_BYTES),
      ),
      compacted: (t.cleanupPolicy ?? 'delete') !== 'delete',
      replicationFactor: t.replicationFactor ?? KAFKA_DEFAULTS.replicationFactor,
    })),
    producers: s.producers.map((p) => ({ topic: index.get(p.topic) ?? 0, recordsPerSec: p.recordsPerSec })),
    groups: s.groups.map((g) => ({
      topics: g.topics.map((t) => index.get(t) ?? 0),
      members: g.members.map((m) => m.recordsPerSec),
      heartbeatIntervalMs: g.heartbeatIntervalMs ?? KAFKA_DEFAULTS.heartbeatIntervalMs,
      autoCommitIntervalMs: g.autoCommitIntervalMs ?? KAFKA_DEFAULTS.autoCommitIntervalMs,
      maxPollRecords: g.maxPollRecords ?? KAFKA_DEFAULTS.maxPollRecords,
      outputTopic: g.outputTopic === undefined ? -1 : (index.get(g.outputTopic) ?? -1),
    })),
    retentionCheckIntervalMs:
      s.broker?.logRetentionCheckIntervalMs ?? KAFKA_DEFAULTS.logRetentionCheckIntervalMs,
    brokers: s.brokers ?? KAFKA_DEFAULTS.brokers,
    replicaLagTimeMaxMs: s.broker?.replicaLagTimeMaxMs ?? KAFKA_DEFAULTS.replicaLagTimeMaxMs,
  };
}

/** Replica fetch rounds a partition runs at most per second: one a round trip (they batch what came). */
const MAX_FETCH_ROUNDS_PER_SEC = 1000 / REPLICA_FETCH_ROUND_TRIP_MS;

/**
 * Replication's work per simulated second (issue 14), as the meter counts it: each record appended to a
 * partition with followers starts a fetch round (a timer and a visit) unless one is already due, so a
 * partition runs at most one round a round trip; every record is answered when the high watermark passes
 * it (an item); and the leaders' ISR check visits every partition each half of `replica.lag.time.max.ms`.
 * The followers of a round copy by arithmetic on their log end, so a round costs the same for 2 or 5 copies
 * (measured by bench/calibrate-work.ts: 14-18 ms for 64 shelves at 1 note/s for 5 minutes, RF 2 to 5).
 */
/**
 * Fetch rounds a replicated topic runs per second; each moves the high watermark once, so it is also how
 * often its records wake a waiting consumer. acks=all (the default): a producer's next request to a broker
 * is read only once the previous one is answered (clients/produce-mute.ts), so its records reach a broker in
 * requests about one and a half round trips apart (measured: 200 rounds a second for one producer of
 * 300 notes a second on four shelves led by two of three brokers), each starting the rounds of its partitions.
 */
function fetchRounds(shape: ClassShape, t: number, rate: number): number {
  const topic = shape.topics[t]!;
  if ((shape.brokers ?? 1) < 2 || (topic.replicationFactor ?? 1) < 2) return rate;
  const writers = shape.producers.filter((p) => p.topic === t).length;
  const requests = writers * (shape.brokers ?? 1) * ((MAX_FETCH_ROUNDS_PER_SEC * 2) / 3);
  return Math.min(rate, topic.partitions * MAX_FETCH_ROUNDS_PER_SEC, Math.max(requests, 1));
}

function replicationWork(shape: ClassShape, inRate: readonly number[], totalPartitions: number): number {
  const brokers = shape.brokers ?? 1;
  if (brokers < 2) return 0;
  let work = 0;
  shape.topics.forEach((topic, t) => {
    const rate = inRate[t] ?? 0;
    work += rate * W.items;
    if ((topic.replicationFactor ?? 1) < 2) return;
    work += fetchRounds(shape, t, rate) * (W.timers + W.visits);
  });
  const lag = shape.replicaLagTimeMaxMs ?? KAFKA_DEFAULTS.replicaLagTimeMaxMs;
  const checks = 1000 / Math.max(1, Math.floor(lag / 2));
  work += checks * (W.timers + totalPartitions * W.visits);
  return work;
}

/**
 * Work per simulated second of a class in this shape, `stored` being how many records each topic's logs
 * hold: the log cleaner reads them all at each check, and their segments are copied at each checkpoint.
 */
export function workPerSecond(shape: ClassShape, stored: readonly number[] = []): number {
  const { topics, producers, groups } = shape;
  const totalPartitions = topics.reduce((n, t) => n + t.partitions, 0);
  const inRate = topics.map(() => 0);
  for (const p of producers) inRate[p.topic] = (inRate[p.topic] ?? 0) + p.recordsPerSec;
  let work = 0;
  // Stream processors write what they read: their output topic receives at most their reading rate.
  for (const g of groups) {
    if (g.outputTopic < 0) continue;
    const incoming = g.topics.reduce((n, t) => n + (inRate[t] ?? 0), 0);
    const capacity = g.members.reduce((n, r) => n + r, 0);
    inRate[g.outputTopic] = (inRate[g.outputTopic] ?? 0) + Math.min(incoming, capacity);
  }
  for (let t = 0; t < topics.length; t++) {
    const rate = inRate[t] ?? 0;
    const topic = topics[t]!;
    work += rate * (W.records + groups.length * W.visits);
    // A segment rolls (an event) every segment's worth of records.
    work += (rate / topic.segmentRecords) * W.events;
  }
  for (const p of producers) work += Math.min(p.recordsPerSec, MAX_TIMERS_PER_SEC) * W.timers;
  for (const g of groups) {
    const partitions = g.topics.reduce((n, t) => n + (topics[t]?.partitions ?? 0), 0);
    const incoming = g.topics.reduce((n, t) => n + (inRate[t] ?? 0), 0);
    const members = Math.max(1, g.members.length);
    const owned = Math.max(1, Math.ceil(partitions / members));
    const share = incoming / members;
    // Records wake a waiting member as the high watermark passes them: one wake per fetch round when replicated.
    const wakes = g.topics.reduce((n, t) => n + fetchRounds(shape, t, inRate[t] ?? 0), 0) / members;
    for (const rate of g.members) {
      const reading = Math.min(share, rate);
      // Each record read is processed (and written again by a translator: hashing its key costs four more).
      work += reading * W.records * (g.outputTopic >= 0 ? 6 : 1);
      work += Math.min(reading, MAX_TIMERS_PER_SEC) * W.timers;
      // A waiting member is woken by each record on its partitions: a poll, a visit to every partition it
      // owns, a `fetched` event; idle it polls once per fetch.max.wait.ms.
      const polls = Math.min(Math.max(wakes, 0), MAX_TIMERS_PER_SEC) + IDLE_POLLS_PER_SEC;
      work += polls * (W.polls + W.timers + owned * W.visits) + Math.min(share, polls) * W.events;
      work += (1000 / g.heartbeatIntervalMs) * W.timers;
      work += Math.min(polls, 1000 / g.autoCommitIntervalMs) * (owned * W.visits + W.events);
    }
  }
  work += replicationWork(shape, inRate, totalPartitions);
  // The retention check visits every partition and segment; the cleaner reads each compacted log three times.
  const checks = 1000 / shape.retentionCheckIntervalMs;
  let segments = 0;
  topics.forEach((topic, t) => {
    const records = stored[t] ?? 0;
    segments += topic.partitions + records / topic.segmentRecords;
    if (topic.compacted) work += checks * 3 * records * W.scanned;
  });
  work += checks * (W.timers + totalPartitions * W.visits + segments * W.items);
  // The charts' sample each second, and a checkpoint (taken, later restored) every five.
  const groupPartitions = groups.reduce(
    (n, g) => n + g.topics.reduce((k, t) => k + (topics[t]?.partitions ?? 0), 0),
    0,
  );
  const copy = totalPartitions * W.visits + (segments + 3 * groupPartitions) * W.items;
  work += (totalPartitions + groupPartitions) * W.visits + W.samples;
  work += (copy * 2 * 1000) / CHECKPOINT_INTERVAL_MS;
  return work;
}
