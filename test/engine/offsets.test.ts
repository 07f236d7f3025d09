/**
 * Rule 4, offsets: position and committed offset kept apart; auto-commit every autoCommitIntervalMs of what
 * earlier polls returned; lag = log end offset - committed; a new owner resumes from the committed offset;
 * auto.offset.reset when nothing is committed or the committed offset fell below the log start
 * (semantics.md §3).
 */
import { describe, expect, it } from 'vitest';

import { createSimulation } from '../../src/engine';
import { eventsOf, groupOf, memberOf, offsetOf } from './helpers';

describe('position and committed offset', () => {
  // One note every 100 ms (offset k-1 at k*100 ms); ana reads each one as it arrives and takes 10 ms over it.
  // No initial delay, so she owns notes-0 from t=0. Auto-commit runs in the first poll at or after each
  // 2000 ms mark: at t=2000 the poll that finds offset 19 first commits her position, 19.
  const sim = createSimulation({
    seed: 1,
    broker: { groupInitialRebalanceDelayMs: 0 },
    topics: [{ name: 'notes', partitions: 1 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        autoOffsetReset: 'earliest',
        autoCommitIntervalMs: 2000,
        members: [{ id: 'ana', recordsPerSec: 100 }],
      },
    ],
  });

  it('nothing is committed before the first auto-commit at 2000', () => {
    sim.advanceTo(1999);
    const snap = sim.snapshot();
    expect(offsetOf(snap, 'class', 'notes', 0).committed).toBeNull();
    expect(memberOf(snap, 'class', 'ana').positions).toEqual([{ topic: 'notes', partition: 0, offset: 19 }]);
  });

  it('at 2050 the position (20) is ahead of the committed offset (19); lag = 20 - 19 = 1', () => {
    sim.advanceTo(2050);
    const snap = sim.snapshot();
    expect(memberOf(snap, 'class', 'ana').positions).toEqual([{ topic: 'notes', partition: 0, offset: 20 }]);
    expect(offsetOf(snap, 'class', 'notes', 0)).toMatchObject({ committed: 19, lag: 1, logEndOffset: 20 });
  });

  it('the committed offset stays put between commits: at 3950 it is still 19, lag 39 - 19 = 20', () => {
    sim.advanceTo(3950);
    expect(offsetOf(sim.snapshot(), 'class', 'notes', 0)).toMatchObject({ committed: 19, lag: 20 });
  });

  it('auto-commits come every 2000 ms: 19 @2000, 39 @4000, 59 @6000, 79 @8000', () => {
    sim.advanceTo(9000);
    expect(eventsOf(sim, 'committed').map((e) => [e.timeMs, e.offsets[0]!.offset])).toEqual([
      [2000, 19],
      [4000, 39],
      [6000, 59],
      [8000, 79],
    ]);
  });
});

describe('lag = log end offset - committed offset', () => {
  it('a slow reader (1 note/s, 3 per poll) against 10 notes/s: committed 7, position 10, processed 9, lag 93 at 10 s', () => {
    // Polls: t=100 takes offset 0 (the only one); t=1100 takes 1-3; t=4100 takes 4-6; t=7100 commits its
    // position 7 (first poll after 5000) and takes 7-9, done at 8100, 9100, 10100.
    const sim = createSimulation({
      seed: 1,
      broker: { groupInitialRebalanceDelayMs: 0 },
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          autoOffsetReset: 'earliest',
          maxPollRecords: 3,
          members: [{ id: 'ana', recordsPerSec: 1 }],
        },
      ],
    });
    sim.advanceTo(10_000);
    const snap = sim.snapshot();
    expect(offsetOf(snap, 'class', 'notes', 0)).toMatchObject({ committed: 7, logEndOffset: 100, lag: 93 });
    expect(memberOf(snap, 'class', 'ana').positions).toEqual([{ topic: 'notes', partition: 0, offset: 10 }]);
    expect(memberOf(snap, 'class', 'ana').processed).toBe(9);
    expect(groupOf(snap, 'class').totalLag).toBe(93);
  });
});

describe('auto.offset.reset with nothing committed', () => {
  // A group created at 10050, while 100 notes (offsets 0-99) are already there. Its first assignment comes
  // after the initial delay, at 13050, when the log end offset is 130.
  const sim = createSimulation({
    seed: 1,
    topics: [{ name: 'notes', partitions: 1 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [],
  });
  sim.advanceTo(10_050);
  sim.apply({
    type: 'addGroup',
    group: {
      id: 'early',
      topics: ['notes'],
      autoOffsetReset: 'earliest',
      members: [{ id: 'ana', recordsPerSec: 1000 }],
    },
  });
  sim.apply({
    type: 'addGroup',
    group: {
      id: 'late',
      topics: ['notes'],
      autoOffsetReset: 'latest',
      members: [{ id: 'ben', recordsPerSec: 1000 }],
    },
  });
  sim.advanceTo(14_050);

  it('earliest starts at the log start offset 0; latest at the log end offset 130', () => {
    expect(
      eventsOf(sim, 'offsetReset').map((e) => [
        e.timeMs,
        e.group,
        e.fromOffset,
        e.toOffset,
        e.policy,
        e.skipped,
      ]),
    ).toEqual([
      [13_050, 'early', null, 0, 'earliest', 0],
      [13_050, 'late', null, 130, 'latest', 0],
    ]);
  });

  it('the latest group never sees the notes that were there before it: it processed 140 - 130 = 10 by 14050', () => {
    const snap = sim.snapshot();
    expect(memberOf(snap, 'late', 'ben').processed).toBe(10);
    expect(memberOf(snap, 'early', 'ana').processed).toBe(140);
    expect(groupOf(snap, 'late').skippedByRetention).toBe(0);
  });
});

describe('a new owner resumes from the committed offset', () => {
  it('work done but not committed is done again: duplicates and the fetched event\'s "again"', () => {
    // ana reads alone from t=0 (no initial delay) and auto-commits every 1000 ms: 9 @1000, 19 @2000. She
    // processed offsets 0-20 by 2110 (offset 20 arrives at 2100). Crashing at 2150 she commits nothing more;
    // her session (6000 ms from her last heartbeat at 2000) ends at 8000. ben, added at 3050, waits in the
    // join until then, and restarts from 19: offsets 19 and 20 are processed again.
    const sim = createSimulation({
      seed: 1,
      broker: { groupInitialRebalanceDelayMs: 0 },
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          autoOffsetReset: 'earliest',
          autoCommitIntervalMs: 1000,
          sessionTimeoutMs: 6000,
          heartbeatIntervalMs: 1000,
          members: [{ id: 'ana', recordsPerSec: 100 }],
        },
      ],
    });
    sim.advanceTo(2150);
    expect(memberOf(sim.snapshot(), 'class', 'ana').processed).toBe(21);
    sim.apply({ type: 'crash', group: 'class', member: 'ana' });
    expect(offsetOf(sim.snapshot(), 'class', 'notes', 0).committed).toBe(19);
    sim.advanceTo(3050);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 1000 } });
    sim.advanceTo(8100);
    const benFetch = eventsOf(sim, 'fetched').find((e) => e.member === 'ben')!;
    expect([benFetch.timeMs, benFetch.fromOffset, benFetch.toOffset, benFetch.again]).toEqual([
      8000, 19, 80, 2,
    ]);
    expect(groupOf(sim.snapshot(), 'class').duplicates).toBe(2);
  });
});

describe('the committed offset fell below the log start (retention)', () => {
  // Segments of 5 notes (segmentBytes 500); segment i holds offsets 5i..5i+4, newest timestamp 500(i+1).
  // retention.ms 3000, checked every 1000 ms: at t=20000 segments with 500(i+1) < 17000, i.e. 0..32, are
  // gone and the log start offset is 165. ana read until 2050 and committed 19, then crashed (so that
  // commit stays the group's); ben comes at 20000.
  const scenario = (policy: 'earliest' | 'latest') => ({
    seed: 1,
    broker: { logRetentionCheckIntervalMs: 1000, groupInitialRebalanceDelayMs: 0 },
    topics: [{ name: 'notes', partitions: 1, retentionMs: 3000, segmentBytes: 500 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        autoOffsetReset: policy,
        autoCommitIntervalMs: 1000,
        sessionTimeoutMs: 6000,
        heartbeatIntervalMs: 1000,
        members: [{ id: 'ana', recordsPerSec: 100 }],
      },
    ],
  });
  const run = (policy: 'earliest' | 'latest') => {
    const sim = createSimulation(scenario(policy));
    sim.advanceTo(2050);
    sim.apply({ type: 'crash', group: 'class', member: 'ana' });
    sim.advanceTo(20_000);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'ben', recordsPerSec: 1000 } });
    return sim;
  };

  it('earliest: jumps from 19 to the log start 165 and counts the 146 notes never seen', () => {
    const sim = run('earliest');
    const snap = sim.snapshot();
    expect(snap.topics[0]!.partitions[0]!.logStartOffset).toBe(165);
    const reset = eventsOf(sim, 'offsetReset').at(-1)!;
    expect([
      reset.member,
      reset.fromOffset,
      reset.toOffset,
      reset.policy,
      reset.skipped,
      reset.deleted,
    ]).toEqual(['ben', 19, 165, 'earliest', 146, 146]);
    expect(groupOf(snap, 'class').skippedByRetention).toBe(146);
    expect(eventsOf(sim, 'fetched').at(-1)!.fromOffset).toBe(165);
  });

  it('latest: jumps from 19 to the log end offset 200; only the 146 retention deleted count as skipped by it', () => {
    const sim = run('latest');
    const reset = eventsOf(sim, 'offsetReset').at(-1)!;
    expect([reset.fromOffset, reset.toOffset, reset.policy, reset.skipped, reset.deleted]).toEqual([
      19,
      200,
      'latest',
      181,
      146,
    ]);
    expect(groupOf(sim.snapshot(), 'class').skippedByRetention).toBe(146);
  });
});

describe('a slow reader overtaken by retention', () => {
  it('its position falls below the log start: reset to earliest, and the notes it never saw are counted', () => {
    // ana reads 1 note/s, 5 per poll; 10 notes/s arrive; segments of 5, retention.ms 3000, checked every
    // 1000 ms, so the log start is 25 after the check at 6000 and 75 after the one at 11000 (segment i goes
    // when T - 500(i+1) > 3000). Polls: 100 (offset 0), 1100 (1-5), 6100: position 6 < 25, jump to 25
    // (19 skipped), 11100: position 30 < 75, jump to 75 (45 skipped).
    const sim = createSimulation({
      seed: 1,
      broker: { logRetentionCheckIntervalMs: 1000, groupInitialRebalanceDelayMs: 0 },
      topics: [{ name: 'notes', partitions: 1, retentionMs: 3000, segmentBytes: 500 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          autoOffsetReset: 'earliest',
          maxPollRecords: 5,
          members: [{ id: 'ana', recordsPerSec: 1 }],
        },
      ],
    });
    sim.advanceTo(11_200);
    expect(
      eventsOf(sim, 'offsetReset')
        .slice(1)
        .map((e) => [e.timeMs, e.fromOffset, e.toOffset, e.skipped]),
    ).toEqual([
      [6100, 6, 25, 19],
      [11_100, 30, 75, 45],
    ]);
    const snap = sim.snapshot();
    expect(groupOf(snap, 'class').skippedByRetention).toBe(64);
    // Nothing is lost silently: 11 processed (0-5, 25-29) + 64 skipped = 75, where she reads now.
    expect(memberOf(snap, 'class', 'ana').processed).toBe(11);
    expect(memberOf(snap, 'class', 'ana').positions[0]!.offset).toBe(80);
  });
});
