import type { Page } from '@playwright/test';
import { COURSE } from '../src/lessons/course';
import { sleepyStudentEs } from '../src/lessons/es/sleepy-student';
import { LESSON_TITLES_ES } from '../src/lessons/es/titles';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/** The caption strip under the stage (the live region repeats the caption for screen readers). */
const caption = (page: Page) => page.locator('.lesson-caption__caption');

const SLEEPY_EN = COURSE.find((l) => l.id === 'sleepy-student')!;
const SLEEPY_ES_TITLE = LESSON_TITLES_ES['sleepy-student']!.title;
const STEPS = SLEEPY_EN.steps.length;

test.describe('a Spanish browser', () => {
  test.use({ locale: 'es-ES' });

  test('the home page opens in Spanish', async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { name: 'El curso, paso a paso' })).toBeVisible();
    // Every lesson card carries its Spanish title, in course order.
    const cards = page.locator('.home__lesson strong');
    await expect(cards).toHaveText(COURSE.map((l) => LESSON_TITLES_ES[l.id]!.title));
    await expect(page.getByText('Lección 1', { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Sandbox: monta tu propia clase' })).toBeVisible();
    // The switch shows Spanish chosen, each language named in itself.
    const lang = page.getByRole('group', { name: 'Idioma' });
    await expect(lang.getByRole('radio', { name: 'Español' })).toBeChecked();
    await expect(lang.getByRole('radio', { name: 'English' })).not.toBeChecked();
  });

  test('free play: the player and the stage speak Spanish, in both vocabularies', async ({ page }) => {
    await page.goto('./#/play/sleepy-student?t=12345');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: SLEEPY_ES_TITLE })).toBeVisible();
    for (const name of ['Reproducir', 'Paso atrás', 'Paso adelante', 'Reiniciar']) {
      await expect(page.getByRole('button', { name, exact: true })).toBeVisible();
    }
    await expect(page.getByRole('slider', { name: 'Velocidad' })).toHaveAttribute('aria-valuetext', '1x');
    const timeline = page.getByRole('slider', { name: 'Línea de tiempo' });
    await expect(timeline).toHaveAttribute('aria-valuenow', '12345');
    await expect(timeline).toHaveAttribute('aria-valuetext', '12 s');
    // The clock on screen writes tenths with a decimal comma.
    await expect(page.locator('.time-readout__now')).toHaveText('0:12,3');

    await page.getByRole('button', { name: 'Reproducir', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Pausa', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'Pausa', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Reproducir', exact: true })).toBeVisible();

    // A student's name says what she is doing, her description how far behind she is, in Spanish.
    const ben = page.getByRole('button', {
      name: /^ben, [a-zí ]+, /,
      description: /^\d+ apuntes? de retraso/,
    });
    await expect(ben).toBeVisible();
    const box = await ben.boundingBox();

    // Kafka words: the same picture, labelled in Kafka's terms that Spanish keeps (lag, topic).
    const words = page.getByRole('group', { name: 'Palabras' });
    await words.getByRole('radio', { name: 'Kafka' }).click();
    const consumer = page.getByRole('button', {
      name: /^consumidor ben, [a-zí ]+, /,
      description: /^lag \d+/,
    });
    await expect(consumer).toBeVisible();
    expect(await consumer.boundingBox()).toEqual(box);
    await expect(page.getByRole('button', { name: /^topic notes, 1 partición$/ })).toBeVisible();
    await words.getByRole('radio', { name: 'Clase' }).click();
    await expect(ben).toBeVisible();
  });

  test('the inspector speaks Spanish and its tables fit the drawer at 1024 px', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    await page.goto('./#/play/calling-backup?t=15000');
    await page
      .getByRole('button', { name: /^grupo de estudio traductores/ })
      .first()
      .click();
    await expect(page.getByRole('button', { name: 'Pedir refuerzos' })).toBeVisible();
    const table = page.getByRole('table', { name: 'Estantes y marcapáginas' });
    await expect(table.getByRole('columnheader', { name: 'Marcapáginas' })).toBeVisible();
    // The last column is in view, not behind a scroll.
    const fits = await table.evaluate((t) => t.scrollWidth <= t.parentElement!.clientWidth + 1);
    expect(fits, 'the offsets table is no wider than the drawer').toBe(true);
    await page.getByRole('button', { name: 'Cerrar', exact: true }).click();
  });

  test("the story's names follow the language: profesora, clase, historia; Kafka's words keep the ids", async ({
    page,
  }) => {
    await page.goto('./#/play/calling-backup?t=15000');
    const stage = page.getByRole('main', { name: 'Escenario' });
    await expect(stage.getByRole('button', { name: /^profesora, / })).toBeVisible();
    await expect(stage.getByRole('button', { name: /^grupo de estudio traductores, / })).toBeVisible();
    await expect(
      stage.getByRole('group', { name: /^Asignaturas: historia, mates, música, física$/ }),
    ).toBeVisible();
    await expect(page.getByRole('figure').getByText('traductores')).toBeVisible();
    // His own pronoun in English; Spanish possessives do not mark it.
    await stage.getByRole('button', { name: /^pablo, / }).click();
    await expect(page.getByRole('table', { name: 'Sus estantes' })).toBeVisible();
    await page.getByRole('group', { name: 'Palabras' }).getByRole('radio', { name: 'Kafka' }).click();
    await expect(stage.getByRole('button', { name: /^productor teacher, / })).toBeVisible();
    await expect(stage.getByRole('button', { name: /^grupo de consumidores translators, / })).toBeVisible();
    await page.getByRole('group', { name: 'Idioma' }).getByRole('radio', { name: 'English' }).click();
    await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Classroom' }).click();
    await expect(page.getByRole('table', { name: 'His shelves' })).toBeVisible();
  });

  test('big counts are grouped with a dot, as Spanish writes them', async ({ page }) => {
    await page.goto('./#/play/stress?t=120000');
    // At 1280x720 the busy school draws its overview: ask for every shelf, the teacher among them.
    await page.getByRole('button', { name: 'Cada estante' }).click();
    // The teacher has said 24,000 notes by then: "24.000" in Spanish (grouping starts at five digits).
    const teacher = page.getByRole('button', { name: /apuntes enviados$/ });
    await expect(teacher).toHaveAccessibleName(/, \d{2,3}\.\d{3} apuntes enviados$/);
    await teacher.click();
    await expect(page.getByText(/^\d{2,3}\.\d{3}$/).first()).toBeVisible();
  });

  test('a lesson step in Spanish switches to English in place, and the choice is remembered', async ({
    page,
  }) => {
    await page.goto('./#/lesson/sleepy-student/1');
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await expect(page.getByRole('heading', { level: 1, name: SLEEPY_ES_TITLE })).toBeVisible();
    await expect(caption(page)).toHaveText(sleepyStudentEs.steps[0]!.caption);
    await expect(page.getByText(`Paso 1 de ${STEPS}`, { exact: true })).toBeVisible();
    await expect(page).toHaveTitle(new RegExp(`${SLEEPY_ES_TITLE} \\(1 de ${STEPS}\\)`));

    // Forward a step with the keyboard, then switch language: the step and the address stay.
    await page.keyboard.press('PageDown');
    await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/2$/);
    await expect(caption(page)).toHaveText(sleepyStudentEs.steps[1]!.caption);
    await expect(
      page.getByRole('heading', { name: sleepyStudentEs.steps[1]!.question!.prompt }),
    ).toBeVisible();
    await page.getByRole('group', { name: 'Idioma' }).getByRole('radio', { name: 'English' }).click();
    await expect(caption(page)).toHaveText(SLEEPY_EN.steps[1]!.caption);
    await expect(page.getByText(`Step 2 of ${STEPS}`, { exact: true })).toBeVisible();
    await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/2$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: SLEEPY_EN.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reveal' })).toBeVisible();

    // A Spanish browser, but the class chose English: a reload keeps English.
    await page.reload();
    await expect(caption(page)).toHaveText(SLEEPY_EN.steps[1]!.caption);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    expect(await page.evaluate(() => localStorage.getItem('kafka-classroom.lang'))).toBe('en');

    // And back to Spanish, which is remembered as well.
    await page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'Español' }).click();
    await expect(caption(page)).toHaveText(sleepyStudentEs.steps[1]!.caption);
    await page.reload();
    await expect(caption(page)).toHaveText(sleepyStudentEs.steps[1]!.caption);
  });

  test('the question is asked and answered in Spanish', async ({ page }) => {
    const question = sleepyStudentEs.steps[1]!.question!;
    await page.goto('./#/lesson/sleepy-student/2');
    await expect(page.getByText('Se reproduce al revelar', { exact: true })).toBeVisible();
    await page.getByRole('button', { name: question.choices[2]! }).click();
    await page.getByRole('button', { name: 'Revelar', exact: true }).click();
    await expect(page.getByText('La clase eligió la C: ¡correcto!')).toBeVisible();
    await expect(page.getByText(question.explanation)).toBeVisible();
    await expect(page.getByRole('button', { name: 'Ocultar respuesta' })).toBeVisible();
  });

  test('at 1024x768 the header keeps the title and the player fits the window', async ({ page }) => {
    await page.setViewportSize({ width: 1024, height: 768 });
    for (const url of [
      './#/play/spanish-translation?t=20000',
      './#/lesson/sleepy-student/2',
      './#/sandbox',
    ]) {
      await page.goto(url);
      await expect(page.getByRole('slider', { name: 'Línea de tiempo' })).toBeVisible();
      const widths = await page.evaluate(() => ({
        page: document.documentElement.scrollWidth,
        bar: Math.max(...[...document.querySelectorAll('.control-bar')].map((b) => b.scrollWidth)),
        title: [...document.querySelectorAll('h1')].map((h) => h.scrollWidth - h.clientWidth),
      }));
      expect(widths.page, `${url}: page width`).toBeLessThanOrEqual(1024);
      expect(widths.bar, `${url}: control bar width`).toBeLessThanOrEqual(1024);
      expect(widths.title, `${url}: no title cut short`).toEqual(widths.title.map(() => 0));
    }
  });

  for (const size of [
    { width: 800, height: 700 },
    { width: 640, height: 600 },
  ]) {
    test(`a small window (${size.width}x${size.height}) shows the lesson, never a broken page`, async ({
      page,
    }) => {
      await page.setViewportSize(size);
      await page.goto('./#/lesson/sleepy-student/2');
      await expect(caption(page)).toHaveText(sleepyStudentEs.steps[1]!.caption);
      await expect(page.getByRole('button', { name: /^ben,/ })).toBeVisible();
      // This step reads the stage in Kafka's words.
      await page.goto('./#/lesson/calling-backup/3');
      await expect(page.getByRole('button', { name: /^consumidor pablo,/ })).toBeVisible();
    });
  }

  for (const url of ['./', './#/play/sleepy-student?t=9000', './#/lesson/sleepy-student/2', './#/sandbox']) {
    test(`no serious accessibility violations in Spanish: ${url}`, async ({ page }) => {
      await page.goto(url);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('an English browser', () => {
  test.use({ locale: 'en-US' });

  test('opens in English, with English names', async ({ page }) => {
    await page.goto('./#/play/sleepy-student?t=5000');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: SLEEPY_EN.title })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    await expect(page.getByRole('slider', { name: 'Timeline' })).toBeVisible();
    await expect(
      page.getByRole('button', { name: /^ben, /, description: /^\d+ notes? behind/ }),
    ).toBeVisible();
    await expect(
      page.getByRole('group', { name: 'Language' }).getByRole('radio', { name: 'English' }),
    ).toBeChecked();
  });
});
