import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type AutoOffsetReset, type Command, type Scenario } from '../../src/engine';
import { assignEpoch, endOffsetFor, epochAt, truncateEpochs } from '../../src/engine/log/leader-epochs';
import { eventsOf } from './helpers';

/**
 * KIP-320: after an unclean election a consumer whose position is past the new leader's log end validates it
 * (OffsetsForLeaderEpoch for the epoch of its last record) and reads on from the first offset known to diverge,
 * not from auto.offset.reset (SubscriptionState.maybeCompleteValidation).
 */

describe('the leader epoch cache (LeaderEpochFileCache)', () => {
  const cache = assignEpoch(assignEpoch([{ epoch: 0, startOffset: 0 }], 2, 10), 5, 25);

  it('answers the end of an epoch: the next epoch’s start, or the log end for the latest', () => {
    expect(endOffsetFor(cache, 0, 40)).toEqual({ epoch: 0, endOffset: 10 });
    expect(endOffsetFor(cache, 1, 40)).toEqual({ epoch: 0, endOffset: 10 });
    expect(endOffsetFor(cache, 2, 40)).toEqual({ epoch: 2, endOffset: 25 });
    expect(endOffsetFor(cache, 5, 40)).toEqual({ epoch: 5, endOffset: 40 });
    expect(endOffsetFor(cache, 6, 40)).toBeNull();
    // Older than every entry (retention): the requested epoch, ending where the first known one starts.
    expect(
      endOffsetFor(
        [
          { epoch: 3, startOffset: 7 },
          { epoch: 4, startOffset: 9 },
        ],
        1,
        12,
      ),
    ).toEqual({
      epoch: 1,
      endOffset: 7,
    });
  });

  it('tells which epoch wrote an offset, drops epochs past a truncation and replaces empty ones', () => {
    expect([0, 9, 10, 24, 25, 30].map((o) => epochAt(cache, o))).toEqual([0, 0, 2, 2, 5, 5]);
    expect(truncateEpochs(cache, 25)).toEqual(cache.slice(0, 2));
    expect(truncateEpochs(cache, 30)).toBe(cache);
    // An epoch that began where a later one begins held no record: the later one replaces it.
    expect(assignEpoch(cache, 6, 25)).toEqual([...cache.slice(0, 2), { epoch: 6, startOffset: 25 }]);
  });
});

/** Two brokers, RF 2, acks=1, unclean elections allowed: the follower stops, then the leader; the follower
 * comes back first and leads with what it had. One reader, who keeps up. */
function unclean(
  policy: AutoOffsetReset,
  script: (leader: number, follower: number) => [number, Command][],
  untilMs = 40_000,
) {
  const scenario: Scenario = {
    seed: 7,
    brokers: 2,
    broker: { uncleanLeaderElectionEnable: true, minInsyncReplicas: 1 },
    topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, acks: 1 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        autoOffsetReset: policy,
        autoCommitIntervalMs: 1000,
        heartbeatIntervalMs: 1000,
        sessionTimeoutMs: 6000,
        members: [{ id: 'ana', recordsPerSec: 20 }],
      },
    ],
  };
  const sim = createSimulation(scenario);
  const leader = sim.snapshot().topics[0]!.partitions[0]!.leader!;
  const follower = 3 - leader;
  for (const [t, command] of script(leader, follower).sort((a, b) => a[0] - b[0])) {
    sim.advanceTo(t);
    sim.apply(command);
  }
  sim.advanceTo(untilMs);
  return sim;
}

const stop = (broker: number): Command => ({ type: 'stopBroker', broker });
const start = (broker: number): Command => ({ type: 'startBroker', broker });
const failures = (l: number, f: number): [number, Command][] => [
  [2000, stop(f)],
  [14_000, stop(l)],
  [24_000, start(f)],
];

describe('offset validation after an unclean election (KIP-320)', () => {
  it.each(['earliest', 'latest'] as const)(
    'with %s, a reader past the new log end goes on from the first offset known to diverge',
    (policy) => {
      const sim = unclean(policy, failures);
      const [cut] = eventsOf(sim, 'logTruncated');
      const found = eventsOf(sim, 'truncationDetected');
      expect(found).toHaveLength(1);
      expect(found[0]!.toOffset).toBe(cut!.toOffset);
      expect(found[0]!.fromOffset).toBeGreaterThan(cut!.toOffset);
      expect(eventsOf(sim, 'offsetReset').filter((e) => e.timeMs > 0 && e.fromOffset !== null)).toEqual([]);
      const after = eventsOf(sim, 'fetched').filter((e) => e.timeMs >= found[0]!.timeMs);
      expect(after[0]!.fromOffset).toBe(cut!.toOffset);
      const s = sim.snapshot();
      expect(s.groups[0]!.duplicates).toBe(0);
      // The bookmark follows at the next commit.
      expect(s.groups[0]!.offsets[0]!.committed).toBeLessThanOrEqual(
        s.topics[0]!.partitions[0]!.highWatermark,
      );
      expect(s.groups[0]!.offsets[0]!.committed).toBeGreaterThan(cut!.toOffset);
    },
  );

  it('moves back also when the new leader has written past the position meanwhile (asleep during it)', () => {
    const sim = unclean('earliest', (l, f) => [
      ...failures(l, f),
      [14_500, { type: 'sleep', group: 'class', member: 'ana' }],
      [34_000, { type: 'wake', group: 'class', member: 'ana' }],
    ]);
    const [cut] = eventsOf(sim, 'logTruncated');
    const [found] = eventsOf(sim, 'truncationDetected');
    expect(found!.timeMs).toBeGreaterThanOrEqual(34_000);
    // By then the new leader had written past Ana's old position: the old check would have kept it there.
    const end = sim.snapshot().topics[0]!.partitions[0]!.logEndOffset;
    expect(end).toBeGreaterThan(found!.fromOffset);
    expect(found!.toOffset).toBe(cut!.toOffset);
    expect(sim.snapshot().groups[0]!.duplicates).toBe(0);
  });

  it('validates a committed offset too: a reader restarted after the election starts at the divergence', () => {
    const sim = unclean('earliest', (l, f) => [
      [1000, { type: 'setMemberRate', group: 'class', member: 'ana', recordsPerSec: 20 }],
      ...failures(l, f).slice(0, 2),
      [14_000, { type: 'crash', group: 'class', member: 'ana' }],
      [24_000, start(f)],
      [30_000, { type: 'wake', group: 'class', member: 'ana' }],
    ]);
    const [cut] = eventsOf(sim, 'logTruncated');
    const found = eventsOf(sim, 'truncationDetected');
    expect(found).toHaveLength(1);
    expect(found[0]!.timeMs).toBeGreaterThan(30_000);
    expect(found[0]!.toOffset).toBe(cut!.toOffset);
    expect(eventsOf(sim, 'offsetReset').filter((e) => e.fromOffset !== null)).toEqual([]);
  });

  it('shows the lag kafka-consumer-groups.sh prints while the committed offset sits past the new log end: negative', () => {
    // ConsumerGroupCommand's getLag is LOG-END-OFFSET - CURRENT-OFFSET with no floor; validation moves a
    // member's position, not its group's committed offset, so until the next commit the bookmark is past the end.
    const replay = unclean(
      'earliest',
      (l, f) => [
        [1000, { type: 'setMemberRate', group: 'class', member: 'ana', recordsPerSec: 20 }],
        ...failures(l, f).slice(0, 2),
        [14_000, { type: 'crash', group: 'class', member: 'ana' }],
        [24_000, start(f)],
      ],
      24_500,
    );
    const s = replay.snapshot();
    const hw = s.topics[0]!.partitions[0]!.highWatermark;
    const o = s.groups[0]!.offsets[0]!;
    expect(eventsOf(replay, 'logTruncated')).toHaveLength(1);
    expect(o.committed).toBeGreaterThan(hw);
    expect(o.lag).toBe(hw - o.committed!);
    expect(o.lag).toBeLessThan(0);
    expect(s.groups[0]!.totalLag).toBe(o.lag);
  });

  it('changes nothing after a clean failover: no truncation, no validation event', () => {
    const sim = unclean('earliest', (l, f) => [
      [5000, stop(l)],
      [6000, start(l)],
      [10_000, stop(f)],
    ]);
    expect(eventsOf(sim, 'truncationDetected')).toEqual([]);
    expect(sim.snapshot().groups[0]!.duplicates).toBe(0);
  });
});

describe('property: offset validation', () => {
  it('after any unclean election a reader never re-reads below the divergence point, nor past the high watermark', () => {
    fc.assert(
      fc.property(
        fc.record({
          seed: fc.integer({ min: 0, max: 1000 }),
          rate: fc.integer({ min: 1, max: 30 }),
          readRate: fc.integer({ min: 1, max: 60 }),
          policy: fc.constantFrom<AutoOffsetReset>('earliest', 'latest'),
          followerStop: fc.integer({ min: 500, max: 8000 }),
          leaderStop: fc.integer({ min: 500, max: 15_000 }),
          followerStart: fc.integer({ min: 0, max: 12_000 }),
          sleep: fc.option(
            fc.tuple(fc.integer({ min: 100, max: 30_000 }), fc.integer({ min: 1, max: 15_000 })),
            {
              nil: undefined,
            },
          ),
        }),
        (x) => {
          const sim = createSimulation({
            seed: x.seed,
            brokers: 2,
            broker: { uncleanLeaderElectionEnable: true, minInsyncReplicas: 1 },
            topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }],
            producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: x.rate, acks: 1 }],
            groups: [
              {
                id: 'class',
                topics: ['notes'],
                autoOffsetReset: x.policy,
                members: [{ id: 'ana', recordsPerSec: x.readRate }],
              },
            ],
          });
          const leader = sim.snapshot().topics[0]!.partitions[0]!.leader!;
          const script: [number, Command][] = [
            [x.followerStop, stop(3 - leader)],
            [x.followerStop + x.leaderStop, stop(leader)],
            [x.followerStop + x.leaderStop + x.followerStart, start(3 - leader)],
          ];
          if (x.sleep) {
            script.push([x.sleep[0], { type: 'sleep', group: 'class', member: 'ana' }]);
            script.push([x.sleep[0] + x.sleep[1], { type: 'wake', group: 'class', member: 'ana' }]);
          }
          script.sort((a, b) => a[0] - b[0]);
          const hwNow = () => sim.snapshot({ recentRecords: 0 }).topics[0]!.partitions[0]!.highWatermark;
          for (let t = 250; t <= 45_000; t += 250) {
            // The high watermark only grows, except at a truncation: a read in this slice came before the
            // cut (below the first) or after it (below the last).
            let hw = hwNow();
            const before = sim.snapshot({ recentRecords: 0 }).eventCount;
            for (const [at, command] of script.filter(([at]) => at > t - 250 && at <= t)) {
              sim.advanceTo(at);
              sim.apply(command);
            }
            sim.advanceTo(t);
            hw = Math.max(hw, hwNow());
            for (const e of sim.events(before))
              if (e.type === 'fetched') expect(e.toOffset).toBeLessThanOrEqual(hw);
          }
          const cuts = eventsOf(sim, 'logTruncated');
          for (const found of eventsOf(sim, 'truncationDetected')) {
            const cut = cuts.filter((c) => c.timeMs <= found.timeMs).at(-1)!;
            expect(found.toOffset).toBe(cut.toOffset);
            expect(found.fromOffset).toBeGreaterThan(found.toOffset);
          }
          // One reader, never replaced: nothing she reads after a truncation is a page she read before it.
          expect(sim.snapshot().groups[0]!.duplicates).toBe(0);
        },
      ),
      { numRuns: 30 },
    );
  }, 120_000);
});
