import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

const CAPTION_2 = 'Ben falls asleep. The teacher goes on speaking, and the notes pile up on the shelf.';
const CAPTION_3 =
  'His bookmark stays put while the log end runs ahead: lag = log end offset − committed offset.';

/** The caption strip under the stage (the live region repeats the caption for screen readers). */
const caption = (page: Page) => page.locator('.lesson-caption__caption');

test('a lesson step opens by its address, with its caption, where it stands, and its question', async ({
  page,
}) => {
  await page.goto('./#/lesson/sleepy-student/2');
  await expect(page.getByRole('heading', { level: 1, name: 'The sleepy student' })).toBeVisible();
  await expect(caption(page)).toHaveText(CAPTION_2);
  await expect(page.getByText('Step 2 of 5', { exact: true })).toBeVisible();
  await expect(
    page.getByRole('heading', { name: 'While Ben sleeps, what happens to the notes the teacher says?' }),
  ).toBeVisible();
  // The caption is large enough to read from the back of a room.
  const size = await caption(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(size).toBeGreaterThanOrEqual(22);
  await expect(page).toHaveTitle(/The sleepy student \(2 of 5\)/);
});

test('keys and buttons step forward and back, and the address follows', async ({ page }) => {
  await page.goto('./#/lesson/sleepy-student/2');
  await expect(caption(page)).toHaveText(CAPTION_2);

  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/3$/);
  await expect(caption(page)).toHaveText(CAPTION_3);
  await page.keyboard.press('PageUp');
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/2$/);
  await expect(caption(page)).toHaveText(CAPTION_2);

  await page.keyboard.press('n');
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/3$/);
  await page.keyboard.press('p');
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/2$/);

  await page.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/3$/);
  await expect(page.getByText('Step 3 of 5', { exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Previous step' }).click();
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/2$/);
  await expect(caption(page)).toHaveText(CAPTION_2);

  // Reloading opens the step the class was on.
  await page.keyboard.press('PageDown');
  await expect(page).toHaveURL(/\/3$/);
  await page.reload();
  await expect(caption(page)).toHaveText(CAPTION_3);
});

test('an address past the last step opens the last step', async ({ page }) => {
  await page.goto('./#/lesson/sleepy-student/99');
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/5$/);
  await expect(page.getByText('Step 5 of 5', { exact: true })).toBeVisible();
});

test('the class predicts, then the answer is revealed and the step plays', async ({ page }) => {
  await page.goto('./#/lesson/sleepy-student/2');
  const choice = page.getByRole('button', { name: 'They wait on the shelf' });
  await choice.click();
  await expect(choice).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Reveal' }).click();
  await expect(page.getByText('The class picked C: right!')).toBeVisible();
  await expect(
    page.getByText('The machine keeps every note whether or not anyone reads it. Nobody blocks.'),
  ).toBeVisible();
  // Revealing lets the step run.
  await expect(page.getByRole('button', { name: 'Pause', exact: true })).toBeVisible();
  await page.getByRole('button', { name: 'Hide answer' }).click();
  await expect(page.getByText('The class picked C: right!')).toBeHidden();
});

test('presenter mode enlarges the caption and Escape leaves it', async ({ page }) => {
  await page.goto('./#/lesson/sleepy-student/1');
  const before = await caption(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  await expect(page.getByRole('button', { name: 'Stop presenting' })).toBeVisible();
  const during = await caption(page).evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  expect(during).toBeGreaterThan(before);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: 'Present', exact: true })).toBeVisible();
});

test('the presenter view follows the lesson and steers it', async ({ page, consoleErrors }) => {
  await page.goto('./#/lesson/sleepy-student/2');
  await expect(caption(page)).toHaveText(CAPTION_2);
  const [popup] = await Promise.all([
    page.waitForEvent('popup'),
    page.getByRole('button', { name: 'Open presenter view' }).click(),
  ]);
  popup.on('console', (msg) => {
    if (msg.type() === 'error') consoleErrors.push(`presenter view: ${msg.text()}`);
  });
  popup.on('pageerror', (err) => consoleErrors.push(`presenter view uncaught: ${err.message}`));
  await expect(popup).toHaveURL(/#\/presenter\/sleepy-student$/);
  await expect(popup.getByText('Following the lesson window')).toBeVisible();
  await expect(popup.getByText(CAPTION_2)).toBeVisible();
  await expect(popup.getByText(/^Asleep means his program stops polling/)).toBeVisible();

  await popup.getByRole('button', { name: 'Reveal' }).click();
  await expect(
    page.getByText('The machine keeps every note whether or not anyone reads it. Nobody blocks.'),
  ).toBeVisible();

  await popup.getByRole('button', { name: 'Next step' }).click();
  await expect(page).toHaveURL(/#\/lesson\/sleepy-student\/3$/);
  await expect(caption(page)).toHaveText(CAPTION_3);
  await expect(popup.getByText(/^Step 3 of 5/)).toBeVisible();

  // Stepping in the lesson window moves the presenter view too.
  await page.keyboard.press('PageUp');
  await expect(popup.getByText(/^Step 2 of 5/)).toBeVisible();
  await popup.close();
});
