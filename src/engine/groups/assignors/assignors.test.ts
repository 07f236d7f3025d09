import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  type AssignorMember,
  type AssignorName,
  type Assignment,
  type TopicPartition,
  assignPartitions,
  cooperativeSticky,
  cooperativeStickyRound,
} from './index';
import { expectSame } from '../../../../test/engine/assignments';

interface AssignmentVector {
  id: string;
  source: string;
  members: string[];
  subscriptions: Record<string, string[]>;
  topics: Record<string, number>;
  assignment: Record<string, TopicPartition[]>;
  ownedBefore?: Record<string, TopicPartition[]>;
  generations?: Record<string, number>;
  rankOrder?: string[];
}

interface Vectors {
  range: AssignmentVector[];
  roundrobin: AssignmentVector[];
  range_static: AssignmentVector[];
  roundrobin_static: AssignmentVector[];
  sticky: AssignmentVector[];
  cooperative_sticky: AssignmentVector[];
}

// Kafka's own vectors, kept in the repository (see test/fixtures/README.md). A missing file must fail.
const VECTORS = fileURLToPath(new URL('../../../../test/fixtures/kafka-vectors.json', import.meta.url));

function loadVectors(): Vectors {
  if (!existsSync(VECTORS)) {
    throw new Error(`Kafka test vectors not found at ${VECTORS}: see test/fixtures/README.md`);
  }
  return JSON.parse(readFileSync(VECTORS, 'utf8')) as Vectors;
}

const vectors = loadVectors();

const membersOf = (v: AssignmentVector): AssignorMember[] =>
  v.members.map((id) => ({ id, topics: v.subscriptions[id] ?? [], owned: v.ownedBefore?.[id] ?? [] }));

/**
 * Static members rank by `group.instance.id` before dynamic ones by member id. Our contract has member
 * ids only, so members are renamed to ids whose order is the vector's `rankOrder`, then mapped back.
 */
function runRanked(assignor: AssignorName, v: AssignmentVector): Assignment {
  const order = v.rankOrder ?? [];
  const alias = new Map(order.map((id, i) => [id, `rank-${String(i).padStart(3, '0')}`]));
  const back = new Map([...alias].map(([id, a]) => [a, id]));
  const renamed = membersOf(v).map((m) => ({ ...m, id: alias.get(m.id) ?? m.id }));
  const out = assignPartitions(assignor, renamed, v.topics);
  return Object.fromEntries(Object.entries(out).map(([id, list]) => [back.get(id) ?? id, list]));
}

describe('vectors file', () => {
  it('has every section this suite relies on', () => {
    expect(vectors.range).toHaveLength(18);
    expect(vectors.roundrobin).toHaveLength(18);
    expect(vectors.range_static).toHaveLength(3);
    expect(vectors.roundrobin_static).toHaveLength(2);
    expect(vectors.sticky).toHaveLength(9);
    expect(vectors.cooperative_sticky).toHaveLength(9);
  });
});

describe('RangeAssignor vectors', () => {
  it.each(vectors.range.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    expectSame(assignPartitions('range', membersOf(v), v.topics), v.assignment);
  });
  it.each(vectors.range_static.map((v) => [v.id, v] as const))('%s (static, via rankOrder)', (_id, v) => {
    expectSame(runRanked('range', v), v.assignment);
  });
});

describe('RoundRobinAssignor vectors', () => {
  it.each(vectors.roundrobin.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    expectSame(assignPartitions('roundrobin', membersOf(v), v.topics), v.assignment);
  });
  it.each(vectors.roundrobin_static.map((v) => [v.id, v] as const))(
    '%s (static, via rankOrder)',
    (_id, v) => {
      expectSame(runRanked('roundrobin', v), v.assignment);
    },
  );
});

describe('StickyAssignor vectors', () => {
  it.each(vectors.sticky.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    expectSame(assignPartitions('sticky', membersOf(v), v.topics), v.assignment);
  });
});

// In these vectors `assignment` is what the JVM returned for one call with `ownedBefore`: round 1 of a
// cooperative rebalance (B1, E1, testAddRemove...), or the follow-up round when ownedBefore is itself
// a round-1 result (B2, E2). So it is compared with `cooperativeStickyRound`, not the settled result.
describe('CooperativeStickyAssignor vectors (one round each)', () => {
  // E1 is the one tie Java breaks by HashMap order: C0..C3 each own two of t's eight partitions and C4
  // joins, so three of the four keep two. Java visits C3, C0, C1, C2 (String.hashCode buckets) and makes
  // C2 give up t-6; we visit in id order and make C3 give up t-7. Same shape, different member.
  const hashOrderTies: Record<string, Assignment> = {
    E1_C4_joins: {
      C0: [
        ['t', 0],
        ['t', 4],
      ],
      C1: [
        ['t', 1],
        ['t', 5],
      ],
      C2: [
        ['t', 2],
        ['t', 6],
      ],
      C3: [['t', 3]],
      C4: [],
    },
  };

  it.each(vectors.cooperative_sticky.map((v) => [v.id, v] as const))('%s', (_id, v) => {
    const { assignment } = cooperativeStickyRound(membersOf(v), v.topics);
    expectSame(assignment, hashOrderTies[v.id] ?? v.assignment);
  });

  it('E1 differs from Java only in which member yields the partition', () => {
    const v = vectors.cooperative_sticky.find((x) => x.id === 'E1_C4_joins');
    if (!v) throw new Error('vector E1_C4_joins missing');
    const ours = cooperativeStickyRound(membersOf(v), v.topics);
    const sizes = (a: Assignment): number[] =>
      Object.values(a)
        .map((l) => l.length)
        .sort();
    expect(sizes(ours.assignment)).toEqual(sizes(v.assignment));
    expect(Object.values(ours.revoking).flat()).toEqual([['t', 7]]);
  });

  it('B1 then B2: C2 waits a round for partitions 4 and 5', () => {
    const b1 = vectors.cooperative_sticky.find((x) => x.id === 'B1_C2_joins');
    const b2 = vectors.cooperative_sticky.find((x) => x.id === 'B2_coop_second_round');
    if (!b1 || !b2) throw new Error('vectors B1/B2 missing');
    const round1 = cooperativeStickyRound(membersOf(b1), b1.topics);
    expectSame(round1.revoking, { C0: [['orders', 4]], C1: [['orders', 5]], C2: [] });
    expectSame(round1.assignment, b2.ownedBefore ?? {});
    expectSame(cooperativeSticky(membersOf(b1), b1.topics), b2.assignment);
  });

  it('settles on the sticky target for every cooperative vector', () => {
    for (const v of vectors.cooperative_sticky) {
      const members = membersOf(v);
      expectSame(cooperativeSticky(members, v.topics), assignPartitions('sticky', members, v.topics));
    }
  });

  it('moves partitions of departed members at once', () => {
    const v = vectors.cooperative_sticky.find((x) => x.id === 'A1_C1_leaves');
    if (!v) throw new Error('vector A1_C1_leaves missing');
    const round = cooperativeStickyRound(membersOf(v), v.topics);
    expect(Object.values(round.revoking).flat()).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------------
// Expectations asserted by Kafka's own AbstractStickyAssignorTest.java (apache/kafka, clients/src/test/
// java/org/apache/kafka/clients/consumer/internals/), non-rack cases. Lists are written as in that file.
