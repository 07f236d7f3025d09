import type { Page } from '@playwright/test';
import { COURSE } from '../src/lessons/course';
import type { Subject } from '../src/lessons/lesson';
import { test, expect } from './fixtures';
import { stageSettled } from './stage-text';

/**
 * Nothing covers what it talks about: in every step with a question, at 1024x768 (a projector) and
 * 1280x720, presenting and not, in English and Spanish, the question card and then the answer card stand
 * clear of the step's spotlight (the outlined boxes of what the step is about), of every name on the
 * stage the caption or the question mentions (the teacher, a student) and of the shelves the question is
 * about (its notes, pages or bookmarks), wherever the spotlight leaves them out.
 */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

const QUESTIONS = COURSE.flatMap((lesson) =>
  lesson.steps.flatMap((s, i) =>
    s.question ? [{ lesson: lesson.id, step: i + 1, highlight: s.highlight ?? [] }] : [],
  ),
);

/**
 * Words that say a question is about shelves (their notes, pages, bookmarks), as the card shows them in
 * either language and either vocabulary. Written here, apart from the app's list, so the check is its own.
 */
const SHELF_WORDS = [
  'shelf',
  'shelves',
  'note',
  'notes',
  'page',
  'pages',
  'bookmark',
  'bookmarks',
  'place',
  'backlog',
  'partition',
  'partitions',
  'offset',
  'offsets',
  'record',
  'records',
  'estante',
  'estantes',
  'apunte',
  'apuntes',
  'página',
  'páginas',
  'marcapáginas',
  'sitio',
  'retraso',
  'partición',
  'particiones',
  'registro',
  'registros',
];

/**
 * Sent to the page as text (see stage-text.ts) with the step's spotlight subjects. Returns what the card
 * covers, if anything: a spotlight ring; a name on the stage (teacher, student) the caption or the card
 * says; a shelf the question is about. A question whose words speak of shelves or notes is about the
 * shelves of the machines the spotlight shows, read by the groups it shows or by the named students'
 * groups (every machine's when it shows none of these).
 */
const COVERED = (highlight: readonly Subject[]): string => `(() => {
  const highlight = ${JSON.stringify(highlight)};
  const shelfWords = new Set(${JSON.stringify(SHELF_WORDS)});
  const card = document.querySelector('.lesson__question');
  if (!card) return ['no card'];
  const c = card.getBoundingClientRect();
  const hit = (r) => Math.min(r.right, c.right) - Math.max(r.left, c.left) > 1 &&
    Math.min(r.bottom, c.bottom) - Math.max(r.top, c.top) > 1;
  const wordsOf = (s) => (s || '').toLowerCase().split(/[^\\p{L}\\p{N}]+/u).filter(Boolean);
  const out = [];
  document.querySelectorAll('.stage-spotlight__ring').forEach((r, i) => {
    if (hit(r.getBoundingClientRect())) out.push('spotlight ' + (i + 1));
  });
  const asked = wordsOf(card.textContent);
  const words = new Set([...wordsOf(document.querySelector('.lesson-caption__caption')?.textContent), ...asked]);
  const groupOf = (r) => [...document.querySelectorAll('.stage svg [data-group]')].find((g) => {
    const b = g.querySelector('rect.stage-group').getBoundingClientRect();
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    return x >= b.left && x <= b.right && y >= b.top && y <= b.bottom;
  });
  const topics = new Set();
  const readBy = (g) => { for (const t of (g?.dataset.topics || '').split(' ').filter(Boolean)) topics.add(t); };
  for (const t of document.querySelectorAll('.stage svg text.stage-name')) {
    const text = (t.textContent || '').trim().toLowerCase();
    if (!words.has(text)) continue;
    const r = t.getBoundingClientRect();
    if (hit(r)) out.push('"' + text + '"');
    if (asked.includes(text)) readBy(groupOf(r));
  }
  if (asked.some((w) => shelfWords.has(w))) {
    for (const s of highlight) {
      if (s.topic !== undefined) topics.add(s.topic);
      else if (s.group !== undefined) readBy(document.querySelector('.stage svg [data-group="' + s.group + '"]'));
    }
    const shelves = [...document.querySelectorAll('.stage svg [data-shelf]')].filter(
      (e) => topics.size === 0 || topics.has(e.dataset.shelf.split('/')[0]));
    if (shelves.length === 0) out.push('no shelf found');
    for (const e of shelves)
      if (hit(e.querySelector('.stage-hit').getBoundingClientRect())) out.push('shelf ' + e.dataset.shelf);
  }
  return out;
})()`;

async function covered(page: Page, highlight: readonly Subject[]): Promise<string[]> {
  return page.evaluate<string[]>(COVERED(highlight));
}

async function chooseLang(page: Page, lang: 'en' | 'es'): Promise<void> {
  await page.evaluate(`document.querySelector('input.segmented__input[value="${lang}"]').click()`);
  // The caption and the card follow the language; the card is placed again once measured: until the
  // caption, the card and the stage are still (a fixed 400 ms wait before).
  await stageSettled(page, 0, 2000);
}

for (const viewport of VIEWPORTS) {
  for (const presenting of [false, true]) {
    test(`at ${viewport.width}x${viewport.height}${presenting ? ', presenting' : ''}: question and answer cards cover neither the spotlight, the names said, nor the shelves asked about`, async ({
      page,
    }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(viewport);
      const found: string[] = [];
      let checked = 0;
      for (const q of QUESTIONS) {
        await page.goto(`./#/lesson/${q.lesson}/${q.step}`);
        await page.evaluate(() => localStorage.setItem('kafka-classroom.lang', 'en'));
        await page.reload();
        if (presenting) {
          await page.getByRole('button', { name: 'Present', exact: true }).click();
          await page.locator('.lesson--presenting').waitFor();
          await page.mouse.move(2, 300);
        }
        await page.locator('.lesson__question').waitFor();
        const check = async (what: string): Promise<void> => {
          for (const lang of ['en', 'es'] as const) {
            await chooseLang(page, lang);
            for (const c of await covered(page, q.highlight))
              found.push(`${q.lesson} step ${q.step} ${what} (${lang}): covers ${c}`);
            checked++;
          }
        };
        await check('question');
        await page.locator('.lesson-question__reveal').click();
        await page.mouse.move(2, 300);
        // The answer card replaces the question's and is placed once measured (a fixed 600 ms before).
        await stageSettled(page, 0, 2000);
        await check('answer');
      }
      expect(checked).toBe(QUESTIONS.length * 4);
      expect(found).toEqual([]);
    });
  }
}
