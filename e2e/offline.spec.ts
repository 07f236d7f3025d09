import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { test, expect } from './fixtures';

/** The single-file build, opened straight from disk as from a USB stick: no server, no network. */
const singleFile = pathToFileURL(resolve('dist-single/index.html')).href;

test('the single-file build runs from file:// with no network', async ({ page, context }) => {
  await context.route(/^https?:/, (route) => route.abort());
  await page.goto(`${singleFile}#/play/sleepy-student?t=9000`);
  await expect(page.getByRole('heading', { name: 'The sleepy student' })).toBeVisible();
  await expect(page.getByRole('slider', { name: 'Timeline' })).toHaveAttribute('aria-valuenow', '9000');
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await page.goto(`${singleFile}#/lesson/sleepy-student/2`);
  await expect(page).toHaveTitle(/The sleepy student/);
});

test('the built page carries a Content-Security-Policy without eval or inline script', async ({ page }) => {
  await page.goto('./');
  const csp = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content');
  expect(csp).toContain("script-src 'self'");
  expect(csp).not.toContain('unsafe-eval');
  expect(csp).not.toContain('unsafe-inline');
});
