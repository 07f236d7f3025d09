import { copies, happened, highWatermark, is, producerCount } from '../conditions';
import type { Lesson } from '../lesson';

/**
 * Replication factor = min.insync.replicas, as Kafka has it (checked in Kafka's source, and on a real
 * three-broker KRaft cluster by the Kafka suite's replication-not-enough case):
 * - a controlled shutdown takes the broker out of the ISR at once; with fewer in-sync replicas than
 *   min.insync.replicas the leader refuses acks=all writes (NOT_ENOUGH_REPLICAS,
 *   Partition.appendRecordsToLeader), and the producer retries them;
 * - a record still unsent after delivery.timeout.ms fails (Sender's expiry of batches,
 *   RecordAccumulator.expiredBatches). Kafka expires a retried batch whole, so every note sent during the
 *   outage may fail at once; the lesson claims only that notes fail, which holds either way;
 * - nothing is appended while writes are refused, so the high watermark stays put under the classic rule and
 *   under Kafka 4.1's eligible leader replicas (KIP-966) alike.
 */
export const noSpareCopy: Lesson = {
  id: 'no-spare-copy',
  title: 'No spare copy',
  summary:
    'Every copy is required (replication factor = min.insync.replicas): one machine down for repairs stops every note.',
  scenarioId: 'no-spare-copy',
  steps: [
    {
      title: 'Every copy required',
      caption:
        'Three rooms, three copies, and this shelf demands all three in step before a note counts as kept. It sounds extra safe.',
      term: 'min.insync.replicas = replication factor',
      words: 'classroom',
      notes:
        'The topic has replication factor 3 and min.insync.replicas 3. It looks like the safest choice: every acknowledged record is on every broker. Ask the class what happens when one broker goes down for a routine upgrade.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 5500 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1, 2, 3] }),
        producerCount('teacher', 'acknowledged', { atLeast: 5, atMost: 5 }),
      ],
    },
    {
      title: 'One machine off for repairs',
      caption:
        'Room 3’s machine is switched off for repairs. Two copies are in step, fewer than three: the original refuses every new note, and the teacher waits.',
      term: 'NOT_ENOUGH_REPLICAS',
      commands: [{ type: 'stopBroker', broker: 3, clean: true }],
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'A controlled shutdown: broker 3 leaves the ISR at once. The ISR has two replicas, min.insync.replicas is 3, so the leader refuses every acks=all write with NOT_ENOUGH_REPLICAS and the producer keeps retrying. Consumers still read everything acknowledged before, then wait: nothing new arrives.',
      question: {
        prompt: 'Room 3’s machine, one of three, goes off for repairs. What happens to the teacher’s notes?',
        choices: [
          'They are written on the two copies left',
          'None is kept until the machine is back',
          'Half of them are kept',
        ],
        answer: 1,
        explanation:
          'The shelf demands three copies in step, and only two are left. One machine down is enough to stop every note: requiring every copy leaves no room for a single failure.',
      },
      until: { kind: 'elapsed', ms: 8000 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1, 2] }),
        producerCount('teacher', 'waiting', { atLeast: 7 }),
        producerCount('teacher', 'acknowledged', { atLeast: 5, atMost: 5 }),
        highWatermark('notes', 0, { atLeast: 5, atMost: 5 }),
        is('class', 'ana', 'waiting'),
      ],
    },
    {
      title: 'The teacher gives up',
      caption:
        'The teacher does not wait forever: once a note has waited 30 seconds, she gives up on it. It is never kept.',
      term: 'delivery.timeout.ms',
      words: 'kafka',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      notes:
        'After delivery.timeout.ms (30 s here, the shortest Kafka accepts with its default request.timeout.ms; 120 s by default) the producer fails the record: send()’s callback gets a TimeoutException and the application must decide what to do. Kafka fails a whole retried batch at once, so in a real cluster every note sent during the outage fails together.',
      until: { kind: 'event', type: 'recordsExpired' },
      maxMs: 40000,
      expect: [
        happened('recordsExpired'),
        producerCount('teacher', 'failed', { atLeast: 1 }),
        producerCount('teacher', 'acknowledged', { atLeast: 5, atMost: 5 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
      ],
    },
    {
      title: 'Back in step',
      caption:
        'Room 3 is repaired and catches up: three copies in step again, and the teacher’s notes that still wait go in.',
      term: 'ISR expand',
      words: 'classroom',
      commands: [{ type: 'startBroker', broker: 3 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'With three in-sync replicas again, the leader accepts writes. The lesson of this class: min.insync.replicas must be smaller than the replication factor, or any single broker’s maintenance stops producers. Replication factor 3 with min.insync.replicas 2 tolerates one broker down, as the earlier lesson showed.',
      until: { kind: 'elapsed', ms: 3000 },
      expect: [
        copies('notes', 0, { leader: 1, isr: [1, 2, 3] }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
      ],
    },
  ],
};
