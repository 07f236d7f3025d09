import { COURSE } from '../src/lessons/course';
import { test, expect } from './fixtures';

/**
 * Presenting, the header that comes back with the controls shows the lesson's title whole and readable
 * from the back row: at 1024x768 (a projector) and 1280x720, in English and Spanish, for every lesson, the
 * title is not cut (no ellipsis: its text fits its box), is at least 20 px, and stands inside the window;
 * and the header keeps to one row (a second row of buttons pushed the stage down and, with a question card
 * docked under it, shrank it to half its height while the controls showed).
 */
const VIEWPORTS = [
  { width: 1024, height: 768 },
  { width: 1280, height: 720 },
];

const TITLE = `(() => {
  const t = document.querySelector('.lesson--presenting .lesson__title');
  if (!t) return null;
  const r = t.getBoundingClientRect();
  return {
    text: t.textContent,
    scroll: t.scrollWidth,
    client: t.clientWidth,
    px: parseFloat(getComputedStyle(t).fontSize),
    inside: r.left >= 0 && r.right <= window.innerWidth && r.top >= 0 && r.bottom <= window.innerHeight,
    visible: getComputedStyle(t.closest('.lesson__header')).opacity !== '0',
    // What of the header stands outside the title's row (its middle off the title's).
    offRow: [...t.closest('.lesson__header').children]
      .filter((c) => { const b = c.getBoundingClientRect(); return b.height > 0 && Math.abs((b.top + b.bottom) / 2 - (r.top + r.bottom) / 2) > 8; })
      .map((c) => (c.getAttribute('aria-label') || c.textContent || c.className).trim()),
  };
})()`;

interface Title {
  text: string;
  scroll: number;
  client: number;
  px: number;
  inside: boolean;
  visible: boolean;
  offRow: string[];
}

for (const viewport of VIEWPORTS) {
  test(`at ${viewport.width}x${viewport.height}, presenting: every lesson's title shows whole in a header of one row, in English and Spanish`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await page.setViewportSize(viewport);
    const found: string[] = [];
    let checked = 0;
    for (const lesson of COURSE) {
      await page.goto(`./#/lesson/${lesson.id}/1`);
      await page.evaluate(() => localStorage.setItem('kafka-classroom.lang', 'en'));
      await page.reload();
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await page.locator('.lesson--presenting').waitFor();
      for (const lang of ['en', 'es'] as const) {
        await page.evaluate(`document.querySelector('input.segmented__input[value="${lang}"]').click()`);
        // The pointer over the header keeps the controls showing.
        await page.mouse.move(viewport.width / 2, 10);
        await page.waitForTimeout(300);
        const t = await page.evaluate<Title | null>(TITLE);
        checked++;
        if (!t) {
          found.push(`${lesson.id} (${lang}): no title`);
          continue;
        }
        const where = `${lesson.id} (${lang}) "${t.text}"`;
        if (t.scroll > t.client) found.push(`${where}: cut, ${t.scroll} px of text in ${t.client} px`);
        if (t.px < 20) found.push(`${where}: ${t.px} px`);
        if (t.offRow.length > 0) found.push(`${where}: a second row holds ${t.offRow.join(', ')}`);
        if (!t.inside) found.push(`${where}: outside the window`);
        if (!t.visible) found.push(`${where}: header hidden`);
      }
    }
    expect(checked).toBe(COURSE.length * 2);
    expect(found).toEqual([]);
  });
}
