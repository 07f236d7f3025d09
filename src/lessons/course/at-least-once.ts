import { groupIn, happened, owns } from '../conditions';
import type { Lesson } from '../lesson';

/**
 * Where duplicates come from, as Kafka's Java client has it (enable.auto.commit=true): a crash commits nothing
 * and says nothing, so the next owner starts at the last commit and reads again what was processed since; a
 * clean close() commits first (ConsumerCoordinator.close -> maybeAutoCommitOffsetsSync), so nothing is read
 * twice, but records returned by poll and not yet processed are committed past and never read.
 */
export const atLeastOnce: Lesson = {
  id: 'at-least-once',
  title: 'At least once',
  summary:
    'A student collapses mid-batch: whoever takes his shelf reads some notes again. One who says goodbye first reads nothing twice, but the notes in her hands go unread.',
  scenarioId: 'at-least-once',
  steps: [
    {
      title: 'Bookmarks every five seconds',
      caption: 'Ana and Ben each read a shelf. They move their bookmarks only every five seconds.',
      term: 'auto.commit.interval.ms',
      notes:
        'Auto-commit commits, at a poll, the positions of everything returned by earlier polls, at most every 5 s here. Between two commits, the bookmark lags behind what the student has really read.',
      highlight: [{ kind: 'group', group: 'class' }],
      until: { kind: 'elapsed', ms: 9000 },
      expect: [owns('class', 'ana', [0]), owns('class', 'ben', [1]), groupIn('class', 'Stable', 1)],
    },
    {
      title: 'Ben collapses',
      caption:
        'Ben collapses in the middle of his notes, without a word: his bookmark stays where it was, and nobody is told.',
      term: 'session.timeout.ms',
      commands: [{ type: 'crash', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'member', group: 'class', member: 'ben' }],
      notes:
        'A crashed process sends nothing: no commit, no LeaveGroup. The group still counts Ben as a member who owns his partition, so its lag grows, until the coordinator has gone session.timeout.ms without a heartbeat (6 s here; Kafka’s default is 45 s). Only then does it evict him and rebalance.',
      question: {
        prompt: 'What happens to Ben’s shelf right away?',
        choices: [
          'Ana takes it at once',
          'Its notes are thrown away',
          'Nothing yet: the group still thinks Ben has it',
        ],
        answer: 2,
        explanation:
          'Nobody told the group anything. It waits until Ben has been silent for the whole session timeout, then gives his shelf away.',
      },
      until: { kind: 'event', type: 'memberLeft', member: 'ben' },
      maxMs: 20000,
      expect: [
        happened('memberLeft', { member: 'ben' }),
        owns('class', 'ana', [0, 1]),
        groupIn('class', 'Stable', 2),
      ],
    },
    {
      title: 'Read twice',
      caption: 'Ana takes Ben’s shelf from his old bookmark and reads again the notes he had read after it.',
      term: 'at-least-once delivery',
      words: 'kafka',
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'The new owner starts at the group’s committed offset. Everything Ben processed after his last commit is processed again: nothing is lost, some work is done twice. The inspector counts the duplicates.',
      question: {
        prompt: 'Where does Ana start reading Ben’s shelf?',
        choices: [
          'At the group’s bookmark, behind where Ben had got to',
          'Exactly where Ben stopped',
          'At the newest note',
        ],
        answer: 0,
        explanation:
          'Ben’s reading position died with him. The bookmark, the last commit, is all the group knows.',
      },
      until: { kind: 'elapsed', ms: 8000 },
      expect: [{ kind: 'count', group: 'class', of: 'duplicates', atLeast: 1 }, owns('class', 'ana', [0, 1])],
    },
    {
      title: 'Ben is back, as a newcomer',
      caption:
        'Ben comes round and joins again. For the group he is a new student: the shelves are shared out again.',
      term: 'member.id',
      commands: [{ type: 'wake', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'A restarted consumer is a new member with a new member id (ben-2 in Kafka’s words). Had he come back before the session timeout, the dead ben-1 would still be in the group, and the rebalance would wait for its eviction. Ana first finishes the notes in her hands, then rejoins: the eager rebalance waits for her.',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        happened('partitionsAssigned', { member: 'ben' }),
        owns('class', 'ana', [0]),
        owns('class', 'ben', [1]),
        groupIn('class', 'Stable', 3),
      ],
    },
    {
      title: 'Ana says goodbye',
      caption:
        'Ana goes home properly: before leaving she moves her bookmark past all the notes she was handed, read or not, and says goodbye.',
      term: 'KafkaConsumer.close()',
      commands: [{ type: 'removeMember', group: 'class', member: 'ana' }],
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'With auto-commit, close() commits the positions of everything poll returned, then sends LeaveGroup, so the group rebalances at once. Nothing is read twice. But records returned by her last poll and not yet processed are committed past: no one will ever read them (the KafkaConsumer javadoc warns of this). The inspector counts them as skipped on close.',
      question: {
        prompt: 'Does Ben read any of Ana’s notes twice?',
        choices: [
          'Yes, from her old bookmark',
          'No, but the notes she had in her hands are never read',
          'No, and nothing is missed',
        ],
        answer: 1,
        explanation:
          'Her bookmark went past the notes in her hands. Ben starts there: no notes twice, but those are skipped.',
      },
      until: { kind: 'event', type: 'partitionsAssigned', member: 'ben' },
      maxMs: 20000,
      expect: [
        { kind: 'count', group: 'class', of: 'skippedOnClose', atLeast: 1 },
        owns('class', 'ben', [0, 1]),
        groupIn('class', 'Stable', 4),
      ],
    },
    {
      title: 'When to move the bookmark',
      caption:
        'Auto-commit moves the bookmark on its own clock: a crash reads notes twice, a goodbye can skip the notes in hand.',
      term: 'enable.auto.commit',
      words: 'kafka',
      highlight: [{ kind: 'group', group: 'class' }],
      notes:
        'With enable.auto.commit=false and commitSync() after processing each batch, a crash re-reads at most the batch in progress, and a clean close() commits only what was processed, so nothing in hand is skipped: at-least-once. Committing before processing gives at-most-once: a crash loses the batch. Exactly-once needs transactions, which this simulator does not model.',
      until: { kind: 'elapsed', ms: 4000 },
      expect: [owns('class', 'ben', [0, 1]), groupIn('class', 'Stable', 4)],
    },
  ],
};
