import type { Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * The theme switch on every page: light, dark, or the system's (the default), remembered across a reload
 * and applied before the app runs (index.html's first script), with axe passing in dark on every page.
 */
const background = (page: Page): Promise<string> =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('the theme follows the system by default, and a choice is remembered across a reload', async ({
  page,
}) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto('./#/');
  const themes = page.getByRole('group', { name: 'Theme' });
  await expect(themes.getByRole('radio', { name: 'As the system' })).toBeChecked();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  const light = await background(page);

  // Following the system: an evening switch to dark turns the page dark.
  await page.emulateMedia({ colorScheme: 'dark' });
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  await page.emulateMedia({ colorScheme: 'light' });

  await themes.getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  const dark = await background(page);
  expect(dark).not.toBe(light);

  // After a reload the page is dark before the app has run: the first script read the saved choice.
  await page.addInitScript(() => {
    document.addEventListener('readystatechange', () => {
      if (document.readyState === 'interactive')
        (window as unknown as { themeAtParse: string | null }).themeAtParse =
          document.documentElement.getAttribute('data-theme');
    });
  });
  await page.reload();
  expect(await page.evaluate(() => (window as unknown as { themeAtParse: string | null }).themeAtParse)).toBe(
    'dark',
  );
  await expect(page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' })).toBeChecked();
  expect(await background(page)).toBe(dark);

  // Light wins over a dark system, in the lesson too, and in Spanish the switch speaks Spanish.
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./#/lesson/sleepy-student/1');
  await page.getByRole('radio', { name: 'Español' }).check();
  await page.getByRole('group', { name: 'Tema' }).getByRole('radio', { name: 'Claro' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(light);
});

test('with storage blocked the switch still works for the visit', async ({ page }) => {
  await page.addInitScript(() => {
    Object.defineProperty(window, 'localStorage', {
      get() {
        throw new Error('storage blocked');
      },
    });
  });
  await page.goto('./#/');
  await page.getByRole('group', { name: 'Theme' }).getByRole('radio', { name: 'Dark' }).check();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
});

for (const address of [
  '#/',
  '#/lesson/sleepy-student/2',
  '#/lesson/calling-backup/3',
  '#/play/spanish-translation?t=20000',
  '#/sandbox',
  '#/simplifications',
]) {
  test(`${address} passes axe in the dark theme`, async ({ page }) => {
    await page.addInitScript(() => window.localStorage.setItem('kafka-classroom.theme', 'dark'));
    await page.goto(`./${address}`);
    await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
    expect(await seriousViolations(page)).toEqual([]);
  });
}
