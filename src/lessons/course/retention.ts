import { committed, happened, is, lag, logStart, owns } from '../conditions';
import type { Lesson } from '../lesson';

export const retention: Lesson = {
  id: 'retention',
  title: 'Old notes expire',
  summary:
    'Old notes expire; a student who sleeps past the retention period finds his place gone and jumps ahead.',
  scenarioId: 'retention',
  steps: [
    {
      title: 'Bundles of pages',
      caption:
        'The machine files notes in bundles: once a bundle spans five seconds, the next note starts a new one.',
      term: 'segment',
      notes:
        'A partition is stored as segments; only the newest, the active segment, takes new records. A new one is rolled on append once the active one spans segment.ms (5 s here; Kafka’s default is 7 days), or would pass segment.bytes (1 GiB by default). A quiet partition never rolls.',
      highlight: [{ kind: 'partition', topic: 'notes', partition: 0 }],
      until: { kind: 'elapsed', ms: 14000 },
      expect: [happened('segmentRolled'), logStart('notes', 0, { atMost: 0 })],
    },
    {
      title: 'Old bundles are thrown away',
      caption:
        'Bundles whose newest note is older than twenty seconds are thrown away whole. The oldest page still kept moves forward.',
      term: 'retention.ms, log start offset',
      notes:
        'Every log.retention.check.interval.ms the broker deletes whole segments whose newest record is older than retention.ms. Here the check runs every 2 s and retention.ms is 20 s (Kafka’s defaults: 5 minutes and 7 days). Offsets are not renumbered: the log start offset moves up.',
      words: 'kafka',
      until: { kind: 'event', type: 'segmentsDeleted' },
      maxMs: 30000,
      expect: [
        happened('segmentsDeleted'),
        logStart('notes', 0, { atLeast: 1 }),
        committed('class', 0, { belowLogStart: false }),
      ],
    },
    {
      title: 'Ben sleeps too long',
      caption: 'Ben falls asleep for a long time. The pages at his bookmark are thrown away while he sleeps.',
      words: 'classroom',
      commands: [{ type: 'sleep', group: 'class', member: 'ben' }],
      highlight: [{ kind: 'member', group: 'class', member: 'ben' }],
      notes: 'His bookmark does not move; retention does not care who has read what.',
      question: {
        prompt: 'When Ben wakes, will he find his place?',
        choices: ['No, his page was thrown away', 'Yes, notes are kept until everyone has read them'],
        answer: 0,
        explanation: 'Retention is about time (or size), not about readers.',
      },
      until: { kind: 'elapsed', ms: 40000 },
      expect: [
        is('class', 'ben', 'asleep'),
        committed('class', 0, { belowLogStart: true }),
        owns('class', 'ben', [0]),
      ],
    },
    {
      title: 'Ben jumps ahead',
      caption:
        'Ben wakes: his page is gone. Set to earliest (Kafka’s default is latest), he jumps to the oldest page still kept; the notes in between are missed, and counted.',
      term: 'OFFSET_OUT_OF_RANGE, auto.offset.reset',
      notes:
        'His position is below the log start offset, so the fetch is out of range and auto.offset.reset applies: earliest (this class’s setting) jumps to the log start. With Kafka’s default, latest, he would jump to the log end and skip everything said so far; with none, his poll would throw OffsetOutOfRangeException. The engine counts the skipped records (skippedByRetention in the inspector).',
      words: 'kafka',
      commands: [{ type: 'wake', group: 'class', member: 'ben' }],
      until: { kind: 'event', type: 'offsetReset', member: 'ben' },
      maxMs: 10000,
      expect: [
        happened('memberWoke', { member: 'ben' }),
        { kind: 'count', group: 'class', of: 'skippedByRetention', atLeast: 1 },
      ],
    },
    {
      title: 'Catching up with what is left',
      caption: 'Ben reads what is still on the shelf and catches up.',
      words: 'classroom',
      notes: 'Lesson: size retention for the slowest reader you must not lose data for.',
      until: { kind: 'lag', group: 'class', atMost: 2 },
      maxMs: 40000,
      expect: [lag('class', { atMost: 2 }), committed('class', 0, { belowLogStart: false })],
    },
  ],
};
