/**
 * The shapes of a lesson's words in another language. They sit apart from `localize.ts` and
 * `localize-titles.ts` so the translations in `es/` import types from here and the localizers import the
 * translations, without a circle.
 */

/**
 * A step's words in another language. Only text is translated: the scenario, commands, conditions and
 * expectations are the English lesson's own, so a lesson teaches the same run in every language (the tests
 * check that each translation has the English steps, choices and answers).
 */
export interface StepText {
  title: string;
  caption: string;
  term?: string;
  notes: string;
  question?: { prompt: string; choices: string[]; explanation: string };
}

/** The steps of one lesson in another language (its title and summary are a `TitleText`). */
export interface LessonText {
  steps: StepText[];
}

/** A lesson's or a built-in class's title and summary in another language. */
export interface TitleText {
  title: string;
  summary: string;
}
