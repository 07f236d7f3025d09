/**
 * The Kafka suite's claims about offset validation and idempotence, on hand-made facts (no broker): where
 * the logs diverge, where a student's reading went back to, and which notes a log holds twice.
 */
import { describe, expect, it } from 'vitest';
import type { ClassFacts, ProducedRecord } from '../../kafka/harness/facts';
import { valuesWrittenTwice, writtenTwice } from '../../kafka/harness/idempotence-claims';
import {
  divergencePoint,
  firstJumpBack,
  negativeLagAtCut,
  resumesAtDivergence,
} from '../../kafka/harness/validation-claims';

const produced = (seq: number, offset: number): ProducedRecord => ({
  producer: 'teacher',
  topic: 'notes',
  key: null,
  seq,
  partition: 0,
  offset,
});

/** Notes 0-5 at offsets 0-5; an unclean election cut at 3; notes 6-7 then took offsets 3-4. */
function facts(readFrom: number[]): ClassFacts {
  return {
    produced: [0, 1, 2, 3, 4, 5].map((s) => produced(s, s)).concat([produced(6, 3), produced(7, 4)]),
    processed: {},
    firstRead: {},
    skipped: {},
    generations: [],
    revoked: [],
    samples: [{ t: 0, logStart: {}, logEnd: {}, committed: { class: { 'notes-0': 5 } } }],
    logs: {
      'notes-0': [
        [0, 'math', '0'],
        [1, 'math', '1'],
        [2, 'math', '0'],
        [3, 'art', '0'],
        [4, 'art', '1'],
      ],
    },
    replication: {
      samples: [],
      producers: {},
      reads: readFrom.map((from, i) => ({
        t: i,
        group: 'class',
        where: 'notes-0',
        fromOffset: from,
        toOffset: from + 1,
      })),
    },
  };
}

describe('offset validation claims', () => {
  it('find the first offset written twice and the offset reading went back to', () => {
    const f = facts([0, 1, 2, 3, 4, 5, 3, 4]);
    expect(divergencePoint(f, 'notes-0')).toBe(3);
    expect(firstJumpBack(f, 'class', 'notes-0')).toBe(3);
    expect(firstJumpBack(facts([0, 1, 2]), 'class', 'notes-0')).toBeNull();
  });

  it('agree when both go on at the divergence point; a reset to earliest fails Kafka’s half', () => {
    const claim = resumesAtDivergence('class', 'notes-0', 'goes on at the divergence');
    expect(claim.check(facts([4, 5, 3, 4]), facts([0, 5, 3, 4])).agree).toBe(true);
    const reset = claim.check(facts([4, 5, 3]), facts([4, 5, 0, 1, 2]));
    expect(reset.agree).toBe(false);
    expect(reset.kafka).toContain('went on from 0 (divergence at 3)');
  });

  it('take a restarted student’s committed offset when it is below the divergence point', () => {
    const claim = resumesAtDivergence('class', 'notes-0', 'restarted', 0);
    const low = facts([0, 1, 2, 2]);
    low.samples[0]!.committed.class!['notes-0'] = 2;
    expect(claim.check(low, low)).toMatchObject({
      agree: true,
      kafka: 'went on from 2 (committed 2, divergence at 3)',
    });
  });
});

describe('the lag at the cut', () => {
  it('is the first offset written twice minus the committed offset: negative past it on both plays', () => {
    const claim = negativeLagAtCut('class', 'notes-0', 'negative lag', 0);
    // Committed 5, the log cut at 3: kafka-consumer-groups.sh prints LAG 3 - 5 = -2.
    expect(claim.check(facts([]), facts([]))).toMatchObject({
      agree: true,
      simulator: 'lag -2',
      kafka: 'lag -2',
    });
    // A committed offset below the cut is not past the end: no negative lag, and the claim fails.
    const behind = facts([]);
    behind.samples[0]!.committed.class!['notes-0'] = 2;
    expect(claim.check(facts([]), behind)).toMatchObject({ agree: false, kafka: 'lag 1' });
    expect(claim.check(behind, facts([]))).toMatchObject({ agree: false, simulator: 'lag 1' });
  });

  it('reads the committed offset last seen by then: a look that found no coordinator, or a later look, is passed over', () => {
    const claim = negativeLagAtCut('class', 'notes-0', 'negative lag', 16_000);
    // Kafka's looks while brokers are down: committed 5 at 8.9 s, none at 15.4 s (no coordinator answered),
    // then 3 at 23 s, after the election (the student went back and committed the cut).
    const kafka = facts([]);
    kafka.samples = [
      { t: 8900, logStart: {}, logEnd: {}, committed: { class: { 'notes-0': 5 } } },
      { t: 15_400, logStart: {}, logEnd: {}, committed: {} },
      { t: 23_100, logStart: {}, logEnd: {}, committed: { class: { 'notes-0': 3 } } },
    ];
    expect(claim.check(facts([]), kafka)).toMatchObject({ agree: true, kafka: 'lag -2' });
    // Nothing seen by then is nothing committed, not a later look's offset.
    kafka.samples.shift();
    expect(claim.check(facts([]), kafka)).toMatchObject({ agree: false, kafka: 'nothing committed' });
  });
});

describe('idempotence claims', () => {
  it('count the notes of one producer, told apart by its key, that a log holds twice', () => {
    const f = facts([]);
    expect(valuesWrittenTwice(f, 'notes-0', 'math')).toEqual({ twice: 1, records: 3 });
    expect(valuesWrittenTwice(f, 'notes-0', 'art')).toEqual({ twice: 0, records: 2 });
    expect(writtenTwice('helper', 'math', 'notes-0', 'some', 'twice').check(f, f).agree).toBe(true);
    expect(writtenTwice('teacher', 'math', 'notes-0', 'none', 'once').check(f, f).agree).toBe(false);
  });
});
