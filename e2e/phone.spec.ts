import type { Page } from '@playwright/test';
import { COURSE } from '../src/lessons/course';
import { LESSONS_ES } from '../src/lessons/es';
import type { Lesson } from '../src/lessons/lesson';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * A student alone with a phone (390x844, and 360x740): every page fits the screen's width, a lesson is
 * stepped through with the question under the stage, never over it, its choices, Reveal and Next whole on
 * the screen, and axe finds nothing, in English and in Spanish.
 */
const PHONE = { width: 390, height: 844 };

interface Voice {
  readonly locale: string;
  readonly next: string;
  readonly reveal: string;
  readonly choices: (lesson: Lesson, i: number) => readonly string[] | undefined;
}

const ENGLISH: Voice = {
  locale: 'en-US',
  next: 'Next step',
  reveal: 'Reveal',
  choices: (lesson, i) => lesson.steps[i]!.question?.choices,
};

const SPANISH: Voice = {
  locale: 'es-ES',
  next: 'Paso siguiente',
  reveal: 'Revelar',
  choices: (lesson, i) => LESSONS_ES[lesson.id]!.steps[i]!.question?.choices,
};

const PAGES = [
  '#/',
  '#/lesson/sleepy-student/3',
  '#/play/calling-backup?t=20000',
  '#/play/stress?t=5000',
  '#/sandbox',
  '#/simplifications',
  '#/presenter/sleepy-student',
];

/** The page is no wider than the screen, and no box of the page (the stage's drawing aside) runs past it. */
async function expectFitsWidth(page: Page): Promise<void> {
  const fit = await page.evaluate(() => {
    const width = window.innerWidth;
    const over = [...document.body.querySelectorAll<HTMLElement>('*')]
      .filter((el) => !(el instanceof SVGElement) || el instanceof SVGSVGElement)
      .filter((el) => {
        const box = el.getBoundingClientRect();
        // Nothing to see (and visually hidden text, a 1 px box a pixel off the edge on purpose).
        if (box.width <= 1 || box.height <= 1) return false;
        // What a scrolling box holds past its edge is scrolled, not cut: only the box itself counts.
        const clipped = el.parentElement?.closest('.stage, .data-table, .stage-zoom__scroller');
        return !clipped && (box.right > width + 0.5 || box.left < -0.5);
      })
      .map(
        (el) =>
          `${el.tagName.toLowerCase()}.${String(el.className)} ${Math.round(el.getBoundingClientRect().right)}`,
      );
    return { scrollWidth: document.documentElement.scrollWidth, width, over: over.slice(0, 5) };
  });
  expect(fit.scrollWidth, 'the page scrolls sideways').toBeLessThanOrEqual(fit.width);
  expect(fit.over, 'boxes past the screen’s edge').toEqual([]);
}

/** Scrolled into view, the element is whole on the screen. */
async function expectOnScreen(page: Page, locator: ReturnType<Page['locator']>, what: string): Promise<void> {
  await locator.scrollIntoViewIfNeeded();
  const box = await locator.boundingBox();
  expect(box, what).not.toBeNull();
  const { width, height } = page.viewportSize()!;
  expect(box!.x, `${what}: left edge`).toBeGreaterThanOrEqual(-0.5);
  expect(box!.y, `${what}: top edge`).toBeGreaterThanOrEqual(-0.5);
  expect(box!.x + box!.width, `${what}: right edge`).toBeLessThanOrEqual(width + 0.5);
  expect(box!.y + box!.height, `${what}: bottom edge`).toBeLessThanOrEqual(height + 0.5);
}

/** Every button on the page has a target of at least 24 by 24 px (WCAG 2.5.8) and stays inside the width. */
async function expectButtonsWhole(page: Page): Promise<void> {
  const bad = await page.evaluate(() => {
    const width = window.innerWidth;
    return (
      [...document.querySelectorAll<HTMLElement>('button, a[href], summary, input, select')]
        .filter((el) => el.closest('.stage') === null && el.getClientRects().length > 0)
        // A visually hidden input (a file picker opened by its button) is not a target of its own.
        .filter((el) => el.getBoundingClientRect().width > 1)
        .filter((el) => !el.closest('.timeline__chapters'))
        .map((el) => ({ el, box: el.getBoundingClientRect() }))
        .filter(({ el, box }) => {
          const radio = el instanceof HTMLInputElement && el.type === 'radio';
          const target = radio ? el.parentElement!.getBoundingClientRect() : box;
          const inline = el.tagName === 'A' && el.closest('p') !== null;
          const small = !inline && (target.width < 24 || target.height < 24);
          return small || box.right > width + 0.5 || box.left < -0.5;
        })
        .map(
          ({ el, box }) =>
            `${el.tagName} "${el.textContent?.trim().slice(0, 30)}" ${Math.round(box.x)},${Math.round(box.width)}x${Math.round(box.height)}`,
        )
    );
  });
  expect(bad, 'buttons cut or smaller than 24 px').toEqual([]);
}

/** The question card and the stage do not overlap: the card stands under the stage on a phone. */
async function expectStageClear(page: Page): Promise<void> {
  const stage = await page.locator('.lesson__stage .stage').boundingBox();
  const card = await page.locator('.lesson__question').boundingBox();
  expect(stage).not.toBeNull();
  expect(card).not.toBeNull();
  expect(card!.y, 'the question starts under the stage').toBeGreaterThanOrEqual(
    stage!.y + stage!.height - 0.5,
  );
}

async function stepThrough(page: Page, lesson: Lesson, voice: Voice): Promise<void> {
  await page.goto(`./#/lesson/${lesson.id}/1`);
  for (let i = 0; i < lesson.steps.length; i++) {
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${i + 1}$`));
    const choices = voice.choices(lesson, i);
    if (choices) {
      const card = page.locator('.lesson__question');
      await expect(card).toBeVisible();
      await expectStageClear(page);
      for (const choice of choices) {
        await expectOnScreen(page, page.getByRole('button', { name: choice, exact: true }), choice);
      }
      const reveal = page.getByRole('button', { name: voice.reveal, exact: true });
      await expectOnScreen(page, reveal, 'Reveal');
      await page
        .getByRole('button', { name: choices[lesson.steps[i]!.question!.answer]!, exact: true })
        .click();
      await reveal.click();
      await expectStageClear(page);
    }
    await expectFitsWidth(page);
    await expectButtonsWhole(page);
    const next = page.getByRole('button', { name: voice.next });
    await expectOnScreen(page, next, 'Next');
    if (i + 1 < lesson.steps.length) await next.click();
  }
}

const LESSONS = ['sleepy-student', 'calling-backup'].map((id) => COURSE.find((l) => l.id === id)!);

for (const voice of [ENGLISH, SPANISH]) {
  test.describe(`on a phone, ${voice.locale}`, () => {
    test.use({ viewport: PHONE, locale: voice.locale });

    for (const address of PAGES) {
      test(`${address} fits the screen's width, with whole buttons, and axe finds nothing`, async ({
        page,
      }) => {
        await page.goto(`./${address}`);
        await expect(page.locator('h1').first()).toBeVisible();
        await expectFitsWidth(page);
        await expectButtonsWhole(page);
        expect(await seriousViolations(page)).toEqual([]);
      });
    }

    for (const lesson of LESSONS) {
      test(`every step of ${lesson.id} is reached by Next, its question under the stage and whole`, async ({
        page,
      }) => {
        test.setTimeout(90_000);
        await stepThrough(page, lesson, voice);
      });
    }

    test('Zoom in draws the stage larger in a box that scrolls sideways, and the page stays as wide', async ({
      page,
    }) => {
      await page.goto('./#/lesson/calling-backup/3');
      const stage = page.locator('.lesson__stage .stage');
      const textHeight = (): Promise<number> =>
        stage.locator('svg text').evaluateAll((els) => {
          const h = els.map((e) => e.getBoundingClientRect().height).filter((x) => x > 0);
          h.sort((a, b) => a - b);
          return h[h.length >> 1] ?? 0;
        });
      await expect.poll(textHeight).toBeGreaterThan(0);
      const fitted = await textHeight();
      const zoom = page.getByRole('button', { name: voice.locale === 'es-ES' ? 'Ampliar' : 'Zoom in' });
      await expect(zoom).toHaveAttribute('aria-pressed', 'false');
      await zoom.click();
      await expect(zoom).toHaveAttribute('aria-pressed', 'true');
      await expect.poll(textHeight).toBeGreaterThan(fitted * 1.3);
      expect((await stage.boundingBox())!.width).toBeGreaterThan(PHONE.width);
      await expectFitsWidth(page);
      expect(await seriousViolations(page)).toEqual([]);
      await zoom.click();
      await expect.poll(textHeight).toBeLessThan(fitted * 1.1);
    });

    test('the drawer opens under the stage, full width, and the stage stays whole', async ({ page }) => {
      await page.goto('./#/play/sleepy-student?t=5000');
      const stage = page.locator('.play__stage .stage');
      const before = await stage.boundingBox();
      await page.getByRole('button', { name: /^ben,/ }).first().click();
      const drawer = page.locator('.inspector');
      await expect(drawer).toBeVisible();
      const after = await stage.boundingBox();
      const box = await drawer.boundingBox();
      expect(after).toEqual(before);
      expect(box!.y).toBeGreaterThanOrEqual(after!.y + after!.height - 0.5);
      expect(box!.width).toBeGreaterThanOrEqual(PHONE.width - 1);
      await expectFitsWidth(page);
      await expectButtonsWhole(page);
      expect(await seriousViolations(page)).toEqual([]);
    });
  });
}

test.describe('on a small phone (360x740)', () => {
  test.use({ viewport: { width: 360, height: 740 } });
  for (const address of PAGES) {
    test(`${address} fits the screen's width`, async ({ page }) => {
      await page.goto(`./${address}`);
      await expect(page.locator('h1').first()).toBeVisible();
      await expectFitsWidth(page);
      await expectButtonsWhole(page);
    });
  }
  test('a lesson step with a question keeps it under the stage, with Reveal and Next on screen', async ({
    page,
  }) => {
    const lesson = COURSE.find((l) => l.id === 'sleepy-student')!;
    const i = lesson.steps.findIndex((s) => s.question);
    await page.goto(`./#/lesson/${lesson.id}/${i + 1}`);
    await expect(page.locator('.lesson__question')).toBeVisible();
    // Reveal is on screen as the step opens, with no scrolling by the student (it was 70 px below the edge).
    const reveal = page.getByRole('button', { name: 'Reveal', exact: true });
    await expect(reveal).toBeInViewport({ ratio: 1 });
    await expectStageClear(page);
    await expectOnScreen(page, reveal, 'Reveal');
    await expectOnScreen(page, page.getByRole('button', { name: 'Next step' }), 'Next');
  });
});
