import { type TopicPartition, compareStrings, tpKey } from './types';

/** What a sticky builder hands back: the target, and (when it knows) which partitions change hands. */
export interface StickyResult {
  assignment: Map<string, TopicPartition[]>;
  /**
   * Partition key to its new owner, for partitions leaving a member that still holds them. `null` when
   * the builder does not track it, as Kafka's general builder does not; the cooperative assignor then
   * derives it from the owned lists.
   */
  transferring: Map<string, string> | null;
}

/**
 * Kafka's `AbstractStickyAssignor.ConstrainedAssignmentBuilder` (no rack awareness): the fast path when
 * every member has the same subscription.
 *
 * @param memberIds members in the order step 1 visits them. Java visits them in `HashMap` order (bucket
 *   of `String.hashCode`), which only decides who gets a contested max slot; we pass sorted id order, so
 *   such ties can differ from Java (e.g. four members owning two of eight partitions each, a fifth joins:
 *   Java takes partition 6 from C2, we take 7 from C3).
 * @param owned each member's valid owned partitions (doubly claimed ones already removed).
 * @param doublyClaimed keys of partitions that two members claimed; Kafka dropped them from both.
 */
export function constrainedAssign(
  memberIds: readonly string[],
  owned: ReadonlyMap<string, readonly TopicPartition[]>,
  topics: ReadonlyMap<string, number>,
  doublyClaimed: ReadonlySet<string>,
): StickyResult {
  let total = 0;
  for (const count of topics.values()) total += count;
  const n = memberIds.length;
  const minQuota = Math.floor(total / n);
  const maxQuota = Math.ceil(total / n);
  const expectedOverMin = total % n;
  let currentOverMin = 0;

  const assignment = new Map<string, TopicPartition[]>(memberIds.map((id) => [id, []]));
  const assigned = new Set<string>();
  const released = new Set<string>();
  const underMin: string[] = [];
  let exactlyMin: string[] = [];
  const transferring = new Map<string, string>();

  // Step 1: keep owned partitions up to the quota. Sorting by partition first spreads what a member
  // keeps across topics rather than keeping one topic whole.
  for (const id of memberIds) {
    const mine = [...(owned.get(id) ?? [])].sort((a, b) => a[1] - b[1] || compareStrings(a[0], b[0]));
    let keep: number;
    if (mine.length < minQuota) {
      keep = mine.length;
      underMin.push(id);
    } else if (mine.length >= maxQuota && currentOverMin < expectedOverMin) {
      keep = maxQuota;
      currentOverMin++;
      // Every max slot is taken: nobody at min may grow any more.
      if (currentOverMin === expectedOverMin) exactlyMin = [];
    } else {
      keep = minQuota;
      if (currentOverMin < expectedOverMin) exactlyMin.push(id);
    }
    const list = assignment.get(id) ?? [];
    mine.forEach((tp, i) => {
      if (i < keep) {
        list.push(tp);
        assigned.add(tpKey(tp));
      } else {
        released.add(tpKey(tp));
      }
    });
  }

  const unassigned: TopicPartition[] = [];
  for (const [topic, count] of [...topics].sort((a, b) => compareStrings(a[0], b[0]))) {
    for (let p = 0; p < count; p++) if (!assigned.has(tpKey([topic, p]))) unassigned.push([topic, p]);
  }
  underMin.sort(compareStrings);
  exactlyMin.sort(compareStrings);

  // Step 2: deal round-robin to members under min; once none is left, one extra each to the
  // candidates at min, first come first served. The cursor mimics Java's list iterator, which
  // restarts from the head of the shrinking under-min list when it runs off the end.
  let cursor = 0;
  for (const tp of unassigned) {
    let id: string | undefined;
    let fromUnderMin = true;
    if (cursor < underMin.length) {
      id = underMin[cursor++];
    } else if (underMin.length > 0) {
      cursor = 0;
      id = underMin[cursor++];
    } else {
      id = exactlyMin.shift();
      fromUnderMin = false;
    }
    if (id === undefined) throw new Error('sticky assignor: partitions left over but every member is full');

    const list = assignment.get(id) ?? [];
    list.push(tp);
    const key = tpKey(tp);
    // Released by another member, or invalidated after a double claim: the partition changes hands.
    if (released.has(key) || doublyClaimed.has(key)) transferring.set(key, id);

    if (list.length === minQuota && fromUnderMin) {
      underMin.splice(--cursor, 1);
      exactlyMin.push(id);
    }
  }

  return { assignment, transferring };
}
