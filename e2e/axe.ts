import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * The rules checked: WCAG 2.0, 2.1 and 2.2 at levels A and AA, and axe's best practices. Without tags axe
 * runs only some of them (it missed label-content-name-mismatch: stage buttons named differently from
 * what they show).
 */
export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/**
 * axe-core violations on the page once it has settled, one line each: every impact, not only serious and
 * critical (the sandbox had content outside any landmark, a moderate one).
 */
export async function seriousViolations(page: Page): Promise<string[]> {
  await page.waitForLoadState('networkidle');
  // Every page draws a main landmark once its route has rendered: on a loaded host, 300 ms after the
  // network went quiet was once too soon (axe found an empty #root: no main, no heading). Not found in
  // 10 s, axe runs anyway and says what is missing.
  await page
    .locator('main')
    .first()
    .waitFor({ timeout: 10_000 })
    .catch(() => undefined);
  await page.waitForTimeout(300);
  const results = await new AxeBuilder({ page }).withTags(AXE_TAGS).analyze();
  return results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help} at ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(' | ')}`,
  );
}
