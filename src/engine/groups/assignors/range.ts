import {
  type AssignorMember,
  type Assignment,
  emptyAssignment,
  rankMembers,
  sortAssignment,
  subscribedTopicCounts,
  validateInput,
} from './types';

/**
 * Kafka's `RangeAssignor` (`org.apache.kafka.clients.consumer.RangeAssignor`, without rack awareness).
 *
 * Each topic is split on its own: its subscribers, in rank order, take contiguous blocks, and the first
 * `P mod C` of them take one extra. Because topics never influence each other, partition `i` of
 * equally sized topics lands on the same member (co-partitioning), at the price of the first-ranked
 * members getting the extra partition of every topic.
 */
export function rangeAssign(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  validateInput(members, partitionsPerTopic);
  const assignment = emptyAssignment(members);
  const ranked = rankMembers(members);

  for (const [topic, count] of subscribedTopicCounts(members, partitionsPerTopic)) {
    const consumers = ranked.filter((m) => m.topics.includes(topic));
    const quota = Math.floor(count / consumers.length);
    const withExtra = count % consumers.length;
    let next = 0;
    consumers.forEach((m, i) => {
      const size = quota + (i < withExtra ? 1 : 0);
      const list = assignment[m.id];
      for (let p = next; p < next + size; p++) list?.push([topic, p]);
      next += size;
    });
  }
  return sortAssignment(assignment);
}
