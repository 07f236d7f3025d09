import { committed, groupIn, happened, lag, logEnd, logStart, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const noteTakingMachine: Lesson = {
  id: 'note-taking-machine',
  title: 'The note-taking machine',
  summary: 'The teacher speaks, the machine keeps every note, the student pulls when ready.',
  scenarioId: 'note-taking-machine',
  steps: [
    {
      title: 'The teacher speaks',
      caption:
        'The teacher says one note every second. Each note goes straight into the note-taking machine.',
      term: 'producer',
      notes:
        'Point at the teacher on the left. In Kafka she is a producer: any program that writes records. She does not know who will read her notes, or when.',
      words: 'classroom',
      highlight: [{ kind: 'producer', id: 'teacher' }],
      until: { kind: 'elapsed', ms: 4000 },
      expect: [
        logEnd('notes', 0, { atLeast: 4, atMost: 4 }),
        groupIn('class', 'Stable', 1),
        owns('class', 'ana', [0]),
      ],
    },
    {
      title: 'The machine keeps every note',
      caption: 'Every note gets the next page number on the shelf and stays there. Pages are never reused.',
      term: 'topic, partition, offset',
      notes:
        'The machine is a topic; its shelf is a partition: an append-only log. The page number is the offset: it starts at 0, goes up by one per record and is never reused, even after old records are deleted.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      question: {
        prompt: 'When Ana reads a note, what happens to it on the shelf?',
        choices: ['It stays for anyone else to read', 'It is removed', 'It moves to the end'],
        answer: 0,
        explanation:
          'Reading does not remove anything: the log is kept by time or size, not by who has read it.',
      },
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        logStart('notes', 0, { atMost: 0 }),
        committed('class', 0, { atLeast: 5 }),
        lag('class', { atMost: 3 }),
      ],
    },
    {
      title: 'The student pulls when ready',
      caption: 'Ana fetches a few notes whenever she is ready, reads them, then fetches again.',
      term: 'consumer, poll',
      notes:
        'Ana is a consumer. She polls: each poll() hands her records from her position, at most max.poll.records at a time (3 here; Kafka’s default is 500). Behind poll(), her consumer sends fetch requests to the broker, which answers them and never pushes notes at her.',
      highlight: [{ kind: 'member', group: 'class', member: 'ana' }],
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        happened('fetched', { member: 'ana' }),
        lag('class', { atMost: 3 }),
        logStart('notes', 0, { atMost: 0 }),
      ],
    },
    {
      title: 'The bookmark',
      caption:
        'Every two seconds (Kafka’s default: five) Ana moves her bookmark to the next page she has to read.',
      term: 'committed offset',
      notes:
        'The bookmark is the committed offset: by convention the next offset to read, so it sits one past the last note she finished. Kafka stores it per consumer group and partition, in the __consumer_offsets topic. Auto-commit moves it during a poll once auto.commit.interval.ms has passed (2 s here; Kafka’s default is 5 s), to just after the notes earlier polls handed her.',
      words: 'kafka',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'event', type: 'committed', member: 'ana' },
      maxMs: 5000,
      expect: [
        happened('committed', { member: 'ana' }),
        committed('class', 0, { atLeast: 12 }),
        lag('class', { atMost: 3 }),
      ],
    },
    {
      title: 'Nobody waits for anybody',
      caption:
        'The teacher never waits for Ana, and Ana never waits for the teacher: the machine sits between them.',
      term: 'decoupling',
      notes:
        'This is the first big idea: producers and consumers are decoupled in time and speed. Either side can stop, slow down or be replaced without the other noticing.',
      words: 'classroom',
      until: { kind: 'elapsed', ms: 5000 },
      expect: [
        groupIn('class', 'Stable', 1),
        lag('class', { atMost: 3 }),
        logEnd('notes', 0, { atLeast: 20 }),
      ],
    },
  ],
};
