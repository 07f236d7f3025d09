/**
 * What one play of a class shows, in one shape for both players: the simulator (engine-facts.ts) and Apache
 * Kafka (kafka-facts.ts). Times are milliseconds since the class started; a partition is written `topic-p`.
 */
import type { ReplicationFacts } from './replication-facts';

export type Tp = string;

export const tp = (topic: string, partition: number): Tp => `${topic}-${partition}`;

export interface ProducedRecord {
  producer: string;
  topic: string;
  key: string | null;
  seq: number;
  partition: number;
  offset: number;
}

/** A group's assignment once a rebalance completed: member -> its partitions, sorted. */
export interface Generation {
  group: string;
  generation: number;
  /** When the last member got its share. */
  t: number;
  byMember: Record<string, Tp[]>;
}

export interface Sample {
  t: number;
  logStart: Record<Tp, number>;
  logEnd: Record<Tp, number>;
  /** group -> partition -> committed offset (absent: nothing committed). */
  committed: Record<string, Record<Tp, number>>;
}

export interface ClassFacts {
  produced: ProducedRecord[];
  /** Per group, how many records were processed, and how many of them a second time (or more). */
  processed: Record<string, { total: number; again: number }>;
  /** Per group and partition, the first offset the group read. */
  firstRead: Record<string, Record<Tp, number>>;
  /** Per group, records it never read although it read records after them (auto.offset.reset jumps). */
  skipped: Record<string, number>;
  generations: Generation[];
  /** Every partition taken from a member (onPartitionsRevoked), in order: `group`, `member`, partition. */
  revoked: { group: string; member: string; partition: Tp }[];
  samples: Sample[];
  /** What each log holds at the end: [offset, key, value] (value null: a tombstone). */
  logs: Record<Tp, [number, string | null, string | null][]>;
  /** A class with several brokers: replicas, ISR, high watermark, acknowledgements (replication-facts.ts). */
  replication?: ReplicationFacts;
}

/** The sample nearest to `t`. */
export function sampleAt(facts: ClassFacts, t: number): Sample {
  let best = facts.samples[0]!;
  for (const s of facts.samples) if (Math.abs(s.t - t) < Math.abs(best.t - t)) best = s;
  return best;
}

/** The assignment in force at `t`: the last generation completed by then. */
export function generationAt(facts: ClassFacts, group: string, t: number): Generation | null {
  let found: Generation | null = null;
  for (const g of facts.generations) if (g.group === group && g.t <= t) found = g;
  return found;
}
