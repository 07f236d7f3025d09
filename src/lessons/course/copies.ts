import { copies, groupIn, happened, highWatermark, is, lag, logEnd, producerCount } from '../conditions';
import type { Lesson } from '../lesson';

/**
 * Copies and the high watermark, as Kafka has them (checked in Kafka's source):
 * - the leader takes every write and followers fetch from it; the high watermark is the smallest log end
 *   offset among the in-sync replicas (Partition.maybeIncrementLeaderHW), and consumers fetch below it only
 *   (Partition's lastFetchableOffset for read_uncommitted);
 * - acks=all is answered once the high watermark passes the record (Partition.checkEnoughReplicasReachOffset),
 *   so a follower that stopped fetching but is still in the ISR holds back reads and acknowledgements;
 * - it leaves the ISR when its broker's session with the controller ends (broker.session.timeout.ms, 9 s:
 *   ReplicationControlManager.handleBrokerFenced) or after replica.lag.time.max.ms (30 s,
 *   Partition.maybeShrinkIsr), whichever comes first; it rejoins once caught up (Partition.maybeExpandIsr).
 * The ISR never drops below min.insync.replicas (2) here, so Kafka 4.1's eligible leader replicas (KIP-966:
 * the high watermark held while the ISR is too small) change nothing in this lesson.
 */
export const copiesLesson: Lesson = {
  id: 'copies',
  title: 'Copies in every room',
  summary:
    'The machine stands in three rooms, its shelf copied in each: the teacher writes on the leader copy, the others follow, and students read only what every copy in step holds.',
  scenarioId: 'copies',
  steps: [
    {
      title: 'Three rooms, three copies',
      caption:
        'The note-taking machine now stands in three rooms, and its shelf has a copy in each: every note is kept three times.',
      term: 'broker, replication factor',
      words: 'classroom',
      notes:
        'Each room is a broker: one Kafka server. The topic was created with replication factor 3, so the partition has a replica on three brokers. One machine breaking no longer means losing the shelf. Point at the three rooms and the same pages on each copy.',
      highlight: [{ kind: 'topic', topic: 'notes' }],
      until: { kind: 'elapsed', ms: 4500 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        logEnd('notes', 0, { atLeast: 4, atMost: 4 }),
        highWatermark('notes', 0, { atLeast: 4, atMost: 4 }),
        groupIn('class', 'Stable', 1),
      ],
    },
    {
      title: 'The leader copy',
      caption:
        'The teacher writes each note on one copy only, the original, in room 2. The copies in rooms 1 and 3 follow it: they copy every new note from it.',
      term: 'leader, follower',
      notes:
        'Every partition has one leader replica, here on broker 2; producers write to it and consumers read from it. The followers, on brokers 1 and 3, fetch from the leader the way a consumer does, a few milliseconds behind. Which broker leads is decided when the topic is created: the first replica in its list, the preferred leader.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      question: {
        prompt: 'Where does the teacher’s next note go first?',
        choices: [
          'Into all three copies at once',
          'Into the original, in room 2',
          'Into the copy in the nearest room',
        ],
        answer: 1,
        explanation:
          'Only the original takes notes. The other copies copy from it, so every copy ends up with the same pages in the same order.',
      },
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        logEnd('notes', 0, { atLeast: 8, atMost: 8 }),
        highWatermark('notes', 0, { atLeast: 8, atMost: 8 }),
      ],
    },
    {
      title: 'The high watermark',
      caption:
        'Ana reads a note only once every copy in step holds it, and only then does the teacher hear “kept”. That line, readable up to, is the high watermark.',
      term: 'high watermark, acks=all',
      words: 'kafka',
      notes:
        'The high watermark is the smallest log end offset among the in-sync replicas. Consumers fetch below it only, and lag is counted from it. With acks=all, Kafka’s default since 3.0, the producer’s request is answered when the high watermark passes its record. Here the followers copy within milliseconds, so the high watermark is right behind the leader’s log end.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        highWatermark('notes', 0, { atLeast: 12, atMost: 12 }),
        producerCount('teacher', 'acknowledged', { atLeast: 12, atMost: 12 }),
        lag('class', { atMost: 2 }),
      ],
    },
    {
      title: 'Room 3 stops copying',
      caption:
        'The machine in room 3 breaks. The readable line stops where room 3’s copy stopped: the original holds one note no one may read yet, and the teacher holds back the rest until that one is kept.',
      term: 'in-sync replicas (ISR)',
      words: 'classroom',
      commands: [{ type: 'stopBroker', broker: 3 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'Broker 3 crashed, but nobody has noticed yet: it is still in the ISR, the list of in-sync replicas, and the high watermark cannot pass its log end. The leader appended the one produce request it had read and parks it in purgatory (DelayedProduce) until the high watermark passes it; a broker reads one request per connection at a time (SocketServer mutes the connection until it answers), so the producer’s later batches wait in the producer. Consumers see nothing new. Point at the gap between the leader’s last page and the high watermark, and at the teacher’s waiting notes.',
      question: {
        prompt: 'Room 3 breaks but stays on the list of copies in step for now. What can Ana read?',
        choices: [
          'Every note on the original',
          'Nothing: the shelf is closed',
          'Up to the readable line, now stuck',
        ],
        answer: 2,
        explanation:
          'A note counts as kept only when every copy in step holds it. Room 3 holds nothing new, so the line stays put and Ana waits at it.',
      },
      until: { kind: 'elapsed', ms: 6000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        highWatermark('notes', 0, { atLeast: 12, atMost: 12 }),
        logEnd('notes', 0, { atLeast: 13, atMost: 13 }),
        producerCount('teacher', 'acknowledged', { atLeast: 12, atMost: 12 }),
        producerCount('teacher', 'waiting', { atLeast: 5, atMost: 5 }),
        is('class', 'ana', 'waiting'),
      ],
    },
    {
      title: 'Out of step',
      caption:
        'Room 3 has been silent too long: its copy is taken off the list of copies in step. Two copies are enough here: the waiting note is kept, the teacher hands over the notes she held back, and Ana reads on.',
      term: 'ISR shrink, min.insync.replicas',
      notes:
        'The controller fences broker 3 once it has had no heartbeat for broker.session.timeout.ms (9 s) and removes it from every ISR; a live follower that falls behind leaves after replica.lag.time.max.ms (30 s). The ISR is now brokers 1 and 2: the high watermark is their smallest log end, and acks=all is answered again, since 2 copies meet min.insync.replicas = 2. With that answer the leader reads the producer’s next request: every batch it held back arrives at once.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'event', type: 'isrChanged' },
      maxMs: 15000,
      expect: [
        happened('isrChanged'),
        copies('notes', 0, { leader: 2, isr: [1, 2] }),
        highWatermark('notes', 0, { atLeast: 13, atMost: 13 }),
        logEnd('notes', 0, { atLeast: 21, atMost: 21 }),
        producerCount('teacher', 'acknowledged', { atLeast: 13, atMost: 13 }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        is('class', 'ana', 'processing'),
        producerCount('teacher', 'failed', { atMost: 0 }),
      ],
    },
    {
      title: 'Room 3 catches up',
      caption:
        'Room 3’s machine is repaired. Its copy fetches every note it missed from the original and is back in step: three copies again.',
      term: 'ISR expand',
      commands: [{ type: 'startBroker', broker: 3 }],
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      notes:
        'A restarted follower fetches from the leader until its log end reaches the high watermark, then the leader adds it back to the ISR. Nothing the class read or the teacher was told changes: the repaired copy only catches up.',
      // Long enough for the stage to show the catch-up (its fetch is 10 ms after the repair, the picture
      // gives its pages a trip of about a second) before the step pauses.
      until: { kind: 'elapsed', ms: 2500 },
      expect: [
        happened('brokerStarted'),
        happened('isrChanged'),
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
      ],
    },
    {
      title: 'Kept means copied',
      caption:
        'A note is kept once every copy in step holds it: only then is it read, and only then does the teacher hear “kept”.',
      term: 'committed record',
      words: 'kafka',
      notes:
        'Kafka calls a record below the high watermark committed: it survives as long as one in-sync replica survives. Next lesson: what happens when the leader itself breaks.',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        copies('notes', 0, { leader: 2, isr: [1, 2, 3] }),
        producerCount('teacher', 'lostAcknowledged', { atMost: 0 }),
        producerCount('teacher', 'waiting', { atMost: 0 }),
        highWatermark('notes', 0, { atLeast: 25 }),
      ],
    },
  ],
};
