import { copies, happened, highWatermark, is, producerCount } from '../conditions';
import type { Lesson } from '../lesson';

/**
 * Failover with acks=all and min.insync.replicas 2 of replication factor 3, as Kafka has it (checked in
 * Kafka's source):
 * - a crashed broker is noticed when its session with the controller ends (broker.session.timeout.ms, 9 s);
 *   until then its partitions' leader cannot be reached, and the producer keeps its records and retries;
 * - the controller then elects the first replica in assignment order that is alive and in the ISR
 *   (PartitionChangeBuilder.electLeader), which holds every record below the high watermark, so nothing
 *   acknowledged with acks=all is lost;
 * - a controlled shutdown (a clean stop) moves leaderships at once and leaves the ISR;
 * - with fewer in-sync replicas than min.insync.replicas the leader refuses acks=all writes
 *   (NOT_ENOUGH_REPLICAS, Partition.appendRecordsToLeader) and the producer retries until delivery.timeout.ms
 *   (120 s by default), so the teacher waits; nothing is appended meanwhile, so the high watermark stays put
 *   under the classic rule and under Kafka 4.1's eligible leader replicas (KIP-966) alike;
 * - repaired brokers catch up and rejoin the ISR (Partition.maybeExpandIsr); the preferred leader leads again
 *   only at the next imbalance check (leader.imbalance.check.interval.seconds, 300 s), after this lesson.
 */
export const machineBreaks: Lesson = {
  id: 'machine-breaks',
  title: 'A machine breaks',
  summary:
    'The leader’s machine breaks and a copy takes over: nothing the machine called “kept” is lost. With too few copies left, she waits.',
  scenarioId: 'machine-breaks',
  steps: [
    {
      title: 'Three copies, two needed',
      caption:
        'Three rooms, three copies of the shelf; the original is in room 1. The teacher waits for every copy in step, and at least two must be in step.',
      term: 'acks=all, min.insync.replicas',
      words: 'classroom',
      notes:
        'The teacher’s producer uses acks=all (the default since Kafka 3.0): a record is acknowledged once every in-sync replica has it. The topic sets min.insync.replicas = 2: with fewer than two replicas in sync, the leader refuses acks=all writes. Replication factor 3 with min.insync.replicas 2 is the usual production setting: one broker may be down and writes go on.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 6500 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1, 2, 3] }),
        producerCount('teacher', 'acknowledged', { atLeast: 6, atMost: 6 }),
        highWatermark('notes', 0, { atLeast: 6, atMost: 6 }),
      ],
    },
    {
      title: 'The leader’s machine breaks',
      caption:
        'The machine in room 1, with the original, breaks. Nobody can write on the shelf or read it: the teacher keeps her new notes and waits.',
      term: 'broker failure',
      commands: [{ type: 'stopBroker', broker: 1 }],
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'Broker 1 crashed. Until the controller notices (broker.session.timeout.ms, 9 s here and by default), the partition’s leader is unreachable: produce requests fail and the producer keeps its records, retrying after retry.backoff.ms. Consumers get nothing new. Point at the teacher’s waiting notes.',
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        copies('notes', 0, { leader: 1 }),
        producerCount('teacher', 'waiting', { atLeast: 5 }),
        producerCount('teacher', 'acknowledged', { atLeast: 6, atMost: 6 }),
        is('class', 'ana', 'waiting'),
      ],
    },
    {
      title: 'A copy takes over',
      caption:
        'The controller gives up on room 1 and makes the copy in room 3 the leader. It holds every note the machine called “kept”.',
      term: 'leader election',
      words: 'kafka',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'Once broker 1’s session has expired, the controller fences it and elects the first replica in the assignment that is alive and in the ISR: broker 3. Every in-sync replica holds every record below the high watermark, which is exactly what acks=all acknowledged, so the new leader has all of it.',
      question: {
        prompt: 'Which of the teacher’s notes survive room 1’s breakdown?',
        choices: [
          'Every note called “kept”',
          'Only the notes Ana has already read',
          'None: the leader copy is gone',
        ],
        answer: 0,
        explanation:
          '“Kept” meant every copy in step had the note, so the copy that takes over has it too. Notes still waiting with the teacher were never kept: she sends them again.',
      },
      // The controller fences room 1 and elects room 3 4 s in (broker.session.timeout.ms, 9 s after the
      // crash, 5 s of which passed in step 2); the step runs on 0.9 s so its last frame shows the leader's mark
      // arrived on room 3's row (viz/replicas.ts LEADER_MOVE_MS), before the teacher's retries land (1.2 s).
      until: { kind: 'elapsed', ms: 4900 },
      expect: [
        happened('leaderElected'),
        happened('brokerFenced'),
        copies('notes', 0, { leader: 3, isr: [2, 3] }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
      ],
    },
    {
      title: 'The waiting notes go in',
      caption:
        'The teacher sends her waiting notes to room 3’s copy, now the original. Two copies are in step, enough: each is kept and Ana reads on.',
      term: 'retries',
      words: 'classroom',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'The producer learns the new leader from its metadata and retries its records there. Idempotence (on by default) makes sure a retried record is written once. The ISR is brokers 2 and 3: two replicas, which meets min.insync.replicas.',
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        copies('notes', 0, { leader: 3, isr: [2, 3] }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
        producerCount('teacher', 'acknowledged', { atLeast: 20 }),
      ],
    },
    {
      title: 'Too few copies',
      caption:
        'Room 3’s machine is switched off for repairs. Only room 2’s copy is left in step, fewer than two: the original refuses new notes and the teacher waits.',
      term: 'NOT_ENOUGH_REPLICAS',
      commands: [{ type: 'stopBroker', broker: 3, clean: true }],
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'A clean stop is a controlled shutdown: broker 3 hands its leadership to broker 2 first and leaves the ISR at once. With one in-sync replica and min.insync.replicas = 2, the leader answers acks=all writes with NOT_ENOUGH_REPLICAS; the producer retries until delivery.timeout.ms (120 s by default). Ana still reads everything that was kept, then waits.',
      question: {
        prompt:
          'Room 3 goes off for repairs: one copy is left in step. What happens to the teacher’s new notes?',
        choices: [
          'The original writes them and says “kept”',
          'It refuses them: the teacher keeps them and retries',
          'They are thrown away',
        ],
        answer: 1,
        explanation:
          'With fewer copies in step than min.insync.replicas, the original will not take a note it could not keep safely. The teacher waits with her notes until enough copies are back.',
      },
      until: { kind: 'elapsed', ms: 6000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [2] }),
        producerCount('teacher', 'waiting', { atLeast: 5 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
        is('class', 'ana', 'waiting'),
      ],
    },
    {
      title: 'Repaired',
      caption:
        'Rooms 1 and 3 are repaired. Their copies catch up from the original in room 2 and are in step again: three copies.',
      term: 'ISR expand',
      commands: [
        { type: 'startBroker', broker: 1 },
        { type: 'startBroker', broker: 3 },
      ],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'Repaired brokers fetch what they missed from the leader and rejoin the ISR. Broker 2 keeps leading: Kafka moves leadership back to the preferred replica (broker 1) only at its next imbalance check, every 300 s by default.',
      // Long enough for the stage to show both copies catching up before the step pauses.
      until: { kind: 'elapsed', ms: 2500 },
      expect: [happened('isrChanged'), copies('notes', 0, { leader: 2, isr: [1, 2, 3] })],
    },
    {
      title: 'Nothing kept was lost',
      caption:
        'The teacher’s waiting notes go in. Two breakdowns, and not one note the machine called “kept” was lost, and none failed.',
      term: 'durability',
      words: 'kafka',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'acks=all with min.insync.replicas 2 of replication factor 3 survives any single broker failure without losing an acknowledged record; with two down, writes stop rather than risk it. The price is waiting. Next lesson: the shortcuts that trade this safety for speed.',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
        producerCount('teacher', 'failed', { atMost: 0 }),
      ],
    },
  ],
};
