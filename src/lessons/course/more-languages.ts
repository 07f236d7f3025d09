import type { GroupSpec } from '../../engine';
import { happened, is, lag, logStart, owns } from '../conditions';
import type { Lesson } from '../lesson';
import { CLASSROOM_TIMERS } from '../presets';

const newGroup = (id: string, member: string, autoOffsetReset: 'earliest' | 'latest'): GroupSpec => ({
  id,
  topics: ['notes'],
  autoOffsetReset,
  ...CLASSROOM_TIMERS,
  members: [{ id: member, recordsPerSec: 4 }],
});

export const moreLanguages: Lesson = {
  id: 'more-languages',
  title: 'More languages',
  summary:
    'New study groups join later; one reads from the beginning, one from now; each keeps its own bookmarks.',
  scenarioId: 'more-languages',
  steps: [
    {
      title: 'The English group',
      caption: 'Emma’s English study group has been reading along from the start.',
      notes: 'One consumer group so far, with its own committed offsets on both partitions.',
      highlight: [{ kind: 'group', group: 'english' }],
      until: { kind: 'elapsed', ms: 12000 },
      expect: [
        lag('english', { atMost: 3 }),
        owns('english', 'emma', [0, 1]),
        logStart('notes', 0, { atMost: 0 }),
        logStart('notes', 1, { atMost: 0 }),
      ],
    },
    {
      title: 'French, from the beginning',
      caption: 'A French group arrives late but starts at page 0: every note is still on the shelves.',
      term: 'auto.offset.reset = earliest',
      notes:
        'A new group has no committed offsets. auto.offset.reset decides where it starts: earliest = the log start offset. This group is set to earliest; Kafka’s default is latest, as the next step shows. This is how Kafka replays history for a new application.',
      commands: [{ type: 'addGroup', group: newGroup('french', 'louis', 'earliest') }],
      highlight: [{ kind: 'group', group: 'french' }],
      question: {
        prompt: 'Which notes will the French group read?',
        choices: [
          'Only the notes said from now on',
          'All of them, from the first',
          'Only the notes English has not read yet',
        ],
        answer: 1,
        explanation:
          'It is set to auto.offset.reset = earliest, and reading never removes notes, so it starts from the oldest note still kept.',
      },
      until: { kind: 'lag', group: 'french', atMost: 3 },
      maxMs: 60000,
      expect: [
        happened('offsetReset', { group: 'french' }),
        lag('french', { atMost: 3 }),
        logStart('notes', 0, { atMost: 0 }),
        logStart('notes', 1, { atMost: 0 }),
      ],
    },
    {
      title: 'German, from now',
      caption: 'A German group starts from now instead: it skips what was said before it arrived.',
      term: 'auto.offset.reset = latest',
      notes:
        'latest = the log end offset when the new member looks up where to start (strictly the high watermark: the same here, with one copy of each shelf). It is Kafka’s default.',
      commands: [{ type: 'addGroup', group: newGroup('german', 'greta', 'latest') }],
      highlight: [{ kind: 'group', group: 'german' }],
      until: { kind: 'elapsed', ms: 8000 },
      expect: [
        happened('offsetReset', { group: 'german' }),
        lag('german', { atMost: 3 }),
        lag('english', { atMost: 3 }),
        lag('french', { atMost: 3 }),
      ],
    },
    {
      title: 'Each group, its own bookmarks',
      caption: 'Emma falls asleep. Only the English bookmarks stop; French and German read on.',
      term: 'independent consumer groups',
      notes:
        'Offsets are committed per group: groups never affect each other, and each reads every record from where it started.',
      words: 'kafka',
      commands: [{ type: 'sleep', group: 'english', member: 'emma' }],
      until: { kind: 'elapsed', ms: 8000 },
      expect: [
        is('english', 'emma', 'asleep'),
        lag('english', { atLeast: 8 }),
        lag('french', { atMost: 3 }),
        lag('german', { atMost: 3 }),
      ],
    },
  ],
};
