import type { Lang } from '../shared/lang';
import type { Lesson, LessonStep } from './lesson';
import { LESSONS_ES } from './es';
import { localizeTitles } from './localize-titles';

/**
 * A lesson's words in another language, step by step. Only text is translated: the scenario, commands,
 * conditions and expectations are the English lesson's own, so a lesson teaches the same run in every
 * language (the tests check that each translation has the English steps, choices and answers).
 */
export interface StepText {
  title: string;
  caption: string;
  term?: string;
  notes: string;
  question?: { prompt: string; choices: string[]; explanation: string };
}

/** The steps of one lesson in another language (its title and summary are in localize-titles.ts). */
export interface LessonText {
  steps: StepText[];
}

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
