import { test, expect } from './fixtures';

/** The key to the timeline's marks: readable at 1024x768, in both languages and both vocabularies. */
test.use({ viewport: { width: 1024, height: 768 } });

test('the timeline explains its marks, and each mark is named', async ({ page }) => {
  // A step after ben has fallen asleep, in classroom words.
  await page.goto('./#/lesson/sleepy-student/3');
  await page.getByRole('radio', { name: 'Classroom' }).check();
  const toggle = page.locator('.timeline-legend__toggle');
  await expect(toggle).toHaveAccessibleName('What do the marks mean?');
  await toggle.click();
  const items = page.locator('.timeline-legend__item');
  await expect(items).toHaveCount(6);
  await expect(items.filter({ hasText: 'a student fell asleep' })).toBeVisible();
  for (const size of await items.evaluateAll((els) =>
    els.map((e) => parseFloat(getComputedStyle(e).fontSize)),
  ))
    expect(size).toBeGreaterThanOrEqual(16);
  // The key opens over the stage, inside the window.
  const panel = await page.locator('.timeline-legend__panel').boundingBox();
  expect(panel!.x).toBeGreaterThanOrEqual(0);
  expect(panel!.y).toBeGreaterThanOrEqual(0);
  expect(panel!.x + panel!.width).toBeLessThanOrEqual(1024);

  // A mark is named by its kind and what happened.
  const marks = page.getByRole('group', { name: 'What happened, on the timeline' }).getByRole('button');
  const names = await marks.evaluateAll((els) => els.map((e) => e.getAttribute('aria-label') ?? ''));
  expect(names.length).toBeGreaterThan(0);
  expect(names.some((n) => /^a student fell asleep: \S+ ben fell asleep/.test(n))).toBe(true);

  // Kafka's words, then Spanish.
  await page.getByRole('radio', { name: 'Kafka' }).check();
  await expect(items.filter({ hasText: 'a consumer stopped polling' })).toBeVisible();
  await page.getByRole('radio', { name: 'Español' }).check();
  await expect(items.filter({ hasText: 'un consumidor dejó de hacer poll' })).toBeVisible();
  await expect(page.locator('.timeline-legend__title')).toHaveText('¿Qué significan las marcas?');
});
