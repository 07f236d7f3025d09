import type { Scenario } from '../engine';
import { CLASSROOM_BROKER, CLASSROOM_TIMERS, SUBJECTS_3 } from './presets';
import { REPLICATION_SCENARIOS } from './scenarios-replication';

/** A built-in class setup: what `#/play/<id>` opens. Each lesson of the guided course has one. */
export interface BuiltInScenario {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: Scenario;
}

/** Every built-in class's broker and groups take the classroom's timers (see presets.ts). */
const classroomBroker = CLASSROOM_BROKER;
const classroomGroup = { ...CLASSROOM_TIMERS, autoOffsetReset: 'earliest' as const };
/**
 * Subjects (record keys) picked so that murmur2 spreads them evenly over the shelves: with 2 partitions
 * math and history go to 0, music and art to 1; with 4, history, music, math and physics take one each;
 * with 3, latin and sport go to 0, math and music to 1, history and science to 2.
 */
const SUBJECTS_2 = ['math', 'music', 'history', 'art'];
const SUBJECTS_4 = ['history', 'music', 'math', 'physics'];

export const SCENARIOS: readonly BuiltInScenario[] = [
  {
    id: 'note-taking-machine',
    title: 'The note-taking machine',
    summary: 'The teacher speaks, the machine keeps every note, the student reads when ready.',
    scenario: {
      seed: 1,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
      groups: [
        { id: 'class', topics: ['notes'], ...classroomGroup, members: [{ id: 'ana', recordsPerSec: 2 }] },
      ],
    },
  },
  {
    id: 'sleepy-student',
    title: 'The sleepy student',
    summary: 'He falls asleep, the backlog grows, nothing is lost; he wakes and carries on where he stopped.',
    scenario: {
      seed: 2,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
      groups: [
        { id: 'class', topics: ['notes'], ...classroomGroup, members: [{ id: 'ben', recordsPerSec: 3 }] },
      ],
    },
  },
  {
    id: 'teacher-too-fast',
    title: 'The teacher is too fast',
    summary: 'The teacher outpaces the student: the backlog grows, but nobody blocks.',
    scenario: {
      seed: 3,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 1 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 3 }],
      groups: [
        { id: 'class', topics: ['notes'], ...classroomGroup, members: [{ id: 'ana', recordsPerSec: 1 }] },
      ],
    },
  },
  {
    id: 'spanish-translation',
    title: 'Translating into Spanish',
    summary: 'A good student translates as he reads and writes a second machine; another student reads it.',
    scenario: {
      seed: 4,
      broker: classroomBroker,
      topics: [
        { name: 'notes', partitions: 2 },
        { name: 'notas', partitions: 2 },
      ],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1.5, keys: SUBJECTS_2 }],
      groups: [
        {
          id: 'translators',
          topics: ['notes'],
          outputTopic: 'notas',
          ...classroomGroup,
          members: [{ id: 'pablo', recordsPerSec: 3 }],
        },
        { id: 'spanish', topics: ['notas'], ...classroomGroup, members: [{ id: 'lucia', recordsPerSec: 3 }] },
      ],
    },
  },
  {
    id: 'calling-backup',
    title: 'Calling in backup',
    summary: 'The translator is overwhelmed: more students join his group and the shelves are shared out.',
    scenario: {
      seed: 5,
      broker: classroomBroker,
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
          ...classroomGroup,
          members: [{ id: 'pablo', recordsPerSec: 1.5 }],
        },
      ],
    },
  },
  {
    id: 'more-languages',
    title: 'More languages',
    summary:
      'New study groups join later: one reads from the beginning, one from now, each with its own bookmarks.',
    scenario: {
      seed: 6,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1.5, keys: SUBJECTS_2 }],
      groups: [
        { id: 'english', topics: ['notes'], ...classroomGroup, members: [{ id: 'emma', recordsPerSec: 3 }] },
      ],
    },
  },
  {
    id: 'retention',
    title: 'Old notes expire',
    summary: 'Notes are kept for a while, not forever: a student who sleeps too long finds his place gone.',
    scenario: {
      seed: 7,
      broker: { ...classroomBroker, logRetentionCheckIntervalMs: 2000 },
      topics: [{ name: 'notes', partitions: 1, retentionMs: 20_000, segmentMs: 5_000 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1 }],
      groups: [
        { id: 'class', topics: ['notes'], ...classroomGroup, members: [{ id: 'ben', recordsPerSec: 3 }] },
      ],
    },
  },
  {
    id: 'keys-and-order',
    title: 'Keys and order',
    summary:
      'Notes on the same subject always go to the same shelf and stay in order; across shelves there is no order.',
    scenario: {
      seed: 8,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 3 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: SUBJECTS_3 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...classroomGroup,
          members: [
            { id: 'ana', recordsPerSec: 2 },
            { id: 'ben', recordsPerSec: 2 },
            { id: 'carla', recordsPerSec: 2 },
          ],
        },
      ],
    },
  },
  {
    id: 'at-least-once',
    title: 'At least once',
    summary:
      'A student collapses mid-batch: whoever takes his shelf reads some notes again. One who says goodbye first reads nothing twice, but the notes in her hands go unread.',
    scenario: {
      seed: 9,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 3, keys: SUBJECTS_2 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...classroomGroup,
          autoCommitIntervalMs: 5000,
          maxPollRecords: 5,
          members: [
            { id: 'ana', recordsPerSec: 2 },
            { id: 'ben', recordsPerSec: 2 },
          ],
        },
      ],
    },
  },
  ...REPLICATION_SCENARIOS,
  {
    id: 'three-rooms',
    title: 'Three rooms (replication)',
    summary:
      'Three note-taking machines in three rooms keep a copy of every shelf: break one and another copy takes over; nothing the teacher was told is kept is lost.',
    scenario: {
      seed: 11,
      brokers: 3,
      broker: classroomBroker,
      topics: [{ name: 'notes', partitions: 3, replicationFactor: 3, minInsyncReplicas: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: SUBJECTS_3, acks: 'all' }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          ...classroomGroup,
          members: [
            { id: 'ana', recordsPerSec: 2 },
            { id: 'ben', recordsPerSec: 2 },
          ],
        },
      ],
    },
  },
  {
    id: 'stress',
    title: 'A busy school (performance)',
    summary: '12 shelves, 3 study groups, 24 students and a teacher speaking 200 notes a second.',
    scenario: {
      seed: 10,
      // Ten minutes of notes are kept, so a class left running for hours keeps its memory flat.
      broker: { ...classroomBroker, logRetentionCheckIntervalMs: 30_000 },
      topics: [{ name: 'notes', partitions: 12, retentionMs: 600_000, segmentMs: 60_000 }],
      producers: [
        {
          id: 'teacher',
          topic: 'notes',
          recordsPerSec: 200,
          keys: Array.from({ length: 50 }, (_, i) => `topic-${i}`),
        },
      ],
      groups: ['english', 'spanish', 'french'].map((id, g) => ({
        id,
        topics: ['notes'],
        ...classroomGroup,
        maxPollRecords: 50,
        members: Array.from({ length: 8 }, (_, i) => ({
          id: `${id.slice(0, 2)}-${i + 1}`,
          recordsPerSec: 20 + g * 5,
        })),
      })),
    },
  },
];

export function findScenario(id: string): BuiltInScenario | undefined {
  return SCENARIOS.find((s) => s.id === id);
}
