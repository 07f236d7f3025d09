import fc from 'fast-check';
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
import { ownedFrom, expectSame } from '../../../../test/engine/assignments';

const ASSIGNORS: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
const TOPIC_NAMES = ['a', 'b', 'c', 'orders'];
const MEMBER_IDS = ['C0', 'C1', 'C2', 'C3', 'C4', 'C5', 'consumer-1', 'consumer-10', 'consumer-2', 'Z'];

interface Case {
  members: AssignorMember[];
  topics: Record<string, number>;
}

const topicsArb = fc
  .uniqueArray(fc.constantFrom(...TOPIC_NAMES), { minLength: 1, maxLength: 4 })
  .chain((names) => fc.tuple(...names.map((n) => fc.integer({ min: 0, max: 9 }).map((c) => [n, c] as const))))
  .map((entries) => Object.fromEntries(entries));

/** Partitions a member might claim: real ones, plus some of topics that do not exist. */
const claimArb = (topics: Record<string, number>): fc.Arbitrary<TopicPartition> =>
  fc.oneof(
    { weight: 9, arbitrary: fc.constantFrom(...allPartitions(topics, Object.keys(topics)), ['gone', 0]) },
    { weight: 1, arbitrary: fc.tuple(fc.constant('gone'), fc.integer({ min: 0, max: 3 })) },
  );

function allPartitions(topics: Record<string, number>, subscribed: Iterable<string>): TopicPartition[] {
  const wanted = new Set(subscribed);
  return Object.entries(topics)
    .filter(([t]) => wanted.has(t))
    .flatMap(([t, n]) => Array.from({ length: n }, (_, p): TopicPartition => [t, p]));
}

/** Any input: subscriptions identical or not, owned lists arbitrary (overlapping, stale). */
const caseArb = (identical: boolean): fc.Arbitrary<Case> =>
  topicsArb.chain((topics) => {
    const subscription = fc.uniqueArray(fc.constantFrom(...Object.keys(topics), 'x'), {
      minLength: 1,
      maxLength: 5,
    });
    return fc
      .tuple(fc.uniqueArray(fc.constantFrom(...MEMBER_IDS), { minLength: 1, maxLength: 7 }), subscription)
      .chain(([ids, shared]) =>
        fc.tuple(
          ...ids.map((id) =>
            fc.record({
              id: fc.constant(id),
              topics: identical ? fc.constant(shared) : subscription,
              owned: fc.array(claimArb(topics), { maxLength: 6 }),
            }),
          ),
        ),
      )
      .map((members) => ({ members, topics }));
  });

/**
 * A realistic rebalance: some members held a valid, duplicate-free assignment; some leave, some join,
 * and everyone keeps the same subscription.
 */
const rebalanceArb: fc.Arbitrary<Case> = topicsArb.chain((topics) => {
  const partitions = allPartitions(topics, Object.keys(topics));
  return fc
    .tuple(
      fc.uniqueArray(fc.constantFrom(...MEMBER_IDS), { minLength: 1, maxLength: 7 }),
      fc.array(fc.integer({ min: -1, max: 9 }), {
        minLength: partitions.length,
        maxLength: partitions.length,
      }),
    )
    .map(([ids, previousOwner]) => ({
      topics,
      members: ids.map((id, i) => ({
        id,
        topics: Object.keys(topics),
        owned: partitions.filter((_, p) => previousOwner[p] === i),
      })),
    }));
});

function subscribedPartitions(c: Case): TopicPartition[] {
  return allPartitions(
    c.topics,
    c.members.flatMap((m) => m.topics),
  );
}

function expectValid(c: Case, out: Assignment): void {
  expect(Object.keys(out).sort()).toEqual(c.members.map((m) => m.id).sort());
  const byId = new Map(c.members.map((m) => [m.id, m]));
  const seen = new Map<string, number>();
  for (const [id, list] of Object.entries(out)) {
    for (const [t, p] of list) {
      expect(byId.get(id)?.topics).toContain(t);
      seen.set(`${t}-${p}`, (seen.get(`${t}-${p}`) ?? 0) + 1);
    }
  }
  const expected = subscribedPartitions(c).map(([t, p]) => `${t}-${p}`);
  expect([...seen.keys()].sort()).toEqual(expected.sort());
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
}

/**
 * Keeps each claimed partition with its first claimer only. A double claim (possible in Kafka only after
 * a zombie member or a bug) is dropped from both claimers and withheld for a round, and the follow-up
 * round may then place it elsewhere than the first round's target did.
 */
function withoutDoubleClaims(c: Case): Case {
  const taken = new Set<string>();
  const members = c.members.map((m) => ({
    ...m,
    owned: (m.owned ?? []).filter(([t, p]) => {
      const key = `${t}-${p}`;
      if (taken.has(key)) return false;
      taken.add(key);
      return true;
    }),
  }));
  return { ...c, members };
}

const spread = (counts: number[]): number => (counts.length ? Math.max(...counts) - Math.min(...counts) : 0);

describe('assignor properties', () => {
  it.each(ASSIGNORS)('%s: every subscribed partition goes to exactly one subscribed member', (assignor) => {
    fc.assert(
      fc.property(fc.boolean().chain(caseArb), (c) => {
        expectValid(c, assignPartitions(assignor, c.members, c.topics));
      }),
    );
  });

  it.each(ASSIGNORS)('%s: identical subscriptions balance within one', (assignor) => {
    fc.assert(
      fc.property(caseArb(true), (c) => {
        const out = assignPartitions(assignor, c.members, c.topics);
        if (assignor === 'range') {
          // Range balances each topic on its own; summed over topics the first-ranked members gain.
          for (const topic of Object.keys(c.topics)) {
            expect(
              spread(Object.values(out).map((l) => l.filter(([t]) => t === topic).length)),
            ).toBeLessThanOrEqual(1);
          }
        } else {
          expect(spread(Object.values(out).map((l) => l.length))).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it.each(ASSIGNORS)('%s: deterministic, whatever the order members are listed in', (assignor) => {
    fc.assert(
      fc.property(fc.boolean().chain(caseArb), fc.integer(), (c, shift) => {
        const first = assignPartitions(assignor, c.members, c.topics);
        expect(assignPartitions(assignor, c.members, c.topics)).toEqual(first);
        const k = Math.abs(shift) % c.members.length;
        const rotated = [...c.members.slice(k), ...c.members.slice(0, k)].reverse();
        expectSame(assignPartitions(assignor, rotated, c.topics), first);
      }),
    );
  });

  // AbstractStickyAssignorTest#verifyValidityAndBalance: two members 2+ partitions apart share no topic,
  // or a partition could have moved to the lighter one.
  it.each(['sticky', 'cooperative-sticky'] as const)(
    "%s: balanced in the sense of Kafka's own test helper",
    (assignor) => {
      fc.assert(
        fc.property(fc.boolean().chain(caseArb), (c) => {
          const lists = Object.values(assignPartitions(assignor, c.members, c.topics));
          lists.forEach((a, i) =>
            lists.slice(i + 1).forEach((b) => {
              if (Math.abs(a.length - b.length) <= 1) return;
              const topicsOfB = new Set(b.map(([t]) => t));
              expect(a.filter(([t]) => topicsOfB.has(t))).toEqual([]);
            }),
          );
        }),
      );
    },
  );

  it('sticky: a member that stays keeps at least min(owned, quota) of its partitions', () => {
    fc.assert(
      fc.property(rebalanceArb, (c) => {
        const out = assignPartitions('sticky', c.members, c.topics);
        const quota = Math.floor(subscribedPartitions(c).length / c.members.length);
        for (const m of c.members) {
          const owned = new Set((m.owned ?? []).map(([t, p]) => `${t}-${p}`));
          const kept = (out[m.id] ?? []).filter(([t, p]) => owned.has(`${t}-${p}`)).length;
          expect(kept).toBeGreaterThanOrEqual(Math.min(owned.size, quota));
        }
      }),
    );
  });

  it('cooperative round: nothing moves between live members, and the rest matches the target', () => {
    fc.assert(
      fc.property(fc.boolean().chain(caseArb), (c) => {
        const round = cooperativeStickyRound(c.members, c.topics);
        const target = assignPartitions('sticky', c.members, c.topics);
        const claims = new Map<string, string[]>();
        for (const m of c.members) {
          for (const [t, p] of new Map((m.owned ?? []).map((tp) => [`${tp[0]}-${tp[1]}`, tp])).values()) {
            claims.set(`${t}-${p}`, [...(claims.get(`${t}-${p}`) ?? []), m.id]);
          }
        }
        for (const [id, list] of Object.entries(round.assignment)) {
          const targetKeys = new Set((target[id] ?? []).map(([t, p]) => `${t}-${p}`));
          for (const [t, p] of list) {
            expect(targetKeys.has(`${t}-${p}`)).toBe(true);
            // A partition a live member still holds only ever stays with that member.
            const holders = claims.get(`${t}-${p}`) ?? [];
            if (holders.length === 1) expect(holders).toEqual([id]);
          }
        }
      }),
    );
  });

  const nothingRevoked = (r: { revoking: Assignment }): boolean =>
    Object.values(r.revoking).every((l) => l.length === 0);

  it('cooperative-sticky: one follow-up round settles identical subscriptions', () => {
    fc.assert(
      fc.property(caseArb(true).map(withoutDoubleClaims), (c) => {
        const round1 = cooperativeStickyRound(c.members, c.topics);
        const round2 = cooperativeStickyRound(ownedFrom(c.members, round1.assignment), c.topics);
        expect(nothingRevoked(round2)).toBe(true);
        expect(cooperativeSticky(c.members, c.topics)).toEqual(round2.assignment);
        if (nothingRevoked(round1))
          expect(round1.assignment).toEqual(assignPartitions('sticky', c.members, c.topics));
      }),
    );
  });

  it('cooperative-sticky: a settled group stays put when it rebalances again', () => {
    fc.assert(
      fc.property(fc.boolean().chain(caseArb), (c) => {
        const settled = cooperativeSticky(c.members, c.topics);
        const again = cooperativeStickyRound(ownedFrom(c.members, settled), c.topics);
        expect(again.assignment).toEqual(settled);
      }),
    );
  });

  it('rejects duplicate member ids and bad partition counts', () => {
    const dup = [
      { id: 'C0', topics: ['t'] },
      { id: 'C0', topics: ['t'] },
    ];
    for (const assignor of ASSIGNORS) {
      expect(() => assignPartitions(assignor, dup, { t: 1 })).toThrow(/duplicate member id/);
      expect(() => assignPartitions(assignor, [{ id: 'C0', topics: ['t'] }], { t: -1 })).toThrow(RangeError);
    }
  });
});
