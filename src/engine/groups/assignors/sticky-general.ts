import { PartitionMovements } from './sticky-movements';
import { type TopicPartition, compareStrings, tpKey } from './types';

/**
 * Kafka's `AbstractStickyAssignor.GeneralAssignmentBuilder` (no rack awareness): the path for members
 * with different subscriptions. Same goals as the constrained builder, balance first and then
 * stickiness, reached by keeping what is valid, handing out the rest to the least loaded eligible
 * member, then moving partitions from heavier to lighter members until no move helps.
 *
 * Java walks members in `HashMap` order in a few places; where that order could change the outcome we
 * use sorted member ids. Generations are outside this contract, so Kafka's `prevAssignment` (owners
 * from older generations) is always empty here and its step is left out.
 *
 * @param memberIds members in sorted id order.
 * @param subscriptions each member's subscribed topics as given (including topics without metadata).
 * @param owned each member's valid owned partitions (existing topics, doubly claimed ones removed).
 * @param topics partition count of every topic some member subscribes to.
 */
export function generalAssign(
  memberIds: readonly string[],
  subscriptions: ReadonlyMap<string, ReadonlySet<string>>,
  owned: ReadonlyMap<string, readonly TopicPartition[]>,
  topics: ReadonlyMap<string, number>,
): Map<string, TopicPartition[]> {
  const topicConsumers = new Map<string, string[]>([...topics.keys()].map((t) => [t, []]));
  const consumerTopics = new Map<string, string[]>();
  for (const id of memberIds) {
    const mine = [...(subscriptions.get(id) ?? [])].filter((t) => topics.has(t));
    consumerTopics.set(id, mine);
    for (const t of mine) topicConsumers.get(t)?.push(id);
  }
  const potential = (t: string): number => topicConsumers.get(t)?.length ?? 0;
  const canMove = (t: string): boolean => potential(t) >= 2;
  const maxSize = (id: string): number =>
    (consumerTopics.get(id) ?? []).reduce((sum, t) => sum + (topics.get(t) ?? 0), 0);

  let current = new Map<string, TopicPartition[]>();
  const owner = new Map<string, string>();
  const size = (id: string): number => current.get(id)?.length ?? 0;
  const active = new Set(memberIds);
  // Kafka's `sortedCurrentSubscriptions` TreeSet: least loaded first, ties by id.
  const byLoad = (): string[] => [...active].sort((a, b) => size(a) - size(b) || compareStrings(a, b));
  const firstEligible = (topic: string): string | undefined =>
    byLoad().find((id) => consumerTopics.get(id)?.includes(topic));

  // Partitions of topics with the fewest potential consumers come first: they have the fewest options.
  const sortedTopics = [...topics.keys()].sort((a, b) => potential(a) - potential(b) || compareStrings(a, b));
  let sortedAll: TopicPartition[] = sortedTopics.flatMap((t) =>
    Array.from({ length: topics.get(t) ?? 0 }, (_, p): TopicPartition => [t, p]),
  );

  // Keep every owned partition the member still subscribes to; losing a subscription forces a revocation.
  let revocationRequired = false;
  const kept = new Set<string>();
  for (const id of memberIds) {
    const subscribed = subscriptions.get(id);
    const list = (owned.get(id) ?? []).filter((tp) => {
      if (!subscribed?.has(tp[0])) {
        revocationRequired = true;
        return false;
      }
      kept.add(tpKey(tp));
      owner.set(tpKey(tp), id);
      return true;
    });
    current.set(id, list);
  }
  let unassigned = sortedAll.filter((tp) => !kept.has(tpKey(tp)));

  const initializing = memberIds.every((id) => size(id) === 0);
  for (const tp of unassigned) {
    const id = firstEligible(tp[0]);
    if (id === undefined) continue;
    current.get(id)?.push(tp);
    owner.set(tpKey(tp), id);
  }

  // Only partitions with a choice of consumer, and members with something to gain or give, take part.
  sortedAll = sortedAll.filter((tp) => canMove(tp[0]));
  unassigned = unassigned.filter((tp) => canMove(tp[0]));
  const fixed = new Map<string, TopicPartition[]>();
  for (const id of memberIds) {
    const list = current.get(id) ?? [];
    if (list.length < maxSize(id) || list.some((tp) => canMove(tp[0]))) continue;
    active.delete(id);
    fixed.set(id, list);
    current.delete(id);
  }

  const isBalanced = (): boolean => {
    const sorted = byLoad();
    const first = sorted[0];
    const last = sorted[sorted.length - 1];
    if (first === undefined || last === undefined || size(first) >= size(last) - 1) return true;
    const where = new Map<string, string>();
    for (const [id, list] of current) for (const tp of list) where.set(tpKey(tp), id);
    // Unbalanced only if some partition could move to a member holding 2+ fewer.
    for (const id of sorted) {
      if (size(id) === maxSize(id)) continue;
      for (const t of consumerTopics.get(id) ?? []) {
        for (let p = 0; p < (topics.get(t) ?? 0); p++) {
          const other = where.get(tpKey([t, p]));
          if (other !== undefined && other !== id && size(id) + 1 < size(other)) return false;
        }
      }
    }
    return true;
  };

  const movements = new PartitionMovements();
  const reassign = (tp: TopicPartition): void => {
    const to = firstEligible(tp[0]);
    const from = owner.get(tpKey(tp));
    if (to === undefined || from === undefined) return;
    const moving = movements.actualPartitionToMove(tp, from, to);
    const movingFrom = owner.get(tpKey(moving));
    if (movingFrom === undefined) return;
    movements.move(moving, movingFrom, to);
    current.set(
      movingFrom,
      (current.get(movingFrom) ?? []).filter((x) => tpKey(x) !== tpKey(moving)),
    );
    current.get(to)?.push(moving);
    owner.set(tpKey(moving), to);
  };

  const performReassignments = (partitions: readonly TopicPartition[]): boolean => {
    let performed = false;
    let modified: boolean;
    do {
      modified = false;
      for (const tp of partitions) {
        if (isBalanced()) break;
        const from = owner.get(tpKey(tp));
        if (from === undefined) continue;
        const lighter = (topicConsumers.get(tp[0]) ?? []).some(
          (o) => active.has(o) && size(from) > size(o) + 1,
        );
        if (lighter) {
          reassign(tp);
          performed = modified = true;
        }
      }
    } while (modified);
    return performed;
  };

  const before = new Map([...current].map(([id, list]) => [id, [...list]]));
  // Without forced revocations, first try to balance by moving only the newly handed-out partitions.
  if (!revocationRequired) performReassignments(unassigned);
  // Kafka only looks at whether this second pass moved anything when deciding to keep the result.
  const performed = performReassignments(sortedAll);
  // Moves that do not improve balance only cost stickiness: undo them all.
  if (!initializing && performed && balanceScore(current) >= balanceScore(before)) current = before;

  for (const [id, list] of fixed) current.set(id, list);
  return current;
}

/** Kafka's `getBalanceScore`: the sum of count differences over all member pairs; 0 is perfect. */
function balanceScore(assignment: ReadonlyMap<string, readonly TopicPartition[]>): number {
  const sizes = [...assignment.values()].map((l) => l.length);
  let score = 0;
  for (let i = 0; i < sizes.length; i++) {
    for (let j = i + 1; j < sizes.length; j++) score += Math.abs((sizes[i] ?? 0) - (sizes[j] ?? 0));
  }
  return score;
}
