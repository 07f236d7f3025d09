import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/**
 * "What this simulator simplifies": a page of its own, reached from the home page and from the last step
 * of a lesson, in English and Spanish, with no serious accessibility problem.
 */
test.describe('what this simulator simplifies', () => {
  test('opens from the home page, in English, and is clean for axe', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('link', { name: 'what this simulator simplifies' }).click();
    await expect(page).toHaveURL(/#\/simplifications$/);
    await expect(
      page.getByRole('heading', { name: 'What this simulator simplifies', level: 1 }),
    ).toBeVisible();
    await expect(
      page.getByRole('heading', { name: 'Brokers and copies, with a controller that never fails' }),
    ).toBeVisible();
    const timers = page.getByRole('region', { name: 'The classroom’s timers' });
    await expect(timers.getByRole('table').first()).toContainText('session.timeout.ms');
    await expect(timers.getByRole('table').first()).toContainText('45 s');
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('link', { name: 'Kafka Classroom' }).click();
    await expect(page.getByRole('heading', { name: 'Kafka Classroom', level: 1 })).toBeVisible();
  });

  test("opens from a lesson's last step", async ({ page }) => {
    await page.goto('./#/lesson/at-least-once/1');
    await expect(page.getByRole('button', { name: 'Replay step' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'What this simulator simplifies' })).toHaveCount(0);
    // Past the last step an address opens the last one.
    await page.goto('./#/lesson/at-least-once/99');
    await page.getByRole('link', { name: 'What this simulator simplifies' }).click();
    await expect(page).toHaveURL(/#\/simplifications$/);
    await expect(
      page.getByRole('heading', { name: 'What this simulator simplifies', level: 1 }),
    ).toBeVisible();
  });

  test.describe('in Spanish', () => {
    test.use({ locale: 'es-ES' });

    test('opens from the home page and from a lesson end, and is clean for axe', async ({ page }) => {
      await page.goto('./');
      await page.getByRole('link', { name: 'lo que este simulador simplifica' }).click();
      await expect(
        page.getByRole('heading', { name: 'Lo que este simulador simplifica', level: 1 }),
      ).toBeVisible();
      await expect(page.getByRole('heading', { name: 'Sin transacciones' })).toBeVisible();
      expect(await seriousViolations(page)).toEqual([]);
      await page.goto('./#/lesson/sleepy-student/99');
      await page.getByRole('link', { name: 'Lo que este simulador simplifica' }).click();
      await expect(page).toHaveURL(/#\/simplifications$/);
      await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    });
  });
});
