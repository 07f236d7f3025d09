import {
  committed,
  copies,
  happened,
  highWatermark,
  logEnd,
  noDuplicates,
  producerCount,
} from '../conditions';
import type { Lesson } from '../lesson';

/**
 * acks=1 and an unclean leader election, as Kafka has them (checked in Kafka's source, and on a real
 * three-broker KRaft cluster by the Kafka suite's replication-unclean case, which loses 32 acknowledged
 * records where the simulator loses 33, the leader running alone for 8 s):
 * - acks=1 is answered once the leader has appended (Partition.appendRecordsToLeader, requiredAcks 1);
 * - with min.insync.replicas 1 the leader alone is enough, so it keeps answering with its followers out of
 *   the ISR, and the ISR never drops below min.insync.replicas (KIP-966's held high watermark changes
 *   nothing here);
 * - with no live in-sync replica the partition is offline; with unclean.leader.election.enable the
 *   controller elects the first live replica instead (PartitionChangeBuilder.electAnyLeader), and every
 *   other replica truncates to it (leader epochs), so records only the old leader held are gone.
 */
export const riskyShortcut: Lesson = {
  id: 'risky-shortcut',
  title: 'The risky shortcut',
  summary:
    'The teacher stops waiting for copies (acks=1) and the class lets an out-of-date copy lead: notes the machine called “kept” are lost.',
  scenarioId: 'risky-shortcut',
  steps: [
    {
      title: 'Answered at once',
      caption:
        'Two rooms, two copies; the original is in room 1. The teacher no longer waits for the copies: she hears “kept” as soon as the original has her note.',
      term: 'acks=1',
      words: 'classroom',
      notes:
        'acks=1: the leader answers as soon as it has appended the record, before any follower has copied it. It is faster, and safe only as long as the leader does not fail before its followers copy. This topic also has min.insync.replicas = 1, and the broker allows unclean leader elections: three shortcuts at once.',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      until: { kind: 'elapsed', ms: 4500 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1, 2] }),
        producerCount('teacher', 'acknowledged', { atLeast: 4, atMost: 4 }),
      ],
    },
    {
      title: 'Room 2 breaks',
      caption:
        'The machine in room 2 breaks and its copy is soon taken off the list in step. The original alone keeps the shelf, and still says “kept” to every note.',
      term: 'min.insync.replicas = 1',
      commands: [{ type: 'stopBroker', broker: 2 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'Broker 2 crashed; the controller fences it after broker.session.timeout.ms (9 s) and the ISR shrinks to the leader alone. With min.insync.replicas = 1, one in-sync replica is enough, so writes go on. Since acks=1 never waited for the follower anyway, the teacher noticed nothing.',
      until: { kind: 'event', type: 'isrChanged' },
      maxMs: 15000,
      expect: [
        copies('notes', 0, { leader: 1, isr: [1] }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        logEnd('notes', 0, { atLeast: 13 }),
      ],
    },
    {
      title: 'One copy only',
      caption: 'Every new note now lives on room 1’s copy alone, and the machine calls each of them “kept”.',
      term: 'under-replicated partition',
      words: 'kafka',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'The partition is under-replicated: fewer in-sync replicas than replicas. kafka-topics.sh --describe --under-replicated-partitions lists it, and in production an alert should fire. Every record written since broker 2 stopped exists on broker 1 only.',
      until: { kind: 'elapsed', ms: 6000 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1] }),
        producerCount('teacher', 'acknowledged', { atLeast: 19, atMost: 19 }),
        highWatermark('notes', 0, { atLeast: 19, atMost: 19 }),
      ],
    },
    {
      title: 'The last copy breaks',
      caption:
        'Room 1’s machine breaks too. No copy in step is left: the shelf is offline, nobody can write or read it, and the teacher waits.',
      term: 'offline partition',
      words: 'classroom',
      commands: [{ type: 'stopBroker', broker: 1 }],
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'Once broker 1 is fenced, the controller finds no live replica in the ISR: the partition has no leader (kafka-topics.sh shows leader none). With unclean leader elections off, Kafka’s default, it stays offline until broker 1 returns, and nothing is lost, only delayed.',
      // Room 1 is fenced 9 s in (broker.session.timeout.ms) and the controller finds no leader; the step runs
      // on 0.9 s so its last frame shows the original's mark faded out (viz/replicas.ts LEADER_MOVE_MS).
      until: { kind: 'elapsed', ms: 9900 },
      expect: [
        happened('leaderElected'),
        copies('notes', 0, { leader: null }),
        producerCount('teacher', 'waiting', { atLeast: 5 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
      ],
    },
    {
      title: 'An out-of-date copy leads',
      caption:
        'Room 2 is repaired first, with its old copy. An unclean election makes that copy the original: the notes only room 1 had are gone.',
      term: 'unclean.leader.election.enable',
      commands: [{ type: 'startBroker', broker: 2 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'With unclean.leader.election.enable=true the controller elects a live replica that is not in the ISR. Its log ends where broker 2 stopped copying; everything after that, acknowledged to the producer, is no longer in the partition, and new records take the same offsets. The producer’s lostAcknowledged counts them.',
      question: {
        prompt: 'Room 2’s copy lacks the last 15 notes. What happens to them?',
        choices: [
          'Room 2 copies them later',
          'The teacher sends them again',
          'Lost, though she heard “kept”',
        ],
        answer: 2,
        explanation:
          'Room 1 is still broken, and when it returns it must agree with the new original: it throws its extra notes away. The teacher was told they were kept, so she never sends them again.',
      },
      until: { kind: 'elapsed', ms: 3000 },
      expect: [
        happened('logTruncated'),
        // Ana's position 19 is past the new log end: she validates it and reads on from 4 (step 6 says so).
        happened('truncationDetected', { member: 'ana' }),
        copies('notes', 0, { leader: 2, isr: [2] }),
        producerCount('teacher', 'lostAcknowledged', { atLeast: 15, atMost: 15 }),
      ],
    },
    {
      title: 'Room 1 agrees',
      caption:
        'Room 1 is repaired. Its copy throws away the notes the new original never had and copies the new ones: both copies agree, and the 15 notes are lost for good. Ana went on from page 4, the first page that changed: she read no page twice.',
      term: 'log truncation',
      commands: [{ type: 'startBroker', broker: 1 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'A returning replica asks the leader where its epoch ended and truncates its log there before fetching (leader epochs, KIP-101), so the replicas agree again. A consumer does the same check on a new leader epoch (KIP-320): asked with OffsetsForLeaderEpoch, the new leader said Ana’s epoch ended at offset 4, below her position 19, so her consumer moved to 4, the first offset known to diverge, rather than to auto.offset.reset (earliest would have read 0-3 again); her next commit moved the committed offset there too. Safe settings avoid all this: acks=all, min.insync.replicas 2 with replication factor 3, and unclean leader elections off (the default).',
      // Long enough for the stage to show the truncation and the catch-up before the step pauses.
      until: { kind: 'elapsed', ms: 2500 },
      expect: [
        happened('isrChanged'),
        copies('notes', 0, { leader: 2, isr: [1, 2] }),
        producerCount('teacher', 'lostAcknowledged', { atLeast: 15, atMost: 15 }),
        noDuplicates('class'),
        // Her commits went on from page 4 (7 at the ISR change, 13 when the step pauses 2.5 s in).
        committed('class', 0, { atLeast: 13, atMost: 13 }),
      ],
    },
  ],
};
