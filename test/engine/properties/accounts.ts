import type { EngineEvent, Snapshot } from '../../../src/engine';
import { check, key } from './monitor';

// ---------------------------------------------------------------------------------------------------------
// Accounting: what a group read, and what it skipped
// ---------------------------------------------------------------------------------------------------------

/** Sorted, merged half-open ranges. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Parts of [from, to) that `covered` (merged) does not cover. */
export function gaps(covered: readonly [number, number][], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  for (const [a, b] of covered) {
    if (b <= at) continue;
    if (a >= to) break;
    if (a > at) out.push([at, Math.min(a, to)]);
    at = Math.max(at, b);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out;
}

export interface PartitionAccount {
  /** Offsets fetched by any member of the group. */
  fetched: [number, number][];
  /** Ranges jumped over by auto.offset.reset from a known offset (retention deleted them, or `latest`). */
  skipped: [number, number][];
  /** Records among the skipped ones that retention had deleted (what skippedByRetention counts). */
  deletedCount: number;
  /** Where the group's reading started: the target of the last reset made with nothing committed. */
  base: number | null;
}

/** Per group, per `topic-partition`: what the event log says the group read and skipped. */
export function accounts(events: readonly EngineEvent[]): Map<string, Map<string, PartitionAccount>> {
  const out = new Map<string, Map<string, PartitionAccount>>();
  const get = (group: string, topic: string, partition: number): PartitionAccount => {
    let g = out.get(group);
    if (!g) out.set(group, (g = new Map()));
    const k = key(topic, partition);
    let a = g.get(k);
    if (!a) g.set(k, (a = { fetched: [], skipped: [], deletedCount: 0, base: null }));
    return a;
  };
  for (const e of events) {
    if (e.type === 'fetched') get(e.group, e.topic, e.partition).fetched.push([e.fromOffset, e.toOffset]);
    if (e.type === 'offsetReset') {
      const a = get(e.group, e.topic, e.partition);
      if (e.fromOffset === null) a.base = e.toOffset;
      else a.skipped.push([e.fromOffset, e.toOffset]);
      a.deletedCount += e.deleted;
    }
  }
  return out;
}

/**
 * Reading order, from the event log alone: a member reads a partition it owns in offset order with no jump,
 * starting where the group's committed offset stands when it gets the partition (Kafka: "a new owner resumes
 * from the committed offset"), or where auto.offset.reset puts it; a kept partition (cooperative) goes on from
 * the member's position. A commit is the member's position. Only owners fetch and commit.
 */
export function checkReadOrder(events: readonly EngineEvent[]): void {
  const committed = new Map<string, number>();
  const owned = new Map<string, Set<string>>();
  /** `group/member/tp` -> next offset the member will read (its position), once it has one. */
  const position = new Map<string, number>();
  /**
   * Ownership is per member id (a crashed consumer and its restart share a name). Fetches, commits and resets
   * name only the consumer: they come from its newest incarnation, the last to send JoinGroup.
   */
  const live = new Map<string, string>();
  const ownById = (group: string, memberId: string): Set<string> => {
    const k = `${group}/${memberId}`;
    let set = owned.get(k);
    if (!set) owned.set(k, (set = new Set()));
    return set;
  };
  const own = (group: string, member: string): Set<string> =>
    ownById(group, live.get(`${group}/${member}`) ?? `${member}?`);
  for (const e of events) {
    const where = `t=${e.timeMs} #${e.id} ${e.type}`;
    switch (e.type) {
      case 'memberJoined':
        live.set(`${e.group}/${e.member}`, e.memberId);
        break;
      case 'partitionsAssigned': {
        const set = ownById(e.group, e.memberId);
        const next = new Set(e.partitions.map(([t, p]) => key(t, p)));
        for (const tp of set) if (!next.has(tp)) position.delete(`${e.group}/${e.member}/${tp}`);
        owned.set(`${e.group}/${e.memberId}`, next);
        break;
      }
      case 'partitionsRevoked': {
        const set = ownById(e.group, e.memberId);
        for (const [t, p] of e.partitions) {
          const tp = key(t, p);
          check(set.has(tp), () => `${where}: ${e.memberId} revoked ${tp} it did not own`);
          set.delete(tp);
          position.delete(`${e.group}/${e.member}/${tp}`);
        }
        break;
      }
      case 'memberRemoved':
        check(own(e.group, e.member).size === 0, () => `${where}: ${e.member} left still owning partitions`);
        break;
      case 'memberLeft':
        check(
          ownById(e.group, e.memberId).size === 0,
          () => `${where}: ${e.memberId} left still owning partitions`,
        );
        break;
      case 'offsetReset': {
        const tp = key(e.topic, e.partition);
        const pk = `${e.group}/${e.member}/${tp}`;
        check(own(e.group, e.member).has(tp), () => `${where}: ${e.member} reset ${tp} it does not own`);
        const from = position.get(pk) ?? committed.get(`${e.group}/${tp}`) ?? null;
        check(
          from === e.fromOffset,
          () => `${where}: ${e.member} reset ${tp} from ${e.fromOffset}, but stood at ${from}`,
        );
        position.set(pk, e.toOffset);
        break;
      }
      case 'fetched': {
        const tp = key(e.topic, e.partition);
        const pk = `${e.group}/${e.member}/${tp}`;
        check(own(e.group, e.member).has(tp), () => `${where}: ${e.member} fetched ${tp} it does not own`);
        const from = position.get(pk) ?? committed.get(`${e.group}/${tp}`);
        check(
          from === e.fromOffset,
          () =>
            `${where}: ${e.member} fetched ${tp} from ${e.fromOffset}, but its position was ${from} (committed ${committed.get(`${e.group}/${tp}`)})`,
        );
        check(e.toOffset > e.fromOffset, () => `${where}: empty fetch`);
        position.set(pk, e.toOffset);
        break;
      }
      case 'committed': {
        for (const o of e.offsets) {
          const tp = key(o.topic, o.partition);
          const pk = `${e.group}/${e.member}/${tp}`;
          check(
            own(e.group, e.member).has(tp),
            () => `${where}: ${e.member} committed ${tp} it does not own`,
          );
          const pos = position.get(pk) ?? committed.get(`${e.group}/${tp}`);
          check(
            pos === o.offset,
            () => `${where}: ${e.member} committed ${tp}@${o.offset}, but its position was ${pos}`,
          );
          committed.set(`${e.group}/${tp}`, o.offset);
        }
        break;
      }
      default:
        break;
    }
  }
}

/**
 * Processing bookkeeping: a member that never crashed has processed exactly what its polls returned, less what
 * is left of its current batch; any member has processed at most what it fetched.
 */
export function checkProcessed(
  snap: Snapshot,
  events: readonly EngineEvent[],
  compacted: ReadonlySet<string> = new Set(),
): void {
  const fetched = new Map<string, number>();
  /** Members whose count is not exact: they crashed (a restart drops the batch in hand) or read a compacted
   * log (a fetched range spans the holes compaction left, which hold no record). */
  const crashed = new Set<string>();
  for (const e of events) {
    if (e.type === 'memberAdded') {
      fetched.delete(`${e.group}/${e.member}`);
      crashed.delete(`${e.group}/${e.member}`);
    }
    if (e.type === 'memberCrashed') crashed.add(`${e.group}/${e.member}`);
    if (e.type === 'fetched') {
      const k = `${e.group}/${e.member}`;
      if (compacted.has(e.topic)) crashed.add(k);
      fetched.set(k, (fetched.get(k) ?? 0) + e.toOffset - e.fromOffset);
    }
  }
  for (const g of snap.groups) {
    for (const m of g.members) {
      const k = `${g.id}/${m.id}`;
      const got = fetched.get(k) ?? 0;
      check(m.processed <= got, () => `${k}: processed ${m.processed} > fetched ${got}`);
      check(m.batchDone <= m.batchSize, () => `${k}: batch ${m.batchDone}/${m.batchSize}`);
      const inBatch = m.batch.reduce((s, r) => s + r.toOffset - r.fromOffset, 0);
      check(
        inBatch === m.batchSize,
        () => `${k}: batch ranges hold ${inBatch} records, batchSize ${m.batchSize}`,
      );
      if (crashed.has(k)) continue;
      check(
        m.processed === got - (m.batchSize - m.batchDone),
        () => `${k}: processed ${m.processed}, fetched ${got}, batch ${m.batchDone}/${m.batchSize}`,
      );
    }
  }
}
