import type { LessonText } from '../lesson-text';
import { atLeastOnceEs } from './at-least-once';
import { callingBackupEs } from './calling-backup';
import { copiesEs } from './copies';
import { keysAndOrderEs } from './keys-and-order';
import { machineBreaksEs } from './machine-breaks';
import { moreLanguagesEs } from './more-languages';
import { noSpareCopyEs } from './no-spare-copy';
import { noteTakingMachineEs } from './note-taking-machine';
import { retentionEs } from './retention';
import { riskyShortcutEs } from './risky-shortcut';
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
  copies: copiesEs,
  'machine-breaks': machineBreaksEs,
  'risky-shortcut': riskyShortcutEs,
  'no-spare-copy': noSpareCopyEs,
};
