import type { Lang } from '../shared/lang';
import type { Lesson, LessonStep } from './lesson';
import type { StepText } from './lesson-text';
import { LESSONS_ES } from './es';
import { localizeTitles } from './localize-titles';

/**
 * The whole lesson in a language. The step texts are a few kilobytes per language, so only the lesson
 * pages (loaded on demand) import this; the home page needs titles only.
 */
export function localizeLesson(lesson: Lesson, lang: Lang): Lesson {
  const text = lang === 'es' ? LESSONS_ES[lesson.id] : undefined;
  const titled = localizeTitles(lesson, lang);
  if (!text) return titled;
  return {
    ...titled,
    steps: lesson.steps.map((step, i) => localizeStep(step, text.steps[i])),
  };
}

function localizeStep(step: LessonStep, text: StepText | undefined): LessonStep {
  if (!text) return step;
  const localized: LessonStep = { ...step, title: text.title, caption: text.caption, notes: text.notes };
  if (text.term !== undefined) localized.term = text.term;
  if (step.question && text.question) localized.question = { ...step.question, ...text.question };
  return localized;
}
