import type { Lesson } from './lesson';
import { atLeastOnce } from './course/at-least-once';
import { callingBackup } from './course/calling-backup';
import { copiesLesson } from './course/copies';
import { keysAndOrder } from './course/keys-and-order';
import { machineBreaks } from './course/machine-breaks';
import { moreLanguages } from './course/more-languages';
import { noSpareCopy } from './course/no-spare-copy';
import { noteTakingMachine } from './course/note-taking-machine';
import { retention } from './course/retention';
import { riskyShortcut } from './course/risky-shortcut';
import { sleepyStudent } from './course/sleepy-student';
import { spanishTranslation } from './course/spanish-translation';
import { teacherTooFast } from './course/teacher-too-fast';

/** The course's two halves: one classroom, then the machine in several rooms (issue 14). */
export interface CoursePart {
  readonly id: 'classroom' | 'distributed';
  readonly lessons: readonly Lesson[];
}

export const COURSE_PARTS: readonly CoursePart[] = [
  {
    id: 'classroom',
    lessons: [
      noteTakingMachine,
      sleepyStudent,
      teacherTooFast,
      spanishTranslation,
      callingBackup,
      moreLanguages,
      retention,
      keysAndOrder,
      atLeastOnce,
    ],
  },
  // Brokers, copies and failover.
  { id: 'distributed', lessons: [copiesLesson, machineBreaks, riskyShortcut, noSpareCopy] },
];

/** The guided course, in teaching order. */
export const COURSE: readonly Lesson[] = COURSE_PARTS.flatMap((part) => part.lessons);

export function findLesson(id: string): Lesson | undefined {
  return COURSE.find((l) => l.id === id);
}
