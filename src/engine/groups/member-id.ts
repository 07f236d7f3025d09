import type { GroupState, MemberState } from '../kernel/world';

/**
 * Member ids of dynamic members. Kafka's coordinator makes one for each fresh JoinGroup (`client.id` and a
 * UUID); the client forgets it whenever it leaves or is dropped (`AbstractCoordinator.resetStateAndGeneration`
 * with `shouldResetMemberId`), so a restarted process, or a consumer rejoining after a leave, is a new member.
 * Ours read `ben-1`, `ben-2`: the consumer's name and a number unique among that name's ids in the group.
 */

/** The next member number for a name in a group: member ids stay unique across incarnations and rejoins. */
export function nextMemberSeq(group: GroupState, id: string): number {
  let seq = 0;
  for (const m of group.members) if (m.id === id && m.memberSeq > seq) seq = m.memberSeq;
  return seq + 1;
}

/** Kafka's member id of a member (a dynamic member's id is made by the coordinator; ours reads `ben-2`). */
export function memberIdOf(m: MemberState): string {
  return `${m.id}-${m.memberSeq}`;
}
