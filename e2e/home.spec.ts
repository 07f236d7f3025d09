import { test, expect } from './fixtures';

test('the home page lists the classes and opens one', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'Kafka Classroom' })).toBeVisible();
  await page.getByRole('link', { name: /The sleepy student/ }).click();
  await expect(page).toHaveURL(/#\/play\/sleepy-student$/);
  await expect(page.getByRole('heading', { name: 'The sleepy student' })).toBeVisible();
});

test('an unknown class says so and offers the list', async ({ page }) => {
  await page.goto('./#/play/no-such-class');
  await expect(page.getByRole('alert')).toContainText('no-such-class');
  await expect(page.getByRole('link', { name: /The sleepy student/ })).toBeVisible();
});
