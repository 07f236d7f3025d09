import { stickyTarget, toAssignment } from './sticky';
import {
  type AssignorMember,
  type Assignment,
  type TopicPartition,
  compareTopicPartitions,
  tpKey,
} from './types';

/** One rebalance round of the cooperative protocol, as the group leader computes it. */
export interface CooperativeRound {
  /** What each member owns after this round: the sticky target minus partitions still in transit. */
  assignment: Assignment;
  /**
   * Per member, the owned partitions it gives up in this round. A non-empty list anywhere makes Kafka
   * run another rebalance, in which those partitions reach their new owners.
   */
  revoking: Assignment;
}

// A follow-up round has nothing left to take from a live member, so it settles the group; the cap only
// turns a logic error into an exception instead of a hang.
const MAX_ROUNDS = 8;

/**
 * One round of Kafka's `CooperativeStickyAssignor`: the sticky target, then `adjustAssignment`. A
 * partition moving from one live member (present in `members` and listing it in `owned`) to another is
 * withheld: its old owner revokes it now, and it is handed out in the follow-up rebalance. Partitions of
 * members that left move at once, since nobody has to give them up.
 *
 * With identical subscriptions the moves come from the constrained builder, as in Kafka; there a
 * partition claimed by two members is withheld even when it goes back to one of them.
 */
export function cooperativeStickyRound(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): CooperativeRound {
  const target = stickyTarget(members, partitionsPerTopic);
  const transferring = target.transferring ?? computeTransferring(members, target.assignment);
  const granted = new Map<string, TopicPartition[]>();
  for (const [id, list] of target.assignment) {
    granted.set(
      id,
      list.filter((tp) => transferring.get(tpKey(tp)) !== id),
    );
  }
  const assignment = toAssignment(members, granted);

  const revoking: Assignment = toAssignment(members, new Map());
  for (const m of members) {
    const keep = new Set((assignment[m.id] ?? []).map(tpKey));
    const gone = new Map<string, TopicPartition>();
    for (const tp of m.owned ?? []) if (!keep.has(tpKey(tp))) gone.set(tpKey(tp), [tp[0], tp[1]]);
    revoking[m.id] = [...gone.values()].sort(compareTopicPartitions);
  }
  return { assignment, revoking };
}

/**
 * Kafka's `CooperativeStickyAssignor` once the group has settled: rounds are repeated, each member
 * owning what the previous round gave it, until no member has anything to revoke (in practice one
 * follow-up round).
 *
 * This is usually the round-1 sticky target, but not always: the follow-up round recomputes from
 * scratch, and a withheld partition can then land on a different member than round 1 intended (Kafka's
 * `AbstractStickyAssignorTest#testRackAwareAssignmentWithNonEqualSubscription` asserts such a case).
 */
export function cooperativeSticky(
  members: AssignorMember[],
  partitionsPerTopic: Record<string, number>,
): Assignment {
  let current = members;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    const { assignment, revoking } = cooperativeStickyRound(current, partitionsPerTopic);
    if (Object.values(revoking).every((list) => list.length === 0)) return assignment;
    current = current.map((m) => ({ ...m, owned: assignment[m.id] ?? [] }));
  }
  throw new Error(`cooperative-sticky: the group did not settle within ${MAX_ROUNDS} rebalances`);
}

/**
 * `CooperativeStickyAssignor#computePartitionsTransferringOwnership`, used when the general builder did
 * not track moves: partitions newly given to one member and revoked from another.
 */
function computeTransferring(
  members: readonly AssignorMember[],
  assignment: ReadonlyMap<string, readonly TopicPartition[]>,
): Map<string, string> {
  const added = new Map<string, string>();
  const revoked = new Set<string>();
  for (const m of members) {
    const owned = new Set((m.owned ?? []).map(tpKey));
    const assigned = new Set((assignment.get(m.id) ?? []).map(tpKey));
    for (const key of assigned) if (!owned.has(key)) added.set(key, m.id);
    for (const key of owned) if (!assigned.has(key)) revoked.add(key);
  }
  return new Map([...added].filter(([key]) => revoked.has(key)));
}
