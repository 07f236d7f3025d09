import { happened, is, lag, logEnd, noDuplicates, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const spanishTranslation: Lesson = {
  id: 'spanish-translation',
  title: 'Translating into Spanish',
  summary: 'A good student translates as he reads and writes a second machine; a second reader follows.',
  scenarioId: 'spanish-translation',
  steps: [
    {
      title: 'Pablo translates',
      caption:
        'Pablo reads each note, translates it into Spanish, and writes it into a second machine: notas.',
      term: 'stream processing',
      notes:
        'Pablo is a consumer and a producer at once: read a topic, transform each record, write another topic. Kafka Streams and most stream processors work this way.',
      highlight: [
        { kind: 'member', group: 'translators', member: 'pablo' },
        { kind: 'topic', topic: 'notas' },
      ],
      until: { kind: 'elapsed', ms: 8000 },
      expect: [
        owns('translators', 'pablo', [0, 1]),
        logEnd('notas', 0, { atLeast: 3 }),
        logEnd('notas', 1, { atLeast: 3 }),
      ],
    },
    {
      title: 'Same subject, same shelf',
      caption:
        'A translated note keeps its subject, so it lands on the shelf of notas that matches its subject.',
      term: 'key',
      notes:
        'The output record keeps the input key, and the partitioner hashes the key: the same subject always goes to the same partition of notas, as long as notas keeps its number of partitions.',
      words: 'kafka',
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        logEnd('notas', 0, { atLeast: 8 }),
        logEnd('notas', 1, { atLeast: 8 }),
        lag('translators', { atMost: 3 }),
      ],
    },
    {
      title: 'Lucia reads Spanish',
      caption: 'Lucia reads only notas. She never talks to Pablo: the second machine sits between them.',
      highlight: [{ kind: 'member', group: 'spanish', member: 'lucia' }],
      words: 'classroom',
      notes:
        'A pipeline is a chain of decoupled stages, each with its own consumer group and its own bookmarks.',
      until: { kind: 'elapsed', ms: 5000 },
      expect: [owns('spanish', 'lucia', [0, 1]), lag('spanish', { atMost: 3 }), noDuplicates('spanish')],
    },
    {
      title: 'Pablo falls asleep',
      caption: 'Pablo falls asleep. Notes pile up in front of him; Lucia soon has nothing new to read.',
      term: 'lag per stage',
      highlight: [
        { kind: 'member', group: 'spanish', member: 'lucia' },
        { kind: 'member', group: 'translators', member: 'pablo' },
      ],
      notes:
        'Each stage has its own lag: the translators’ lag on notes grows, the Spanish readers’ lag on notas stays at zero.',
      commands: [{ type: 'sleep', group: 'translators', member: 'pablo' }],
      question: {
        prompt: 'Pablo is asleep. What happens to Lucia?',
        choices: [
          'She waits: nothing new arrives, and nothing is lost',
          'She reads the English notes instead',
          'She falls asleep too',
        ],
        answer: 0,
        explanation: 'Lucia only reads notas. With no new translations she simply finds nothing to fetch.',
      },
      until: { kind: 'elapsed', ms: 8000 },
      expect: [
        is('translators', 'pablo', 'asleep'),
        lag('translators', { atLeast: 8 }),
        lag('spanish', { atMost: 0 }),
        is('spanish', 'lucia', 'waiting'),
      ],
    },
    {
      title: 'Pablo catches up',
      caption: 'Pablo wakes and works through his backlog; the translations flow on to Lucia.',
      commands: [{ type: 'wake', group: 'translators', member: 'pablo' }],
      notes:
        'Watch both backlogs: the first shrinks as Pablo catches up; Lucia’s rises a little, then falls as she reads.',
      until: { kind: 'lag', group: 'translators', atMost: 2 },
      maxMs: 40000,
      expect: [
        happened('memberWoke', { member: 'pablo' }),
        lag('translators', { atMost: 2 }),
        logEnd('notas', 0, { atLeast: 20 }),
        logEnd('notas', 1, { atLeast: 20 }),
      ],
    },
  ],
};
