import { groupIn, happened, is, lag, logEnd, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const teacherTooFast: Lesson = {
  id: 'teacher-too-fast',
  title: 'The teacher is too fast',
  summary: 'The teacher outpaces the student: the backlog grows, but nobody blocks. Pull, not push.',
  scenarioId: 'teacher-too-fast',
  steps: [
    {
      title: 'Three notes a second',
      caption: 'The teacher says three notes a second. Ana can read only one.',
      notes: 'Point at the two rates: the teacher’s under her board, Ana’s at her desk.',
      highlight: [
        { kind: 'producer', id: 'teacher' },
        { kind: 'member', group: 'class', member: 'ana' },
      ],
      until: { kind: 'elapsed', ms: 6000 },
      expect: [
        logEnd('notes', 0, { atLeast: 18, atMost: 18 }),
        is('class', 'ana', 'processing'),
        owns('class', 'ana', [0]),
      ],
    },
    {
      title: 'The backlog grows',
      caption: 'The backlog grows by about two notes every second, but the teacher never has to wait.',
      term: 'lag, back-pressure',
      highlight: [{ kind: 'member', group: 'class', member: 'ana' }],
      notes:
        'The broker accepts records whatever the consumers do: there is no back-pressure from consumers to producers. Lag grows by (produce rate − consume rate).',
      words: 'kafka',
      question: {
        prompt: 'Does the teacher have to slow down for Ana?',
        choices: [
          'Yes, she waits for Ana',
          'Notes Ana cannot read are dropped',
          'No, the machine keeps the notes',
        ],
        answer: 2,
        explanation:
          'Producers and consumers are decoupled: the log absorbs the difference, for as long as retention allows.',
      },
      until: { kind: 'elapsed', ms: 10000 },
      expect: [lag('class', { atLeast: 15 }), logEnd('notes', 0, { atLeast: 48 })],
    },
    {
      title: 'The teacher slows down',
      caption: 'Now the teacher speaks slowly. Ana reads at her own pace and the backlog shrinks.',
      notes:
        'Ana is pulling: she fetches as soon as she is ready, so any spare reading speed goes into catching up.',
      words: 'classroom',
      commands: [{ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 0.2 }],
      until: { kind: 'lag', group: 'class', atMost: 3 },
      maxMs: 60000,
      expect: [happened('producerRateChanged'), lag('class', { atMost: 3 })],
    },
    {
      title: 'Pull, not push',
      caption:
        'Each student decides how fast to read. That is why a slow reader never slows the teacher down.',
      term: 'pull-based consumption',
      notes:
        'Kafka consumers poll the broker. A push system would have to slow the producer down, or drop messages, when a reader falls behind.',
      words: 'kafka',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [lag('class', { atMost: 3 }), groupIn('class', 'Stable', 1)],
    },
  ],
};
