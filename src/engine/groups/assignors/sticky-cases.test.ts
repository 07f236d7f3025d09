import { describe, expect, it } from 'vitest';
import { type AssignorMember, assignPartitions, cooperativeSticky, cooperativeStickyRound } from './index';
import { asSets, ownedFrom, expectSame, group, expected } from '../../../../test/engine/assignments';

describe('StickyAssignor cases from AbstractStickyAssignorTest', () => {
  const both = ['topic1', 'topic2'];

  it('testMultipleConsumersMixedTopicSubscriptions (general builder)', () => {
    const members = group({ consumer1: [['topic1']], consumer2: [both], consumer3: [['topic1']] });
    expectSame(
      assignPartitions('sticky', members, { topic1: 3, topic2: 2 }),
      expected({ consumer1: 'topic1-0, topic1-2', consumer2: 'topic2-0, topic2-1', consumer3: 'topic1-1' }),
    );
  });

  it('testTwoConsumersTwoTopicsSixPartitions', () => {
    const members = group({ consumer1: [both], consumer2: [both] });
    expectSame(
      assignPartitions('sticky', members, { topic1: 3, topic2: 3 }),
      expected({ consumer1: 'topic1-0, topic1-2, topic2-1', consumer2: 'topic1-1, topic2-0, topic2-2' }),
    );
  });

  it('testConsumerOwningMinQuotaExpectedMaxQuota', () => {
    const members = group({
      consumer1: [both, 'topic1-0, topic2-1'],
      consumer2: [both, 'topic1-1, topic2-2'],
    });
    expectSame(
      assignPartitions('sticky', members, { topic1: 2, topic2: 3 }),
      expected({ consumer1: 'topic1-0, topic2-1, topic2-0', consumer2: 'topic1-1, topic2-2' }),
    );
  });

  it('testAllConsumersAreUnderMinQuota', () => {
    const members = group({
      consumer1: [both, 'topic1-0'],
      consumer2: [both, 'topic1-1'],
      consumer3: [both],
    });
    expectSame(
      assignPartitions('sticky', members, { topic1: 2, topic2: 3 }),
      expected({ consumer1: 'topic1-0, topic2-1', consumer2: 'topic1-1, topic2-2', consumer3: 'topic2-0' }),
    );
  });

  it('testAddRemoveTwoConsumersTwoTopics, and the partitions a cooperative round withholds', () => {
    const ppt = { topic1: 3, topic2: 4 };
    const first = assignPartitions('sticky', group({ consumer1: [both], consumer2: [both] }), ppt);
    expectSame(
      first,
      expected({
        consumer1: 'topic1-0, topic1-2, topic2-1, topic2-3',
        consumer2: 'topic1-1, topic2-0, topic2-2',
      }),
    );

    const grown = [
      ...ownedFrom(group({ consumer1: [both], consumer2: [both] }), first),
      ...group({ consumer3: [both], consumer4: [both] }),
    ];
    const second = assignPartitions('sticky', grown, ppt);
    expectSame(
      second,
      expected({
        consumer1: 'topic1-0, topic2-1',
        consumer2: 'topic2-0, topic1-1',
        consumer3: 'topic1-2, topic2-3',
        consumer4: 'topic2-2',
      }),
    );
    // Kafka asserts partitionsTransferringOwnership = {topic1-2, topic2-3 -> consumer3, topic2-2 -> consumer4}.
    const round = cooperativeStickyRound(grown, ppt);
    expectSame(round.assignment, { ...second, consumer3: [], consumer4: [] });

    const shrunk = ownedFrom(group({ consumer3: [both], consumer4: [both] }), second);
    expectSame(
      assignPartitions('sticky', shrunk, ppt),
      expected({
        consumer3: 'topic1-2, topic2-3, topic1-0, topic2-1',
        consumer4: 'topic2-2, topic1-1, topic2-0',
      }),
    );
  });

  it('testPoorRoundRobinAssignmentScenario: the result in the test javadoc', () => {
    const all = ['topic1', 'topic2', 'topic3', 'topic4', 'topic5'];
    const odd = ['topic1', 'topic3', 'topic5'];
    const members = group({ consumer1: [all], consumer2: [odd], consumer3: [odd], consumer4: [all] });
    expectSame(
      assignPartitions('sticky', members, { topic1: 2, topic2: 1, topic3: 2, topic4: 1, topic5: 2 }),
      expected({
        consumer1: 'topic2-0, topic3-0',
        consumer2: 'topic1-0, topic3-1',
        consumer3: 'topic1-1, topic5-0',
        consumer4: 'topic4-0, topic5-1',
      }),
    );
  });

  const t123 = { t1: 6, t2: 7, t3: 2 };
  const all3 = ['t1', 't2', 't3'];

  it('testRackAwareAssignmentWithUniformSubscription, without racks', () => {
    const members = group({ consumer0: [all3], consumer1: [all3], consumer2: [all3] });
    expectSame(
      assignPartitions('sticky', members, t123),
      expected({
        consumer0: 't1-0, t1-3, t2-0, t2-3, t2-6',
        consumer1: 't1-1, t1-4, t2-1, t2-4, t3-0',
        consumer2: 't1-2, t1-5, t2-2, t2-5, t3-1',
      }),
    );
  });

  const nonEqual = expected({
    consumer0: 't1-5, t2-0, t2-2, t2-4, t2-6',
    consumer1: 't1-3, t2-1, t2-3, t2-5, t3-0',
    consumer2: 't1-0, t1-1, t1-2, t1-4, t3-1',
  });
  const nonEqualGroup = (owned: Record<string, string>): AssignorMember[] =>
    group({
      consumer0: [all3, owned.consumer0],
      consumer1: [all3, owned.consumer1],
      consumer2: [['t1', 't3'], owned.consumer2],
    });

  it('testRackAwareAssignmentWithNonEqualSubscription, without racks: fresh, then stable', () => {
    expectSame(assignPartitions('sticky', nonEqualGroup({}), t123), nonEqual);
    const owned = Object.fromEntries(
      Object.entries(nonEqual).map(([id, l]) => [id, l.map(([t, p]) => `${t}-${p}`).join(', ')]),
    );
    expectSame(assignPartitions('sticky', nonEqualGroup(owned), t123), nonEqual);
  });

  // The cooperative branch of the same Kafka test: consumer2 stops owning t2 partitions it no longer
  // subscribes to. Kafka asserts round 1 ("intermediate") and the round after it. The settled result is
  // not the round-1 target: t2-5 and t2-6 end up swapped between consumer0 and consumer1.
  it('testRackAwareAssignmentWithNonEqualSubscription, cooperative: two rounds', () => {
    const members = nonEqualGroup({
      consumer0: 't1-0, t1-1, t1-2, t1-3, t1-4',
      consumer1: 't1-5, t2-0, t2-1, t2-2, t2-3',
      consumer2: 't2-4, t2-5, t2-6, t3-0, t3-1',
    });
    const round1 = cooperativeStickyRound(members, t123);
    expectSame(
      round1.assignment,
      expected({
        consumer0: 't1-2, t1-3, t1-4',
        consumer1: 't2-0, t2-1, t2-2, t2-3',
        consumer2: 't3-0, t3-1',
      }),
    );
    const settled = expected({
      consumer0: 't1-2, t1-3, t1-4, t2-4, t2-5',
      consumer1: 't2-0, t2-1, t2-2, t2-3, t2-6',
      consumer2: 't1-0, t1-1, t1-5, t3-0, t3-1',
    });
    expectSame(cooperativeStickyRound(ownedFrom(members, round1.assignment), t123).assignment, settled);
    expectSame(cooperativeSticky(members, t123), settled);
    expect(asSets(assignPartitions('sticky', members, t123))).not.toEqual(asSets(settled));
  });

  it('drops a partition claimed by two members from both, and ignores stale claims', () => {
    const members = group({
      C0: [['t'], 't-0, t-1, gone-0, u-0'],
      C1: [['t'], 't-1, t-9'],
    });
    const ppt = { t: 4, u: 1 };
    expectSame(assignPartitions('sticky', members, ppt), expected({ C0: 't-0, t-1', C1: 't-2, t-3' }));
    // Kafka's constrained builder withholds a doubly claimed partition even from a former claimer.
    const round = cooperativeStickyRound(members, ppt);
    expectSame(round.assignment, expected({ C0: 't-0', C1: 't-2, t-3' }));
    expectSame(round.revoking, expected({ C0: 'gone-0, t-1, u-0', C1: 't-1, t-9' }));
    expectSame(cooperativeSticky(members, ppt), expected({ C0: 't-0, t-1', C1: 't-2, t-3' }));
  });

  // Java gives the one extra slot to consumer2 because its HashMap visits consumer3, consumer2, consumer1
  // (String.hashCode buckets 10, 11, 12); we visit in id order, so consumer1 keeps both its partitions.
  it('testMaxQuotaConsumerMoreThanNumExpectedMaxCapacityMembers: a HashMap-order tie, broken by id', () => {
    const members = group({
      consumer1: [both, 'topic1-0, topic2-0'],
      consumer2: [both, 'topic1-1, topic2-1'],
      consumer3: [both],
    });
    // Kafka: consumer1: topic1-0; consumer2: topic1-1, topic2-1; consumer3: topic2-0.
    expectSame(
      assignPartitions('sticky', members, { topic1: 2, topic2: 2 }),
      expected({ consumer1: 'topic1-0, topic2-0', consumer2: 'topic1-1', consumer3: 'topic2-1' }),
    );
  });
});

// ---------------------------------------------------------------------------------------------------
// Properties
// ---------------------------------------------------------------------------------------------------
