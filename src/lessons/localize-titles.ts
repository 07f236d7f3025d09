import type { Lang } from '../shared/lang';
import type { Lesson } from './lesson';
import type { BuiltInScenario } from './scenarios';
import { LESSON_TITLES_ES, SCENARIO_TITLES_ES } from './es/titles';

/**
 * Titles and summaries in a language, kept apart from the step texts so the home page and free play carry
 * titles only.
 */
export function localizeTitles(lesson: Lesson, lang: Lang): Lesson {
  const text = lang === 'es' ? LESSON_TITLES_ES[lesson.id] : undefined;
  return text ? { ...lesson, ...text } : lesson;
}

export function localizeScenario(builtIn: BuiltInScenario, lang: Lang): BuiltInScenario {
  const text = lang === 'es' ? SCENARIO_TITLES_ES[builtIn.id] : undefined;
  return text ? { ...builtIn, ...text } : builtIn;
}
