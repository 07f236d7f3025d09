import AxeBuilder from '@axe-core/playwright';
import { test, expect } from './fixtures';

/** Every page and lesson, checked by axe-core: no serious or critical violations. */
const PAGES = [
  './',
  './#/play/sleepy-student?t=9000',
  './#/play/spanish-translation?t=20000',
  './#/play/stress?t=8000',
  './#/lesson/note-taking-machine/1',
  './#/lesson/sleepy-student/2',
  './#/lesson/spanish-translation/4',
  './#/lesson/calling-backup/2',
  './#/lesson/more-languages/2',
  './#/lesson/retention/3',
  './#/lesson/keys-and-order/3',
  './#/lesson/at-least-once/2',
  './#/lesson/teacher-too-fast/2',
  './#/presenter/sleepy-student',
];

for (const url of PAGES) {
  test(`no serious accessibility violations: ${url}`, async ({ page }) => {
    await page.goto(url);
    await page.waitForLoadState('networkidle');
    await page.waitForTimeout(300);
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map(
        (v) =>
          `${v.id} (${v.impact}): ${v.help} at ${v.nodes
            .map((n) => n.target.join(' '))
            .slice(0, 3)
            .join(' | ')}`,
      );
    expect(serious).toEqual([]);
  });
}
