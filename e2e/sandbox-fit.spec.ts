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

/**
 * The player under the sandbox's stage at 1024x768 (608 px beside the form) takes two rows in every voice:
 * in English its speed slider at full width pushed "Classroom | Kafka" and "New study group" to a third row,
 * so the stage lost 52 px and the busy school's overview drew no activity key there (it did in Spanish).
 */
async function playerRows(page: Page): Promise<{ rows: number; small: string[]; outside: string[] }> {
  return page.evaluate(() => {
    const bar = document.querySelector('.class-stage .control-bar__row')!;
    const tops = new Set<number>();
    const small: string[] = [];
    const outside: string[] = [];
    for (const el of bar.children) {
      const r = el.getBoundingClientRect();
      if (r.height === 0) continue;
      // Items of a row are centred on one line.
      tops.add(Math.round(r.top + r.height / 2));
      if (r.left < 0 || r.right > innerWidth || r.bottom > innerHeight) outside.push(el.className);
    }
    for (const el of bar.querySelectorAll<HTMLElement>('button, label, span, p')) {
      if (el.textContent?.trim() && parseFloat(getComputedStyle(el).fontSize) < 16)
        small.push(el.textContent);
    }
    return { rows: tops.size, small, outside };
  });
}

for (const locale of ['en-US', 'es-ES'] as const) {
  test.describe(`the busy school in the sandbox, ${locale} at 1024x768`, () => {
    test.use({ locale, viewport: { width: 1024, height: 768 } });
    test('the player takes two rows in both words, and the overview draws its activity key', async ({
      page,
    }) => {
      await page.goto('./#/sandbox');
      await page.locator('.sandbox__starts select').first().selectOption('stress');
      await expect(page.locator('.stage-overview')).toBeVisible();
      for (const words of ['classroom', 'kafka']) {
        await page.evaluate(`document.querySelector('input.segmented__input[value="${words}"]').click()`);
        await expect(page.locator(`input.segmented__input[value="${words}"]`)).toBeChecked();
        expect(await playerRows(page), words).toEqual({ rows: 2, small: [], outside: [] });
        await expect(page.locator('.stage-overview-key'), words).toBeVisible();
      }
    });
  });
}
