import type { Page } from '@playwright/test';
import { COURSE } from '../src/lessons/course';
import { LESSONS_ES } from '../src/lessons/es';
import type { Lesson } from '../src/lessons/lesson';
import { test, expect } from './fixtures';

const LETTERS = 'ABCDEF';

interface Voice {
  readonly next: string;
  readonly previous: string;
  readonly reveal: string;
  readonly right: (letter: string) => string;
  /** The step's caption and question in this language. */
  readonly step: (lesson: Lesson, i: number) => { caption: string; choices?: string[] };
}

const ENGLISH: Voice = {
  next: 'Next step',
  previous: 'Previous step',
  reveal: 'Reveal',
  right: (letter) => `The class picked ${letter}: right!`,
  step: (lesson, i) => ({
    caption: lesson.steps[i]!.caption,
    ...(lesson.steps[i]!.question ? { choices: lesson.steps[i]!.question.choices } : {}),
  }),
};

const SPANISH: Voice = {
  next: 'Paso siguiente',
  previous: 'Paso anterior',
  reveal: 'Revelar',
  right: (letter) => `La clase eligió la ${letter}: ¡correcto!`,
  step: (lesson, i) => {
    const text = LESSONS_ES[lesson.id]!.steps[i]!;
    return { caption: text.caption, ...(text.question ? { choices: text.question.choices } : {}) };
  },
};

/**
 * Steps through a lesson in the production build: each step shows its own caption and address, and each
 * question, answered with the lesson's right choice (the same place in every language), is called right.
 */
async function stepThrough(page: Page, lesson: Lesson, voice: Voice): Promise<void> {
  await page.goto(`./#/lesson/${lesson.id}/1`);
  for (let i = 0; i < lesson.steps.length; i++) {
    const { caption, choices } = voice.step(lesson, i);
    await expect(page.getByText(caption, { exact: true }).first()).toBeVisible();
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${i + 1}$`));
    const answer = lesson.steps[i]!.question?.answer;
    if (choices && answer !== undefined) {
      await page.getByRole('button', { name: choices[answer]!, exact: true }).click();
      await page.getByRole('button', { name: voice.reveal, exact: true }).click();
      await expect(page.getByText(voice.right(LETTERS[answer]!), { exact: true })).toBeVisible();
    }
    if (i + 1 < lesson.steps.length) await page.getByRole('button', { name: voice.next }).click();
  }
  await page.getByRole('button', { name: voice.previous }).click();
  await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${lesson.steps.length - 1}$`));
}

for (const lesson of COURSE) {
  test(`lesson ${lesson.id} steps through from first to last`, async ({ page }) => {
    await stepThrough(page, lesson, ENGLISH);
  });
}

test.describe('in Spanish', () => {
  test.use({ locale: 'es-ES' });
  for (const lesson of COURSE) {
    test(`lesson ${lesson.id} steps through from first to last`, async ({ page }) => {
      await stepThrough(page, lesson, SPANISH);
    });
  }
});
