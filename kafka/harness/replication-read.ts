/**
 * Reads the replication facts of a play: from the Java player's JSON lines (Kafka) or from the engine's
 * snapshots and events (the simulator), into the one shape of replication-facts.ts.
 */
import type { EngineEvent, Snapshot } from '../../src/engine';
import { tp, type Tp } from './facts';
import type { PartitionState, ProducerTally, ReplicationFacts, ReplicationSample } from './replication-facts';

export interface Fact {
  type: string;
  t: number;
  [k: string]: unknown;
}

interface SampledPartition {
  topic: string;
  partition: number;
  leader?: number;
  replicas?: number[];
  isr?: number[];
  highWatermark?: number | null;
}

/** Kafka: samples carry `brokers` and per partition `leader`, `replicas`, `isr`, `highWatermark`. */
export function kafkaReplication(facts: Fact[]): ReplicationFacts | undefined {
  const samples = facts.filter((f) => f.type === 'sample' && Array.isArray(f.brokers));
  if (samples.length === 0) return undefined;
  // Answers after the class ended (records expiring while the producer closes) are not the class's.
  const end = facts.find((f) => f.type === 'classEnd')?.t ?? Infinity;
  const acks = facts.filter((f) => f.type === 'produced' && typeof f.producer === 'string' && f.t <= end);
  const fails = facts.filter((f) => f.type === 'produceFailed' && f.t <= end);
  const producers: Record<string, ProducerTally> = {};
  const tally = (id: string): ProducerTally =>
    (producers[id] ??= { acknowledged: 0, failed: 0, errors: {}, lostAcknowledged: 0 });
  for (const f of acks) tally(f.producer as string).acknowledged++;
  for (const f of fails) {
    const p = tally(f.producer as string);
    p.failed++;
    const cls = (f.errorClass as string | undefined) ?? 'error';
    p.errors[cls] = (p.errors[cls] ?? 0) + 1;
  }
  // Lost: acknowledged at an offset the log now holds something else at (truncated by a leader change).
  // Records at or past the end read (the high watermark: a broker still down may hold it back) are not
  // judged: they may be there, unreadable yet.
  const held = new Map<string, Set<string>>();
  const readTo = new Map<string, number>();
  for (const f of facts) {
    if (f.type !== 'log') continue;
    const values = held.get(f.topic as string) ?? new Set<string>();
    const records = f.records as [number, string | null, string | null][];
    for (const [, , v] of records) if (v != null) values.add(v);
    held.set(f.topic as string, values);
    readTo.set(tp(f.topic as string, f.partition as number), (records.at(-1)?.[0] ?? -1) + 1);
  }
  for (const f of acks) {
    const values = held.get(f.topic as string);
    const end = readTo.get(tp(f.topic as string, f.partition as number)) ?? 0;
    if (values && (f.offset as number) < end && !values.has(String(f.seq as number)))
      tally(f.producer as string).lostAcknowledged++;
  }
  const out: ReplicationSample[] = samples.map((s) => {
    const partitions: Record<Tp, PartitionState> = {};
    for (const p of s.partitions as SampledPartition[]) {
      partitions[tp(p.topic, p.partition)] = {
        leader: p.leader == null || p.leader < 0 ? null : p.leader,
        replicas: p.replicas ?? [],
        isr: p.isr ?? [],
        highWatermark: p.highWatermark ?? null,
      };
    }
    const byProducer: ReplicationSample['producers'] = {};
    for (const id of Object.keys(producers)) {
      // Waiting: sent by then, answered (acknowledged or failed) after.
      const answered = [...acks, ...fails].filter((f) => f.producer === id);
      byProducer[id] = {
        acknowledged: acks.filter((f) => f.producer === id && f.t <= s.t).length,
        failed: fails.filter((f) => f.producer === id && f.t <= s.t).length,
        waiting: answered.filter((f) => (f.sentAt as number) <= s.t && f.t > s.t).length,
      };
    }
    return { t: s.t, brokersUp: s.brokers as number[], partitions, producers: byProducer };
  });
  const reads = facts
    .filter((f) => f.type === 'processed')
    .map((f) => ({
      t: f.t,
      group: f.group as string,
      where: tp(f.topic as string, f.partition as number),
      fromOffset: f.offset as number,
      toOffset: (f.offset as number) + 1,
    }));
  return { samples: out, producers, reads };
}

/** The replication fields of issue 14's model, as the simulator's snapshot has them once it has them. */
interface ReplicatedSnapshot {
  brokers?: { id: number; status: 'up' | 'down' }[];
  topics: {
    name: string;
    partitions: {
      partition: number;
      leader?: number | null;
      replicas?: number[];
      isr?: number[];
      highWatermark?: number;
    }[];
  }[];
  producers?: {
    id: string;
    acknowledged?: number;
    failed?: number;
    lostAcknowledged?: number;
    waiting?: number;
  }[];
}

/** Does this engine have the replication model (issue 14)? Its snapshot lists brokers. */
export const engineHasReplication = (snap: Snapshot): boolean =>
  Array.isArray((snap as unknown as ReplicatedSnapshot).brokers);

/** One sample from a simulator snapshot. */
export function engineSample(snap: Snapshot): ReplicationSample {
  const s = snap as unknown as ReplicatedSnapshot;
  const partitions: Record<Tp, PartitionState> = {};
  for (const topic of s.topics) {
    for (const p of topic.partitions) {
      partitions[tp(topic.name, p.partition)] = {
        leader: p.leader ?? null,
        replicas: p.replicas ?? [],
        isr: p.isr ?? [],
        highWatermark: p.highWatermark ?? null,
      };
    }
  }
  const producers: ReplicationSample['producers'] = {};
  for (const p of s.producers ?? []) {
    producers[p.id] = { acknowledged: p.acknowledged ?? 0, failed: p.failed ?? 0, waiting: p.waiting ?? 0 };
  }
  const brokersUp = (s.brokers ?? []).filter((b) => b.status === 'up').map((b) => b.id);
  return { t: snap.timeMs, brokersUp, partitions, producers };
}

/** The simulator's replication facts: its samples, its last snapshot's producers, its reads. */
export function engineReplication(
  samples: ReplicationSample[],
  end: Snapshot,
  events: readonly EngineEvent[],
): ReplicationFacts {
  const producers: Record<string, ProducerTally> = {};
  for (const p of (end as unknown as ReplicatedSnapshot).producers ?? []) {
    producers[p.id] = {
      acknowledged: p.acknowledged ?? 0,
      failed: p.failed ?? 0,
      // The simulator's one way to fail a record is its delivery.timeout.ms passing while the producer
      // retries (NOT_ENOUGH_REPLICAS, or no leader): Kafka's client reports that as a TimeoutException.
      errors: (p.failed ?? 0) > 0 ? { TimeoutException: p.failed ?? 0 } : {},
      lostAcknowledged: p.lostAcknowledged ?? 0,
    };
  }
  const reads: ReplicationFacts['reads'] = [];
  for (const e of events) {
    if (e.type !== 'fetched') continue;
    reads.push({
      t: e.timeMs,
      group: e.group,
      where: tp(e.topic, e.partition),
      fromOffset: e.fromOffset,
      toOffset: e.toOffset,
    });
  }
  return { samples, producers, reads };
}

/** The placement the simulator chose: topic -> partition -> broker ids (the preferred leader first). */
export function enginePlacement(snap: Snapshot): Record<string, number[][]> | null {
  if (!engineHasReplication(snap)) return null;
  const out: Record<string, number[][]> = {};
  for (const t of (snap as unknown as ReplicatedSnapshot).topics) {
    out[t.name] = t.partitions.map((p) => p.replicas ?? []);
  }
  return out;
}

/** The simulator's broker ids, or null without the replication model. */
export function engineBrokerIds(snap: Snapshot): number[] | null {
  const s = snap as unknown as ReplicatedSnapshot;
  return Array.isArray(s.brokers) ? s.brokers.map((b) => b.id) : null;
}
