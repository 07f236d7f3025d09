import type { Ctx } from '../kernel/context';
import type { Replication } from '../log/partition-log';
import { effectiveMinIsr, isLive } from './replicas';

/**
 * Eligible leader replicas (KIP-966), on in every cluster Kafka 4.1+ formats (`eligible.leader.replicas.version`
 * 1; a cluster formatted or downgraded to 0 has the classic controller, not modelled here). The broker holds the
 * high watermark while the ISR is below `min.insync.replicas` (see replica-fetcher.ts), so a replica that
 * left the ISR then still has every committed record: the controller keeps it as eligible to lead, and
 * lets the ISR become empty instead of keeping its last member.
 */

const NONE: readonly number[] = Object.freeze([]);

/**
 * `PartitionChangeBuilder.maybePopulateTargetElr`, run on every ISR change: with the new ISR at or above the
 * effective `min.insync.replicas` the ELR is emptied; below it, the members of the old ISR and ELR that are
 * not in the new ISR are eligible, except a broker that just registered after an unclean shutdown (its log
 * may have lost what it had not flushed: `ReplicationControlManager.handleBrokerShutdown`).
 */
export function populateElr(
  ctx: Ctx,
  topic: number,
  r: Replication,
  isr: readonly number[],
  uncleanShutdown = -1,
): void {
  if (isr.length >= effectiveMinIsr(ctx.world.topics[topic]!)) {
    if (r.elr.length > 0) r.elr = NONE;
    return;
  }
  const elr = r.replicas.filter(
    (b) => (r.elr.includes(b) || r.isr.includes(b)) && !isr.includes(b) && b !== uncleanShutdown,
  );
  r.elr = elr.length === 0 ? NONE : elr;
  // PartitionChangeBuilder.maybeUpdateLastKnownLeader: the leader the moment the ISR empties.
  if (isr.length === 0 && r.leader > 0) r.lastKnownLeader = r.leader;
}

/**
 * How a leader was found: from the ISR; from the ELR (the ISR becomes the leader alone, the rest of the ELR
 * stays eligible); the last known leader back (balanced recovery); an unclean election; or none.
 */
export type ElectionKind = 'isr' | 'elr' | 'lastKnown' | 'unclean' | 'none';

export interface Election {
  readonly leader: number;
  readonly kind: ElectionKind;
}

/**
 * `PartitionChangeBuilder.electAnyLeader`: the first replica in assignment order that is live and in the ISR,
 * or, with the ISR empty, in the ELR (`isValidNewLeader`); else the last known leader if the ISR and ELR are
 * both empty and it is live again (`canElectLastKnownLeader`: it led last, so it holds every acknowledged
 * record; Kafka runs it as an unclean election, ISR = itself); else, with `unclean.leader.election.enable`,
 * the first live replica at all.
 */
export function chooseLeader(ctx: Ctx, r: Replication, uncleanEnabled: boolean): Election {
  const isrEmpty = r.isr.length === 0;
  const clean = r.replicas.find(
    (b) => (r.isr.includes(b) || (isrEmpty && r.elr.includes(b))) && isLive(ctx, b),
  );
  if (clean !== undefined) return { leader: clean, kind: r.isr.includes(clean) ? 'isr' : 'elr' };
  if (isrEmpty && r.elr.length === 0 && r.lastKnownLeader > 0 && isLive(ctx, r.lastKnownLeader)) {
    return { leader: r.lastKnownLeader, kind: 'lastKnown' };
  }
  const any = uncleanEnabled ? r.replicas.find((b) => isLive(ctx, b)) : undefined;
  return any === undefined ? { leader: -1, kind: 'none' } : { leader: any, kind: 'unclean' };
}

/** The ELR once `e` leads (`PartitionChangeBuilder.tryElection`, `maybeUpdateRecordElr`). */
export function afterElection(r: Replication, e: Election): void {
  r.lastKnownLeader = -1;
  if (e.kind === 'elr') {
    const elr = r.elr.filter((b) => b !== e.leader);
    r.elr = elr.length === 0 ? NONE : elr;
  } else if (e.kind !== 'isr') r.elr = NONE;
}
