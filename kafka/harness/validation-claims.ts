/**
 * Where a student reads on after an unclean election (KIP-320 offset validation). Kafka's consumer, seeing a
 * new leader epoch (or starting from a committed offset, which carries the epoch of its last record), asks
 * the leader where that epoch ended (OffsetsForLeaderEpoch, `LeaderEpochFileCache.endOffsetFor`); an end below
 * its position is a truncation, and with a reset policy the position moves to that end, "the first offset
 * known to diverge" (`SubscriptionState.maybeCompleteValidation`), not to auto.offset.reset.
 *
 * Both plays know the divergence point the same way: the first offset two different records were written at
 * (one the old leader acknowledged, one the new leader wrote after the cut; `ClassFacts.produced`). Where a
 * student goes on is the first read that goes back below what it had read before.
 */
import type { Claim, Verdict } from './claims';
import { sampleAt, tp, type ClassFacts, type Tp } from './facts';
import { PENDING } from './replication-claims';

/** The first offset of `where` that two different records were written at, or null (no truncation seen). */
export function divergencePoint(facts: ClassFacts, where: Tp): number | null {
  const byOffset = new Map<number, string>();
  let first: number | null = null;
  for (const r of facts.produced) {
    if (tp(r.topic, r.partition) !== where) continue;
    const id = `${r.producer}#${r.seq}`;
    const before = byOffset.get(r.offset);
    if (before === undefined) byOffset.set(r.offset, id);
    else if (before !== id && (first === null || r.offset < first)) first = r.offset;
  }
  return first;
}

/** The offset a group's reading of `where` first went back to (below the end of what it had read), or null. */
export function firstJumpBack(facts: ClassFacts, group: string, where: Tp): number | null {
  const reads = (facts.replication?.reads ?? [])
    .filter((r) => r.group === group && r.where === where)
    .sort((a, b) => a.t - b.t);
  let readTo = -1;
  for (const r of reads) {
    if (r.fromOffset < readTo) return r.fromOffset;
    readTo = Math.max(readTo, r.toOffset);
  }
  return null;
}

interface Resumed {
  /** The jump back minus the divergence point: 0 when the student goes on exactly there. */
  value: number | string;
  text: string;
}

/**
 * Where the reading went back to, against where validation puts it: the divergence point, or for a student
 * restarting from its group's committed offset (`committedAt`: the look at the offsets before the restart),
 * that offset when it is not past the divergence point (a commit that failed while the group's coordinator
 * was down leaves it below; then nothing needs validating, and the case shows nothing either way).
 */
function resumed(facts: ClassFacts, group: string, where: Tp, committedAt?: number): Resumed {
  const cut = divergencePoint(facts, where);
  const back = firstJumpBack(facts, group, where);
  if (cut === null) return { value: 'no divergence', text: 'no offset written twice' };
  let expected = cut;
  let from = '';
  if (committedAt !== undefined) {
    const c = sampleAt(facts, committedAt).committed[group]?.[where];
    if (c === undefined)
      return { value: 'nothing committed', text: `nothing committed (divergence at ${cut})` };
    expected = Math.min(c, cut);
    from = `committed ${c}, `;
  }
  if (back === null) return { value: 'no jump back', text: `never went back (${from}divergence at ${cut})` };
  return { value: back - expected, text: `went on from ${back} (${from}divergence at ${cut})` };
}

/**
 * After the unclean election, `group`'s reading of `where` goes back exactly to the divergence point: not to
 * auto.offset.reset's earliest (0), not past the new leader's records. With `committedAt`, the group restarts
 * from its committed offset, read at that moment.
 */
export const resumesAtDivergence = (group: string, where: Tp, what: string, committedAt?: number): Claim => ({
  behaviour: `${what} (${group} on ${where}: the offset its reading went back to, against the first offset written twice${committedAt === undefined ? '' : ' or the committed offset below it'})`,
  check(sim: ClassFacts, kafka: ClassFacts): Verdict {
    const k = resumed(kafka, group, where, committedAt);
    const holds = k.value === 0;
    const kafkaText = holds ? k.text : `${k.text} (expected the divergence point)`;
    if (!sim.replication) return { simulator: PENDING, kafka: kafkaText, agree: holds, pending: true };
    const s = resumed(sim, group, where, committedAt);
    return { simulator: s.text, kafka: kafkaText, agree: holds && s.value === k.value };
  },
});

/**
 * The lag `kafka-consumer-groups.sh` prints for `group` the moment an unclean election has cut the log:
 * LOG-END-OFFSET - CURRENT-OFFSET, the new leader's log end (the first offset written twice) minus the
 * committed offset read at `committedAt` (while the partition is offline, before the election: nothing can be
 * read or committed past it then). ConsumerGroupCommand's getLag puts no floor on it, and KIP-320 validation
 * moves a member's position, not its committed offset, so until the group's next commit it is negative. The
 * two plays differ in how far the group had committed (commit timing, the coordinator's placement), so the
 * claim is the sign; both figures are shown.
 */
function lagAtCut(facts: ClassFacts, group: string, where: Tp, committedAt: number): number | string {
  const cut = divergencePoint(facts, where);
  if (cut === null) return 'no divergence';
  const c = lastCommitted(facts, group, where, committedAt);
  if (c === undefined) return 'nothing committed';
  return cut - c;
}

/**
 * The group's committed offset as last seen at or before `t`. While brokers are down the player's looks
 * are seconds apart and some find no coordinator to ask (Observer.sample leaves the group out), so the look
 * nearest `t` may hold nothing; a committed offset stays until the next commit, so the last one seen is its
 * value at `t`. The simulator's looks, every 500 ms, always hold it.
 */
function lastCommitted(facts: ClassFacts, group: string, where: Tp, t: number): number | undefined {
  let found: number | undefined;
  for (const s of facts.samples) {
    if (s.t > t) break;
    found = s.committed[group]?.[where] ?? found;
  }
  return found;
}

export const negativeLagAtCut = (group: string, where: Tp, what: string, committedAt: number): Claim => ({
  behaviour: `${what} (${group} on ${where}: the first offset written twice minus the committed offset at ${committedAt / 1000} s)`,
  check(sim: ClassFacts, kafka: ClassFacts): Verdict {
    const text = (v: number | string): string => (typeof v === 'number' ? `lag ${v}` : v);
    const k = lagAtCut(kafka, group, where, committedAt);
    const holds = typeof k === 'number' && k < 0;
    if (!sim.replication) return { simulator: PENDING, kafka: text(k), agree: holds, pending: true };
    const s = lagAtCut(sim, group, where, committedAt);
    return { simulator: text(s), kafka: text(k), agree: holds && typeof s === 'number' && s < 0 };
  },
});
