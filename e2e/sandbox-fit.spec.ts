import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * The sandbox's fields show their whole placeholder and their whole chosen option: "7 days (60480000" cut
 * in the middle told nobody what an empty field means.
 */
async function cutTexts(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const ctx = document.createElement('canvas').getContext('2d')!;
    const cut: string[] = [];
    for (const el of document.querySelectorAll<HTMLInputElement | HTMLSelectElement>(
      '.sandbox__panel input, .sandbox__panel select',
    )) {
      const text =
        el instanceof HTMLSelectElement ? (el.selectedOptions[0]?.text ?? '') : el.value || el.placeholder;
      if (text === '' || el.getClientRects().length === 0) continue;
      const style = getComputedStyle(el);
      ctx.font = `${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
      // A select's arrow takes about 24 px of its box.
      const room =
        el.clientWidth -
        parseFloat(style.paddingLeft) -
        parseFloat(style.paddingRight) -
        (el instanceof HTMLSelectElement ? 24 : 0);
      if (ctx.measureText(text).width > room + 0.5) cut.push(`${text} (${Math.round(room)} px)`);
    }
    return cut;
  });
}

for (const [locale, width] of [
  ['en-US', 1024],
  ['es-ES', 1024],
  ['en-US', 1280],
  ['es-ES', 1280],
] as const) {
  test.describe(`${locale} at ${width} px`, () => {
    test.use({ locale, viewport: { width, height: 768 } });
    test('every placeholder and chosen option fits its field', async ({ page }) => {
      await page.goto('./#/sandbox');
      await expect(page.locator('.sandbox__panel select').first()).toBeVisible();
      expect(await cutTexts(page)).toEqual([]);
    });
  });
}
