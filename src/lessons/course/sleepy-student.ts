import { groupIn, happened, is, lag, logStart, noDuplicates, not, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const sleepyStudent: Lesson = {
  id: 'sleepy-student',
  title: 'The sleepy student',
  summary: 'He falls asleep, the backlog grows, nothing is lost; he wakes and carries on where he stopped.',
  scenarioId: 'sleepy-student',
  steps: [
    {
      title: 'Ben keeps up',
      caption: 'Ben reads three notes a second; the teacher says one. His backlog stays close to zero.',
      term: 'consumer lag',
      notes:
        'The backlog is the gap between the newest page on the shelf and Ben’s bookmark. Kafka calls it lag.',
      highlight: [{ kind: 'member', group: 'class', member: 'ben' }],
      until: { kind: 'elapsed', ms: 6000 },
      expect: [lag('class', { atMost: 3 }), is('class', 'ben', 'processing'), owns('class', 'ben', [0])],
    },
    {
      title: 'Ben falls asleep',
      caption: 'Ben falls asleep. The teacher goes on speaking, and the notes pile up on the shelf.',
      notes:
        'Asleep means his program stops polling while its heartbeat thread keeps running. Within max.poll.interval.ms (five minutes by default) he keeps his shelf, so nobody else reads it.',
      commands: [{ type: 'sleep', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'member', group: 'class', member: 'ben' }],
      question: {
        prompt: 'While Ben sleeps, what happens to the notes the teacher says?',
        choices: ['They are lost', 'The teacher has to stop', 'They wait on the shelf'],
        answer: 2,
        explanation: 'The machine keeps every note whether or not anyone reads it. Nobody blocks.',
      },
      until: { kind: 'elapsed', ms: 10000 },
      expect: [
        is('class', 'ben', 'asleep'),
        owns('class', 'ben', [0]),
        groupIn('class', 'Stable', 1),
        lag('class', { atLeast: 8 }),
      ],
    },
    {
      title: 'The backlog, in numbers',
      caption:
        'His bookmark stays put while the log end runs ahead: lag = log end offset − committed offset.',
      term: 'lag',
      notes:
        'Open the study group in the inspector: the table is what kafka-consumer-groups.sh or a management UI shows: log end offset, group offset, lag.',
      words: 'kafka',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        is('class', 'ben', 'asleep'),
        not(happened('committed', { member: 'ben' })),
        lag('class', { atLeast: 12 }),
      ],
    },
    {
      title: 'Ben wakes up',
      caption: 'Ben wakes up and carries on from where he stopped. His backlog shrinks as he catches up.',
      notes:
        'He still owns his shelf, so he continues from his position, right after the notes he had in hand. Had he slept past max.poll.interval.ms, his heartbeat thread would have sent LeaveGroup; on waking he would rejoin, get the shelf as a new owner and restart from the bookmark, reading again what he had read but not committed.',
      words: 'classroom',
      commands: [{ type: 'wake', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'member', group: 'class', member: 'ben' }],
      question: {
        prompt: 'Where will Ben start reading when he wakes?',
        choices: [
          'Where he stopped, right after the notes he had in hand',
          'Back at his bookmark, the last page he committed',
          'At the newest note',
        ],
        answer: 0,
        explanation:
          'He still owns his shelf, so his consumer carries on from its position, which it keeps in memory. The bookmark (committed offset) matters when someone takes the shelf over: a new owner, or Ben himself after losing it.',
      },
      until: { kind: 'lag', group: 'class', member: 'ben', atMost: 2 },
      maxMs: 30000,
      expect: [
        happened('memberWoke', { member: 'ben' }),
        owns('class', 'ben', [0]),
        not(happened('rebalanceStarted')),
        noDuplicates('class'),
        lag('class', { atMost: 2 }),
      ],
    },
    {
      title: 'Nothing was lost',
      caption:
        'Every note was read once and in order. Records stay until retention removes them, not until they are read.',
      notes:
        'Compare with a message queue that deletes a message when it is consumed: here the log is the truth and readers keep their own place.',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        noDuplicates('class'),
        logStart('notes', 0, { atMost: 0 }),
        lag('class', { atMost: 3 }),
        groupIn('class', 'Stable', 1),
      ],
    },
  ],
};
