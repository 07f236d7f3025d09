/**
 * Shapes shared by the assignors, and the ordering rules every Kafka assignor relies on.
 */

export type TopicPartition = [topic: string, partition: number];

export interface AssignorMember {
  id: string;
  /** The topics this member subscribes to. */
  topics: string[];
  /** Partitions the member held before this rebalance (sticky assignors only read this). */
  owned?: TopicPartition[];
}

/** Member id to its partitions. Every member is a key, idle members map to `[]`. */
export type Assignment = Record<string, TopicPartition[]>;

/**
 * Java's `String.compareTo`: UTF-16 code units, which is what JS's `<` compares. `localeCompare`
 * would rank `consumer-10` and `consumer-2` differently from Kafka.
 */
export function compareStrings(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** By topic, then partition: the order of Kafka's sorted partition sets. */
export function compareTopicPartitions(a: TopicPartition, b: TopicPartition): number {
  return compareStrings(a[0], b[0]) || a[1] - b[1];
}

/** A map key for a partition; the NUL separator cannot appear in a Kafka topic name. */
export function tpKey(tp: TopicPartition): string {
  return `${tp[0]}\u0000${tp[1]}`;
}

/**
 * Rejects input Kafka could never produce: duplicate member ids (the coordinator keys members by id)
 * and partition counts that are not non-negative integers.
 */
export function validateInput(
  members: readonly AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): void {
  const seen = new Set<string>();
  for (const m of members) {
    if (seen.has(m.id)) throw new Error(`duplicate member id: ${m.id}`);
    seen.add(m.id);
  }
  for (const [topic, count] of Object.entries(partitionsPerTopic)) {
    if (!Number.isInteger(count) || count < 0) {
      throw new RangeError(`partition count of topic ${topic} must be a non-negative integer, got ${count}`);
    }
  }
}

/**
 * Members in Kafka's rank order (`MemberInfo.compareTo` for dynamic members: by member id). Static
 * membership is outside this contract, so the id is the whole rank.
 */
export function rankMembers(members: readonly AssignorMember[]): AssignorMember[] {
  return [...members].sort((a, b) => compareStrings(a.id, b.id));
}

/**
 * The topics an assignor sees: those some member subscribes to and that have metadata. Kafka's
 * `AbstractPartitionAssignor` filters `partitionsPerTopic` this way before any assignor runs.
 */
export function subscribedTopicCounts(
  members: readonly AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Map<string, number> {
  const topics = new Map<string, number>();
  for (const m of members) {
    for (const t of m.topics) {
      if (Object.hasOwn(partitionsPerTopic, t)) topics.set(t, partitionsPerTopic[t] ?? 0);
    }
  }
  return topics;
}

/** An empty list per member, in input order, so idle members still appear. */
export function emptyAssignment(members: readonly AssignorMember[]): Assignment {
  // fromEntries defines own properties, so even an id like `__proto__` becomes a plain key.
  return Object.fromEntries(members.map((m): [string, TopicPartition[]] => [m.id, []]));
}

/** Sorts every member's list by topic then partition, in place; order inside a list means nothing in Kafka. */
export function sortAssignment(assignment: Assignment): Assignment {
  for (const list of Object.values(assignment)) list.sort(compareTopicPartitions);
  return assignment;
}
