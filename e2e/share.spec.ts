import { COURSE } from '../src/lessons/course';
import { findScenario } from '../src/lessons/scenarios';
import { encodeShare } from '../src/session/share';
import { test, expect } from './fixtures';

/**
 * Share links (`#/share/<encoded>`): bad ones get a clear message and break nothing. These need the routes
 * `#/share/<encoded>` and `#/sandbox` wired in src/app (SharedPage and SandboxPage from src/pages/sandbox).
 */

test.beforeEach(({ page }) => {
  page.on('dialog', (dialog) => {
    throw new Error(`a dialog opened: ${dialog.message()}`);
  });
});

test('a bad link shows a clear message, with links home and to the sandbox', async ({ page }) => {
  await page.goto('./#/share/AAAAAAAAAAAAAAAA');
  await expect(page.getByRole('heading', { name: 'This link could not be opened' })).toBeVisible();
  await expect(page.getByRole('alert')).toHaveText('The link is damaged (it could not be decompressed).');
  await expect(page.getByRole('link', { name: 'Go to the home page' })).toBeVisible();
  await page.getByRole('link', { name: 'Set up a class in the sandbox' }).click();
  await expect(page.getByRole('heading', { name: 'Sandbox' })).toBeVisible();
});

test('a link with a script tag shows it as text and runs nothing', async ({ page }) => {
  await page.goto('./#/share/<script>window.hacked=1</script><img src=x onerror=alert(1)>');
  await expect(page.getByRole('alert')).toHaveText(
    'The link is damaged (it holds "<", a character share links never have).',
  );
  expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();
});

test('a link holding a wrong scenario lists its problems', async ({ page }) => {
  const scenario = {
    ...findScenario('sleepy-student')!.scenario,
    topics: [{ name: 'notes', partitions: 0 }],
  };
  await page.goto(`./#/share/${encodeShare({ v: 1, scenario, commands: [] })}`);
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'The link holds a scenario with 1 problem: topics[0].partitions: must be a whole number from 1 to 64.',
  );
});

test('a lesson written as a file opens from its link at the first step', async ({ page }) => {
  const lesson = {
    ...COURSE.find((l) => l.id === 'sleepy-student')!,
    id: 'my-lesson',
    title: 'My own lesson',
  };
  const scenario = findScenario('sleepy-student')!.scenario;
  await page.goto(`./#/share/${encodeShare({ v: 1, lesson, scenario })}`);
  await expect(page.getByRole('heading', { name: 'My own lesson' })).toBeVisible();
  const card = page.getByRole('region', { name: 'Lesson' });
  await expect(card).toContainText('Step 1 of 5');
  await card.getByRole('button', { name: 'Next step' }).click();
  await expect(card).toContainText('Step 2 of 5');
});
