import {
  type AssignorMember,
  type Assignment,
  compareStrings,
  emptyAssignment,
  rankMembers,
  sortAssignment,
  subscribedTopicCounts,
  validateInput,
} from './types';

/**
 * Kafka's `RoundRobinAssignor` (`org.apache.kafka.clients.consumer.RoundRobinAssignor`).
 *
 * All partitions of all subscribed topics, topics in name order, are dealt around a circle of members
 * in rank order; the pointer skips members not subscribed to the partition's topic. With identical
 * subscriptions counts differ by at most one; with unequal ones the skipping can make it lopsided.
 * (kafkajs's `RoundRobinAssigner` ignores per-member subscriptions; this follows Java.)
 */
export function roundRobinAssign(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  validateInput(members, partitionsPerTopic);
  const assignment = emptyAssignment(members);
  const circle = rankMembers(members);
  const topics = [...subscribedTopicCounts(members, partitionsPerTopic)].sort((a, b) =>
    compareStrings(a[0], b[0]),
  );

  let pointer = 0;
  for (const [topic, count] of topics) {
    for (let p = 0; p < count; p++) {
      // Terminates: the topic is listed only because some member subscribes to it.
      while (!circle[pointer]?.topics.includes(topic)) pointer = (pointer + 1) % circle.length;
      const member = circle[pointer];
      if (member) assignment[member.id]?.push([topic, p]);
      pointer = (pointer + 1) % circle.length;
    }
  }
  return sortAssignment(assignment);
}
