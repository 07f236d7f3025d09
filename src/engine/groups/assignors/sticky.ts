import { type StickyResult, constrainedAssign } from './sticky-constrained';
import { generalAssign } from './sticky-general';
import {
  type AssignorMember,
  type Assignment,
  type TopicPartition,
  emptyAssignment,
  rankMembers,
  sortAssignment,
  subscribedTopicCounts,
  tpKey,
  validateInput,
} from './types';

/**
 * The target of Kafka's `AbstractStickyAssignor#assignPartitions`, shared by the eager and the
 * cooperative sticky assignors, before any cooperative adjustment.
 *
 * Owned partitions are cleaned first, as `allSubscriptionsEqual` does: claims on topics nobody
 * subscribes to or that do not exist are ignored, and a partition claimed by two members is dropped
 * from both (there are no generations here, so every claim counts as the same generation). Claims on
 * partition numbers past the topic's count are ignored too, which Kafka never needs since topics
 * cannot shrink.
 */
export function stickyTarget(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): StickyResult {
  validateInput(members, partitionsPerTopic);
  if (members.length === 0) return { assignment: new Map(), transferring: new Map() };

  const topics = subscribedTopicCounts(members, partitionsPerTopic);
  const ranked = rankMembers(members);
  const ids = ranked.map((m) => m.id);

  const claims = new Map<string, number>();
  const valid = new Map<string, TopicPartition[]>();
  for (const m of ranked) {
    const mine = new Map<string, TopicPartition>();
    for (const tp of m.owned ?? []) {
      const count = topics.get(tp[0]);
      if (count === undefined || !Number.isInteger(tp[1]) || tp[1] < 0 || tp[1] >= count) continue;
      mine.set(tpKey(tp), [tp[0], tp[1]]);
    }
    for (const key of mine.keys()) claims.set(key, (claims.get(key) ?? 0) + 1);
    valid.set(m.id, [...mine.values()]);
  }
  const doublyClaimed = new Set([...claims].filter(([, n]) => n > 1).map(([key]) => key));
  const owned = new Map(
    [...valid].map(([id, list]) => [id, list.filter((tp) => !doublyClaimed.has(tpKey(tp)))]),
  );

  const subscriptions = new Map(ranked.map((m) => [m.id, new Set(m.topics)]));
  if (allEqual([...subscriptions.values()])) return constrainedAssign(ids, owned, topics, doublyClaimed);
  return { assignment: generalAssign(ids, subscriptions, owned, topics), transferring: null };
}

/**
 * Kafka's `StickyAssignor` (eager protocol): balance first, counts within one among members with the
 * same subscription, then keep as many owned partitions as possible. Compared with Range or RoundRobin,
 * fewer partitions move when members come and go, so fewer consumers restart from committed offsets.
 */
export function stickyAssign(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  return toAssignment(members, stickyTarget(members, partitionsPerTopic).assignment);
}

/** A builder's map as the public shape: every member present, in input order, lists sorted. */
export function toAssignment(
  members: readonly AssignorMember[],
  assignment: ReadonlyMap<string, readonly TopicPartition[]>,
): Assignment {
  const out = emptyAssignment(members);
  for (const [id, list] of assignment) out[id]?.push(...list);
  return sortAssignment(out);
}

/**
 * Kafka compares subscriptions as given, so a topic without metadata still makes two subscriptions
 * differ. Unlike Java, an empty first subscription does not make every subscription look equal.
 */
function allEqual(sets: readonly ReadonlySet<string>[]): boolean {
  const first = sets[0];
  if (!first) return true;
  return sets.every((s) => s.size === first.size && [...s].every((t) => first.has(t)));
}
