import type { Lesson } from './lesson';
import { atLeastOnce } from './course/at-least-once';
import { callingBackup } from './course/calling-backup';
import { keysAndOrder } from './course/keys-and-order';
import { moreLanguages } from './course/more-languages';
import { noteTakingMachine } from './course/note-taking-machine';
import { retention } from './course/retention';
import { sleepyStudent } from './course/sleepy-student';
import { spanishTranslation } from './course/spanish-translation';
import { teacherTooFast } from './course/teacher-too-fast';

/** The guided course, in teaching order. */
export const COURSE: readonly Lesson[] = [
  noteTakingMachine,
  sleepyStudent,
  teacherTooFast,
  spanishTranslation,
  callingBackup,
  moreLanguages,
  retention,
  keysAndOrder,
  atLeastOnce,
];

export function findLesson(id: string): Lesson | undefined {
  return COURSE.find((l) => l.id === id);
}
