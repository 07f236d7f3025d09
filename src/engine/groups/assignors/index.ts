import type { AssignorName } from '../../scenario/types';
import { cooperativeSticky } from './cooperative-sticky';
import { rangeAssign } from './range';
import { roundRobinAssign } from './roundrobin';
import { stickyAssign } from './sticky';
import type { AssignorMember, Assignment } from './types';

export type { AssignorName };
export type { AssignorMember, Assignment, TopicPartition } from './types';
export { type CooperativeRound, cooperativeStickyRound, cooperativeSticky } from './cooperative-sticky';
export { rangeAssign } from './range';
export { roundRobinAssign } from './roundrobin';
export { stickyAssign } from './sticky';

const ASSIGNORS: Record<
  AssignorName,
  (members: AssignorMember[], partitionsPerTopic: Record<string, number>) => Assignment
> = {
  range: rangeAssign,
  roundrobin: roundRobinAssign,
  sticky: stickyAssign,
  'cooperative-sticky': cooperativeSticky,
};

/**
 * The group leader's `ConsumerPartitionAssignor#assign` for the named strategy: `RangeAssignor`,
 * `RoundRobinAssignor`, `StickyAssignor` or `CooperativeStickyAssignor`.
 *
 * Members are ranked by id (dynamic membership). Every member is a key of the result, idle ones with
 * `[]`, and each list is sorted by topic then partition. For `cooperative-sticky` this is the settled
 * assignment, after the follow-up rebalance; use `cooperativeStickyRound` to show the round in between.
 *
 * @throws Error on duplicate member ids; RangeError on a partition count that is not a non-negative integer.
 */
export function assignPartitions(
  assignor: AssignorName,
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  return ASSIGNORS[assignor](members, partitionsPerTopic);
}
