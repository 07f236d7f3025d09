import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A thousand random clicks, keys, drags and slider moves across free play, lessons and the sandbox, from
 * a fixed seed so a failure can be replayed. The fixture fails the test on any console error or uncaught
 * exception; at the end the page must still show something.
 */
const ACTIONS = 1000;
const PAGES = [
  './#/play/sleepy-student',
  './#/play/calling-backup?t=5000',
  './#/play/spanish-translation?t=8000',
  './#/lesson/sleepy-student/1',
  './#/lesson/calling-backup/2',
  './#/lesson/retention/3',
  './#/sandbox',
  './#/share/damaged-link',
];
const KEYS = [
  'Space',
  'ArrowLeft',
  'ArrowRight',
  'PageDown',
  'PageUp',
  'n',
  'p',
  'Escape',
  'Tab',
  'Enter',
  'Home',
  'End',
];
/** Buttons that leave the page for the browser's chrome (full screen, new windows, files). */
const SKIP = /Present|presenter view|Import|Export|Save picture|as SVG/i;

function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 4294967296;
  };
}

async function randomAction(page: Page, random: () => number): Promise<void> {
  const pick = random();
  if (pick < 0.05) {
    await page.goto(PAGES[Math.floor(random() * PAGES.length)]!);
    return;
  }
  if (pick < 0.45) {
    const buttons = page.locator(
      'button:visible:not([disabled]), [role="button"]:visible, [role="radio"]:visible',
    );
    const n = await buttons.count();
    if (n === 0) return;
    const target = buttons.nth(Math.floor(random() * n));
    const name = (await target.getAttribute('aria-label')) ?? (await target.textContent()) ?? '';
    if (SKIP.test(name)) return;
    await target.click({ timeout: 1000, trial: false }).catch(() => undefined);
    return;
  }
  if (pick < 0.7) {
    await page.keyboard.press(KEYS[Math.floor(random() * KEYS.length)]!);
    return;
  }
  if (pick < 0.85) {
    const sliders = page.locator('input[type="range"]:visible');
    const n = await sliders.count();
    if (n === 0) return;
    const slider = sliders.nth(Math.floor(random() * n));
    const min = Number((await slider.getAttribute('min')) ?? 0);
    const max = Number((await slider.getAttribute('max')) ?? 100);
    const step =
      (await slider.getAttribute('step')) === 'any' ? 0 : Number((await slider.getAttribute('step')) ?? 1);
    let value = min + random() * (max - min);
    if (step > 0) value = Math.round(value / step) * step;
    await slider.fill(String(value), { timeout: 1000 }).catch(() => undefined);
    return;
  }
  const box = page.viewportSize();
  if (!box) return;
  const x = random() * box.width;
  const y = random() * box.height;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + (random() - 0.5) * 300, y + (random() - 0.5) * 100, { steps: 3 });
  await page.mouse.up();
}

test('a thousand random actions break nothing', async ({ page }) => {
  test.setTimeout(240_000);
  const random = lcg(20261125);
  await page.goto(PAGES[0]!);
  for (let i = 0; i < ACTIONS; i++) await randomAction(page, random);
  await expect(page.locator('body')).not.toBeEmpty();
  await expect(page.getByRole('heading').first()).toBeVisible();
});
