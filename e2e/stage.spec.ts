import type { Page } from '@playwright/test';
import { test, expect } from './fixtures';

/** The engine's time, as the Timeline slider reports it. */
async function simTime(page: Page): Promise<number> {
  return Number(await page.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow'));
}

/**
 * The lag a student's desk reports in its accessible description ("12 notes behind" / "lag 12"): her name
 * holds who she is and what she does, never a figure that moves with every note.
 */
async function lagOf(page: Page, name: string): Promise<number> {
  const desk = page.getByRole('button', { name: new RegExp(`^(consumer )?${name},`) });
  const description = await desk.evaluate(
    (el) => document.getElementById(el.getAttribute('aria-describedby') ?? '')?.textContent ?? '',
  );
  const match = /^(\d+) notes? behind|^lag (\d+)/.exec(description);
  expect(match, `lag in "${description}"`).not.toBeNull();
  await expect(desk).toHaveAccessibleDescription(description);
  return Number(match![1] ?? match![2]);
}

test('play, pause and step move time; scrubbing back shows the past', async ({ page }) => {
  await page.goto('./#/play/sleepy-student?t=5000');
  expect(await simTime(page)).toBe(5000);
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(() => simTime(page)).toBeGreaterThan(5300);
  await page.getByRole('button', { name: 'Pause' }).click();
  const paused = await simTime(page);
  await page.waitForTimeout(300);
  expect(await simTime(page)).toBe(paused);
  await page.getByRole('button', { name: 'Step forward' }).click();
  expect(await simTime(page)).toBeGreaterThan(paused);
  await page.getByRole('button', { name: 'Step back' }).click();
  expect(await simTime(page)).toBeLessThan(paused + 1000);
  await page.getByRole('slider', { name: 'Timeline' }).fill('2000');
  expect(await simTime(page)).toBe(2000);
});

test('a student falls asleep, her backlog grows; she wakes and it falls', async ({ page }) => {
  await page.goto('./#/play/sleepy-student?t=6000');
  await page.getByRole('button', { name: /^ben,/ }).click();
  await page.getByRole('button', { name: 'Fall asleep' }).click();
  await expect(page.getByRole('button', { name: /^ben, asleep/ })).toBeVisible();
  const before = await lagOf(page, 'ben');
  await page.getByRole('slider', { name: 'Timeline' }).fill('16000');
  const asleep = await lagOf(page, 'ben');
  expect(asleep).toBeGreaterThan(before + 5);
  await page.getByRole('button', { name: 'Wake up' }).click();
  await page.getByRole('slider', { name: 'Timeline' }).fill('30000');
  expect(await lagOf(page, 'ben')).toBeLessThan(asleep);
});

test('calling in backup shares out the shelves', async ({ page }) => {
  await page.goto('./#/play/calling-backup?t=6000');
  await page.getByRole('button', { name: /^pablo,/ }).click();
  await page.keyboard.press('Escape');
  await page
    .getByRole('button', { name: /study group translators|translators/ })
    .first()
    .click();
  await page.getByRole('button', { name: 'Call in backup' }).click();
  await page.getByRole('button', { name: 'Close' }).click();
  await page.getByRole('slider', { name: 'Timeline' }).fill('12000');
  const students = page.getByRole('button', { description: /^\d+ notes? behind/ });
  await expect(students).toHaveCount(2);
  await expect(page.getByText(/shelves? [0-3](, [0-3])*/).first()).toBeVisible();
});

test('switching words changes the labels, not the picture', async ({ page }) => {
  await page.goto('./#/play/sleepy-student?t=8000');
  const student = page.getByRole('button', { name: /^ben,/ });
  const box = await student.boundingBox();
  await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Kafka' }).click();
  await expect(page.getByRole('button', { name: /^consumer ben,/, description: /^lag \d+/ })).toBeVisible();
  const after = await page.getByRole('button', { name: /^consumer ben,/ }).boundingBox();
  expect(after).toEqual(box);
});
