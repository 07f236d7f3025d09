import type { LessonText } from '../lesson-text';
import { atLeastOnceEs } from './at-least-once';
import { callingBackupEs } from './calling-backup';
import { keysAndOrderEs } from './keys-and-order';
import { moreLanguagesEs } from './more-languages';
import { noteTakingMachineEs } from './note-taking-machine';
import { retentionEs } from './retention';
import { sleepyStudentEs } from './sleepy-student';
import { spanishTranslationEs } from './spanish-translation';
import { teacherTooFastEs } from './teacher-too-fast';

/** Spanish step texts of the course, by lesson id. */
export const LESSONS_ES: Readonly<Record<string, LessonText>> = {
  'note-taking-machine': noteTakingMachineEs,
  'sleepy-student': sleepyStudentEs,
  'teacher-too-fast': teacherTooFastEs,
  'spanish-translation': spanishTranslationEs,
  'calling-backup': callingBackupEs,
  'more-languages': moreLanguagesEs,
  retention: retentionEs,
  'keys-and-order': keysAndOrderEs,
  'at-least-once': atLeastOnceEs,
};
