/**
 * One case per lesson claim, on the lesson's own class shortened to seconds. Times in claims sit well after
 * the moment they talk about: a Java member takes a moment to join where the simulator's joins at once (a
 * second or two on a busy machine), and commands come after the first auto-commit in both, because Kafka
 * starts the auto-commit clock again when a member gets its assignment (see the crash case).
 */
import {
  assignmentAt,
  committedAt,
  firstReadAt,
  keyOrderKept,
  keysLandOn,
  lagAt,
  logStartAt,
  outputKeepsKeys,
  compactionKeepsLatest,
  processedAgain,
  recordsKept,
  skippedRecords,
} from '../claims';
import { BROKER, CLASSROOM_GROUP as G, SUBJECTS_2, SUBJECTS_3, SUBJECTS_4, type OracleCase } from '../case';

const one = (name = 'notes', partitions = 1) => [{ name, partitions }];

export const LESSON_CASES: OracleCase[] = [
  {
    id: 'note-taking-machine',
    title: 'The note-taking machine: the student keeps up',
    scenario: {
      seed: 1,
      broker: BROKER,
      topics: one(),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2 }],
      groups: [{ id: 'class', topics: ['notes'], ...G, members: [{ id: 'ana', recordsPerSec: 4 }] }],
    },
    script: [],
    durationMs: 10_000,
    claims: [
      assignmentAt('class', 8000, 'a lone member reads the only partition'),
      lagAt('class', 'notes', 9000, 4, 'a member faster than the producer keeps the lag small'),
    ],
  },
  {
    id: 'teacher-too-fast',
    title: 'The teacher is too fast: the lag grows',
    scenario: {
      seed: 4,
      broker: BROKER,
      topics: one(),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 3 }],
      groups: [{ id: 'class', topics: ['notes'], ...G, members: [{ id: 'ana', recordsPerSec: 1 }] }],
    },
    script: [],
    durationMs: 12_000,
    claims: [
      lagAt('class', 'notes', 6000, 5, 'a member slower than the producer falls behind'),
      lagAt('class', 'notes', 11_500, 5, 'the lag keeps growing, by the difference of the rates'),
    ],
  },
  {
    id: 'sleepy-within',
    title: 'The sleepy student: asleep within max.poll.interval.ms',
    scenario: {
      seed: 2,
      broker: BROKER,
      topics: one(),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          maxPollIntervalMs: 20_000,
          members: [{ id: 'ben', recordsPerSec: 4 }],
        },
      ],
    },
    script: [
      { timeMs: 6000, command: { type: 'sleep', group: 'class', member: 'ben' } },
      { timeMs: 14_000, command: { type: 'wake', group: 'class', member: 'ben' } },
    ],
    durationMs: 22_000,
    claims: [
      assignmentAt('class', 13_000, 'a sleeper within max.poll.interval.ms keeps his partition'),
      // ±6: what he processed since the last auto-commit (2 s, 4 records) and his batch (3) are not committed.
      lagAt('class', 'notes', 13_500, 6, 'the lag grows while he sleeps'),
      lagAt('class', 'notes', 21_500, 4, 'awake, he catches up from his committed offset'),
      processedAgain('class', 1, 'nothing is read twice'),
    ],
  },
  {
    id: 'sleepy-past',
    title: 'The sleepy student: asleep past max.poll.interval.ms',
    scenario: {
      seed: 3,
      broker: BROKER,
      topics: one('notes', 2),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: SUBJECTS_2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          maxPollIntervalMs: 5000,
          members: [
            { id: 'ana', recordsPerSec: 4 },
            { id: 'ben', recordsPerSec: 4 },
          ],
        },
      ],
    },
    script: [
      { timeMs: 5000, command: { type: 'sleep', group: 'class', member: 'ben' } },
      { timeMs: 17_000, command: { type: 'wake', group: 'class', member: 'ben' } },
    ],
    durationMs: 24_000,
    claims: [
      assignmentAt('class', 4500, 'two members share two partitions'),
      assignmentAt('class', 15_000, 'past max.poll.interval.ms the sleeper leaves and his partition moves'),
      assignmentAt('class', 23_500, 'awake, he rejoins and the partitions are shared again'),
      lagAt('class', 'notes', 23_500, 4, 'the group catches up'),
    ],
  },
  {
    id: 'calling-backup',
    title: 'Calling in backup: the translator and new members',
    scenario: {
      seed: 5,
      broker: BROKER,
      topics: [
        { name: 'notes', partitions: 4 },
        { name: 'notas', partitions: 4 },
      ],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, keys: SUBJECTS_4 }],
      groups: [
        {
          id: 'translators',
          topics: ['notes'],
          outputTopic: 'notas',
          ...G,
          members: [{ id: 'pablo', recordsPerSec: 2 }],
        },
      ],
    },
    script: [
      {
        timeMs: 6000,
        command: { type: 'addMember', group: 'translators', member: { id: 'maria', recordsPerSec: 2 } },
      },
      {
        timeMs: 12_000,
        command: { type: 'addMember', group: 'translators', member: { id: 'pedro', recordsPerSec: 2 } },
      },
      {
        timeMs: 12_000,
        command: { type: 'addMember', group: 'translators', member: { id: 'rosa', recordsPerSec: 2 } },
      },
      {
        timeMs: 12_000,
        command: { type: 'addMember', group: 'translators', member: { id: 'tomas', recordsPerSec: 2 } },
      },
    ],
    durationMs: 20_000,
    claims: [
      keysLandOn('notes'),
      keysLandOn('notas'),
      outputKeepsKeys('notes', 'notas'),
      assignmentAt('translators', 5500, 'one translator reads all four partitions'),
      assignmentAt('translators', 11_500, 'calling in backup shares the partitions out (range)'),
      assignmentAt('translators', 19_500, 'a fifth member for four partitions stays idle'),
    ],
  },
  {
    id: 'new-groups',
    title: 'More languages: new groups from earliest and latest',
    scenario: {
      seed: 6,
      broker: BROKER,
      topics: one('notes', 2),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: SUBJECTS_2 }],
      groups: [{ id: 'english', topics: ['notes'], ...G, members: [{ id: 'emma', recordsPerSec: 4 }] }],
    },
    script: [
      {
        timeMs: 6000,
        command: {
          type: 'addGroup',
          group: { id: 'french', topics: ['notes'], ...G, members: [{ id: 'fleur', recordsPerSec: 8 }] },
        },
      },
      {
        timeMs: 6000,
        command: {
          type: 'addGroup',
          group: {
            id: 'german',
            topics: ['notes'],
            ...G,
            autoOffsetReset: 'latest',
            members: [{ id: 'greta', recordsPerSec: 4 }],
          },
        },
      },
    ],
    durationMs: 16_000,
    claims: [
      firstReadAt(
        'french',
        'notes-0',
        'zero',
        0,
        'a new group with auto.offset.reset=earliest starts at the oldest record',
      ),
      firstReadAt(
        'german',
        'notes-0',
        'log end',
        3,
        'a new group with auto.offset.reset=latest starts at the log end',
      ),
      committedAt('english', 'notes-1', 15_500, 3, 'each group keeps its own committed offsets'),
      lagAt('french', 'notes', 15_500, 4, 'the earliest group catches up on the past'),
    ],
  },
  {
    id: 'retention',
    title: 'Old notes expire: retention moves the log start and resets a sleeper',
    scenario: {
      seed: 7,
      broker: BROKER,
      topics: [{ name: 'notes', partitions: 1, retentionMs: 6000, segmentMs: 2000 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          maxPollIntervalMs: 60_000,
          members: [{ id: 'ben', recordsPerSec: 6 }],
        },
      ],
    },
    script: [
      { timeMs: 8000, command: { type: 'sleep', group: 'class', member: 'ben' } },
      { timeMs: 21_000, command: { type: 'wake', group: 'class', member: 'ben' } },
    ],
    durationMs: 27_000,
    claims: [
      logStartAt('notes-0', 12_000, 5, 'retention deletes whole old segments: the log start moves'),
      logStartAt('notes-0', 20_500, 5, 'the log start keeps moving while the sleeper sleeps'),
      // A segment holds 4 records (segment.ms 2 s at 2 records/s): the reset may land a segment apart.
      skippedRecords(
        'class',
        6,
        'the sleeper wakes past the log start: auto.offset.reset skips what was deleted',
      ),
      lagAt('class', 'notes', 26_500, 4, 'after the reset he catches up'),
    ],
  },
  {
    id: 'keys-and-order',
    title: 'Keys and order: one key, one partition, in order',
    scenario: {
      seed: 8,
      broker: BROKER,
      topics: one('notes', 3),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, keys: SUBJECTS_3 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          members: [
            { id: 'ana', recordsPerSec: 3 },
            { id: 'ben', recordsPerSec: 3 },
            { id: 'carla', recordsPerSec: 3 },
          ],
        },
      ],
    },
    script: [],
    durationMs: 9000,
    claims: [
      keysLandOn('notes'),
      keyOrderKept('notes'),
      assignmentAt('class', 8500, 'three members, three partitions: one each (range)'),
    ],
  },
  {
    id: 'clean-close',
    title: 'At least once: a member leaves with close()',
    scenario: {
      seed: 9,
      broker: BROKER,
      topics: one('notes', 2),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, keys: SUBJECTS_2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          autoCommitIntervalMs: 5000,
          maxPollRecords: 5,
          members: [
            { id: 'ana', recordsPerSec: 4 },
            { id: 'ben', recordsPerSec: 4 },
          ],
        },
      ],
    },
    script: [{ timeMs: 8200, command: { type: 'removeMember', group: 'class', member: 'ben' } }],
    durationMs: 15_000,
    claims: [
      assignmentAt('class', 12_000, 'after a clean close the other member takes the partition at once'),
      processedAgain('class', 2, 'close() commits under auto-commit: the next owner reads nothing twice'),
      skippedRecords('class', 3, 'close() commits what poll() returned, processed or not'),
    ],
  },
  {
    id: 'crash',
    title: 'At least once: a member crashes, then restarts',
    scenario: {
      seed: 10,
      broker: BROKER,
      topics: one('notes', 2),
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 4, keys: SUBJECTS_2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...G,
          autoCommitIntervalMs: 5000,
          maxPollRecords: 5,
          members: [
            { id: 'ana', recordsPerSec: 4 },
            { id: 'ben', recordsPerSec: 4 },
          ],
        },
      ],
    },
    script: [
      { timeMs: 8200, command: { type: 'crash', group: 'class', member: 'ben' } },
      { timeMs: 18_000, command: { type: 'wake', group: 'class', member: 'ben' } },
    ],
    durationMs: 25_000,
    claims: [
      assignmentAt('class', 11_000, 'a crashed member keeps its partitions until session.timeout.ms'),
      assignmentAt('class', 17_000, 'after session.timeout.ms its partitions move'),
      processedAgain('class', 4, 'what it processed since its last commit is read again'),
      committedAt(
        'class',
        'notes-0',
        5500,
        0,
        'the first auto-commit comes one interval after the assignment',
      ),
      assignmentAt('class', 24_500, 'restarted, it joins as a new member and gets a share again'),
    ],
  },
  {
    id: 'compaction',
    title: 'Keeping only the latest note per subject: log compaction',
    scenario: {
      seed: 11,
      broker: BROKER,
      topics: [{ name: 'settings', partitions: 1, cleanupPolicy: 'compact', segmentMs: 1000 }],
      producers: [{ id: 'teacher', topic: 'settings', recordsPerSec: 4, keys: ['colour', 'size', 'font'] }],
      groups: [],
    },
    script: [],
    durationMs: 12_100,
    claims: [
      compactionKeepsLatest('settings-0'),
      recordsKept(
        'settings-0',
        8,
        'the log cleaner removes older records of the same key from closed segments',
      ),
    ],
  },
];
