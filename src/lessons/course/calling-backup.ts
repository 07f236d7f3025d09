import { groupIn, happened, is, lag, not, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const callingBackup: Lesson = {
  id: 'calling-backup',
  title: 'Calling in backup',
  summary:
    'The translator is overwhelmed: the group grows, shelves are dealt out, the backlog falls; one too many sits idle.',
  scenarioId: 'calling-backup',
  steps: [
    {
      title: 'Pablo is overwhelmed',
      caption: 'Four notes a second arrive on four shelves. Pablo can translate one and a half.',
      notes: 'One consumer owns all four partitions. Lag grows by about 2.5 records a second.',
      highlight: [{ kind: 'member', group: 'translators', member: 'pablo' }],
      until: { kind: 'elapsed', ms: 8000 },
      expect: [owns('translators', 'pablo', [0, 1, 2, 3]), lag('translators', { atLeast: 10 })],
    },
    {
      title: 'Marta joins',
      caption: 'Marta joins Pablo’s study group. Everyone stops while the shelves are shared out again.',
      term: 'consumer group, rebalance',
      notes:
        'A new member sends JoinGroup; the coordinator starts a rebalance. With the default eager protocol each member, at its next poll, commits, gives up all its partitions and rejoins; then each gets a new share. Nobody reads until the new shares arrive, and a member still finishing its batch holds everyone up.',
      commands: [{ type: 'addMember', group: 'translators', member: { id: 'marta', recordsPerSec: 1.5 } }],
      highlight: [{ kind: 'group', group: 'translators' }],
      question: {
        prompt: 'Will Marta and Pablo both read every shelf?',
        choices: [
          'Yes, both read everything',
          'Marta only reads new notes',
          'No, each shelf goes to exactly one of them',
        ],
        answer: 2,
        explanation:
          'Within a group, a partition is read by one member at a time. That is how a group shares work.',
      },
      until: { kind: 'event', type: 'partitionsAssigned', member: 'marta' },
      maxMs: 20000,
      expect: [
        happened('rebalanceStarted', { group: 'translators' }),
        happened('partitionsRevoked', { member: 'pablo' }),
        groupIn('translators', 'Stable', 2),
        owns('translators', 'marta', [0, 1]),
        owns('translators', 'pablo', [2, 3]),
      ],
    },
    {
      title: 'Two readers, two shelves each',
      caption: 'Pablo and Marta now read two shelves each, each from the group’s bookmark on that shelf.',
      term: 'partition assignment',
      notes:
        'The range assignor gives each member a contiguous block of partitions. Every owner starts at the committed offset: under the eager protocol even Pablo, who keeps shelves 2 and 3, gave up his in-memory positions when he gave up his shelves.',
      words: 'kafka',
      until: { kind: 'elapsed', ms: 6000 },
      expect: [
        owns('translators', 'marta', [0, 1]),
        owns('translators', 'pablo', [2, 3]),
        groupIn('translators', 'Stable', 2),
        not(happened('rebalanceStarted')),
      ],
    },
    {
      title: 'More backup',
      caption: 'Nico and Olga join too. Four students, four shelves: one each.',
      commands: [
        { type: 'addMember', group: 'translators', member: { id: 'nico', recordsPerSec: 1.5 } },
        { type: 'addMember', group: 'translators', member: { id: 'olga', recordsPerSec: 1.5 } },
      ],
      words: 'classroom',
      highlight: [{ kind: 'group', group: 'translators' }],
      notes: 'Together they read six notes a second against four arriving.',
      until: { kind: 'event', type: 'partitionsAssigned', member: 'olga' },
      maxMs: 20000,
      expect: [
        groupIn('translators', 'Stable', 3),
        owns('translators', 'marta', [0]),
        owns('translators', 'nico', [1]),
        owns('translators', 'olga', [2]),
        owns('translators', 'pablo', [3]),
      ],
    },
    {
      title: 'Catching up together',
      caption: 'With four readers the backlog falls steadily.',
      highlight: [{ kind: 'group', group: 'translators' }],
      notes: 'Show the lag chart: it turns down after the last rebalance.',
      until: { kind: 'lag', group: 'translators', atMost: 8 },
      maxMs: 90000,
      expect: [
        lag('translators', { atMost: 8 }),
        groupIn('translators', 'Stable', 3),
        not(happened('rebalanceStarted')),
      ],
    },
    {
      title: 'One too many',
      caption: 'Pia joins as well, but there is no shelf left for her: she sits idle.',
      term: 'partitions are the unit of parallelism',
      highlight: [{ kind: 'group', group: 'translators' }],
      notes:
        'A group can have at most as many busy members as the topic has partitions. Extra members wait as hot spares, ready to take over when someone leaves (at once, on its LeaveGroup) or crashes (once its session times out).',
      commands: [{ type: 'addMember', group: 'translators', member: { id: 'pia', recordsPerSec: 1.5 } }],
      question: {
        prompt: 'Four shelves, five students. How many students read?',
        choices: ['Five', 'Four', 'One'],
        answer: 1,
        explanation: 'Each partition goes to one member of the group, so the fifth member gets nothing.',
      },
      until: { kind: 'event', type: 'partitionsAssigned', member: 'pia' },
      maxMs: 20000,
      expect: [
        is('translators', 'pia', 'idle'),
        owns('translators', 'pia', []),
        groupIn('translators', 'Stable', 4),
        owns('translators', 'marta', [0]),
        owns('translators', 'nico', [1]),
        owns('translators', 'olga', [2]),
        owns('translators', 'pablo', [3]),
      ],
    },
  ],
};
