import { groupIn, happened, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const atLeastOnce: Lesson = {
  id: 'at-least-once',
  title: 'At least once',
  summary:
    'A student leaves mid-batch before marking his bookmark; whoever takes his shelf reads those notes again.',
  scenarioId: 'at-least-once',
  steps: [
    {
      title: 'Bookmarks every five seconds',
      caption: 'Ana and Ben each read a shelf. They move their bookmarks only every five seconds.',
      term: 'auto.commit.interval.ms',
      notes:
        'Auto-commit commits, at a poll, the positions of everything returned by earlier polls, at most every 5 s here.',
      highlight: [{ kind: 'group', group: 'class' }],
      until: { kind: 'elapsed', ms: 9000 },
      expect: [owns('class', 'ana', [0]), owns('class', 'ben', [1]), groupIn('class', 'Stable', 1)],
    },
    {
      title: 'Ben leaves mid-batch',
      caption: 'Ben leaves in the middle of his notes, before marking his bookmark.',
      commands: [{ type: 'removeMember', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'His process stops and sends LeaveGroup, but commits nothing: the notes he read since his last commit are not recorded anywhere.',
      question: {
        prompt: 'Who reads Ben’s unmarked notes now?',
        choices: ['Nobody: they are lost', 'Ana, once more', 'Ben, when he comes back'],
        answer: 1,
        explanation:
          'Ana takes over his shelf and starts at the group’s bookmark, which is behind where Ben was.',
      },
      until: { kind: 'event', type: 'partitionsAssigned', member: 'ana' },
      maxMs: 20000,
      expect: [
        happened('memberLeft', { member: 'ben' }),
        owns('class', 'ana', [0, 1]),
        groupIn('class', 'Stable', 2),
      ],
    },
    {
      title: 'Read twice',
      caption: 'Ana starts Ben’s shelf at his old bookmark and reads some notes a second time.',
      term: 'at-least-once delivery',
      words: 'kafka',
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'Commit after processing gives at-least-once: nothing is lost, but work done and not committed is done again. Commit before processing would give at-most-once. The inspector counts the duplicates.',
      until: { kind: 'elapsed', ms: 8000 },
      expect: [{ kind: 'count', group: 'class', of: 'duplicates', atLeast: 1 }],
    },
  ],
};
