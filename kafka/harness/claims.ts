/**
 * Claims: one behaviour each, checked on both plays. A claim says what the simulator showed, what Kafka
 * showed, and whether they agree: exactly where Kafka is deterministic (partitions of keys, range and
 * round-robin assignments, what compaction keeps), within a stated tolerance where timing matters.
 */
import { generationAt, sampleAt, tp, type ClassFacts, type Tp } from './facts';

export interface Verdict {
  simulator: string;
  kafka: string;
  /** With `pending`: Kafka's half holds (the simulator's is not there yet). */
  agree: boolean;
  /** The simulator cannot play this yet (replication-claims.ts): neither passed nor failed. */
  pending?: boolean;
}

export interface Claim {
  behaviour: string;
  check(sim: ClassFacts, kafka: ClassFacts): Verdict;
  /** A disagreement found and reported but not fixed yet: why they differ. It does not fail the suite. */
  known?: string;
}

/** Marks a claim the simulator is known to get wrong today, with the reason (and what would fix it). */
export const knownDisagreement = (claim: Claim, reason: string): Claim => ({ ...claim, known: reason });

const same = (a: string, b: string): Verdict => ({ simulator: a, kafka: b, agree: a === b });

function within(a: number, b: number, tolerance: number, unit = ''): Verdict {
  return { simulator: `${a}${unit}`, kafka: `${b}${unit}`, agree: Math.abs(a - b) <= tolerance };
}

const seconds = (t: number): string => `${t / 1000} s`;

/** Which partition each key's records went to: `math->1, music->0`, or `math->0|1` if a key was split. */
function keyPartitions(facts: ClassFacts, topic: string): string {
  const byKey = new Map<string, Set<number>>();
  for (const r of facts.produced) {
    if (r.topic !== topic || r.key == null) continue;
    byKey.set(r.key, (byKey.get(r.key) ?? new Set()).add(r.partition));
  }
  return [...byKey.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, ps]) => `${k}->${[...ps].sort().join('|')}`)
    .join(', ');
}

export const keysLandOn = (topic: string): Claim => ({
  behaviour: `every record of one key lands on one partition of \`${topic}\`, the same as Kafka's (murmur2)`,
  check: (sim, kafka) => same(keyPartitions(sim, topic), keyPartitions(kafka, topic)),
});

/** Records of one key keep the order they were sent in (offsets rise with the record number). */
function keyOrder(facts: ClassFacts, topic: string): string {
  const last = new Map<string, { seq: number; offset: number }>();
  const records = facts.produced
    .filter((r) => r.topic === topic && r.key != null)
    .sort((a, b) => a.seq - b.seq);
  for (const r of records) {
    const prev = last.get(r.key!);
    if (prev && r.offset <= prev.offset) return `out of order: ${r.key} #${r.seq}`;
    last.set(r.key!, r);
  }
  return records.length > 0 ? `in order (${records.length} records)` : 'no keyed records';
}

export const keyOrderKept = (topic: string): Claim => ({
  behaviour: `records of one key keep their order on \`${topic}\``,
  check: (sim, kafka) => {
    const [a, b] = [keyOrder(sim, topic), keyOrder(kafka, topic)];
    return { simulator: a, kafka: b, agree: a.startsWith('in order') && b.startsWith('in order') };
  },
});

function assignmentText(facts: ClassFacts, group: string, t: number): string {
  const g = generationAt(facts, group, t);
  if (!g) return 'no generation yet';
  return Object.entries(g.byMember)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([m, ps]) => `${m}: ${ps.length ? ps.join(' ') : '(nothing)'}`)
    .join('; ');
}

export const assignmentAt = (group: string, t: number, what: string): Claim => ({
  behaviour: `${what} (${group}'s assignment at ${seconds(t)})`,
  check: (sim, kafka) => same(assignmentText(sim, group, t), assignmentText(kafka, group, t)),
});

/** Total lag of a group over its partitions: log end - committed (nothing committed counts as 0 read). */
function lag(facts: ClassFacts, group: string, t: number, topic: string): number {
  const s = sampleAt(facts, t);
  let total = 0;
  for (const [where, end] of Object.entries(s.logEnd)) {
    if (!where.startsWith(`${topic}-`)) continue;
    total += end - (s.committed[group]?.[where] ?? s.logStart[where] ?? 0);
  }
  return total;
}

export const lagAt = (group: string, topic: string, t: number, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (${group}'s lag on ${topic} at ${seconds(t)}, ±${tolerance})`,
  check: (sim, kafka) => within(lag(sim, group, t, topic), lag(kafka, group, t, topic), tolerance),
});

export const logStartAt = (where: Tp, t: number, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (log start offset of ${where} at ${seconds(t)}, ±${tolerance})`,
  check: (sim, kafka) =>
    within(sampleAt(sim, t).logStart[where] ?? 0, sampleAt(kafka, t).logStart[where] ?? 0, tolerance),
});

export const committedAt = (group: string, where: Tp, t: number, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (${group}'s committed offset on ${where} at ${seconds(t)}, ±${tolerance})`,
  check: (sim, kafka) => {
    const a = sampleAt(sim, t).committed[group]?.[where];
    const b = sampleAt(kafka, t).committed[group]?.[where];
    if (a == null || b == null) return same(String(a ?? 'none'), String(b ?? 'none'));
    return within(a, b, tolerance);
  },
});

export const firstReadAt = (
  group: string,
  where: Tp,
  expected: 'zero' | 'log end',
  tolerance: number,
  what: string,
): Claim => ({
  behaviour: `${what} (first offset ${group} read on ${where}, ±${tolerance})`,
  check: (sim, kafka) => {
    const a = sim.firstRead[group]?.[where];
    const b = kafka.firstRead[group]?.[where];
    if (a == null || b == null) return same(String(a ?? 'none'), String(b ?? 'none'));
    const v = within(a, b, expected === 'zero' ? 0 : tolerance);
    return v;
  },
});

export const processedAgain = (group: string, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (records ${group} processed twice, ±${tolerance})`,
  check: (sim, kafka) => {
    const [a, b] = [sim.processed[group]?.again ?? 0, kafka.processed[group]?.again ?? 0];
    // Zero and not zero is a different story, whatever the tolerance.
    const v = within(a, b, tolerance);
    return { ...v, agree: v.agree && (a === 0) === (b === 0) };
  },
});

export const skippedRecords = (group: string, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (records ${group} never read, ±${tolerance})`,
  check: (sim, kafka) => {
    const [a, b] = [sim.skipped[group] ?? 0, kafka.skipped[group] ?? 0];
    const v = within(a, b, tolerance);
    return { ...v, agree: v.agree && (a === 0) === (b === 0) };
  },
});

/** The latest value kept for each key at the end: what compaction promises. */
function latestPerKey(facts: ClassFacts, where: Tp): string {
  const latest = new Map<string, string | null>();
  for (const [, key, value] of facts.logs[where] ?? []) if (key != null) latest.set(key, value);
  return [...latest.entries()]
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([k, v]) => `${k}=${v ?? 'tombstone'}`)
    .join(', ');
}

export const compactionKeepsLatest = (where: Tp): Claim => ({
  behaviour: `compaction keeps the latest record of every key on ${where}`,
  check: (sim, kafka) => same(latestPerKey(sim, where), latestPerKey(kafka, where)),
});

export const outputKeepsKeys = (input: string, output: string): Claim => ({
  behaviour: `the stream processor writes each record to \`${output}\` with its key and number`,
  check: (sim, kafka) => {
    const text = (f: ClassFacts): string => {
      const keyOf = new Map(f.produced.filter((r) => r.topic === input).map((r) => [r.seq, r.key]));
      const out = f.produced.filter((r) => r.topic === output);
      const wrong = out.filter((r) => keyOf.has(r.seq) && keyOf.get(r.seq) !== r.key).length;
      return out.length === 0
        ? 'nothing written'
        : wrong === 0
          ? 'same key, same number'
          : `${wrong} keys changed`;
    };
    return same(text(sim), text(kafka));
  },
});

export { tp };

export const recordsKept = (where: Tp, tolerance: number, what: string): Claim => ({
  behaviour: `${what} (records left on ${where} at the end, ±${tolerance})`,
  check: (sim, kafka) => within(sim.logs[where]?.length ?? 0, kafka.logs[where]?.length ?? 0, tolerance),
});

/** How many partitions were taken from members, in all, over the class: `12 (ana 6, ben 6)`. */
function revocations(facts: ClassFacts, group: string): string {
  const byMember = new Map<string, number>();
  for (const r of facts.revoked)
    if (r.group === group) byMember.set(r.member, (byMember.get(r.member) ?? 0) + 1);
  const total = [...byMember.values()].reduce((a, b) => a + b, 0);
  const parts = [...byMember.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([m, n]) => `${m} ${n}`);
  return `${total}${parts.length ? ` (${parts.join(', ')})` : ''}`;
}

export const partitionsRevoked = (group: string, what: string): Claim => ({
  behaviour: `${what} (partitions revoked from ${group}'s members over the class)`,
  check: (sim, kafka) => same(revocations(sim, group), revocations(kafka, group)),
});

/**
 * The shape of an assignment where Kafka breaks ties by timing (sticky, cooperative-sticky): how many
 * partitions each member holds, largest first, and how many partitions members who stayed lost between
 * `since` and `t`. Run to run, Kafka's sticky assignors may move a different partition, never more of them.
 */
function shapeText(facts: ClassFacts, group: string, since: number, t: number): string {
  const g = generationAt(facts, group, t);
  if (!g) return 'no generation yet';
  const counts = Object.values(g.byMember)
    .map((ps) => ps.length)
    .sort((a, b) => b - a);
  const before = generationAt(facts, group, since);
  let moved = 0;
  for (const [m, ps] of Object.entries(g.byMember)) {
    for (const p of before?.byMember[m] ?? []) if (!ps.includes(p)) moved++;
  }
  return `sizes ${counts.join(',')}; ${moved} partition(s) taken from members who stayed`;
}

export const assignmentShapeAt = (group: string, since: number, t: number, what: string): Claim => ({
  behaviour: `${what} (${group}'s assignment sizes at ${seconds(t)}, and moves since ${seconds(since)})`,
  check: (sim, kafka) => same(shapeText(sim, group, since, t), shapeText(kafka, group, since, t)),
});
