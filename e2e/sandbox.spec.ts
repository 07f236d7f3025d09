import { test, expect } from './fixtures';

/**
 * The sandbox (`#/sandbox`): set up a class, see it run, share it. These need the routes `#/sandbox` and
 * `#/share/<encoded>` wired in src/app (SandboxPage and SharedPage from src/pages/sandbox).
 */

test('a share link made in the sandbox opens the same class, with the actions taken', async ({ page }) => {
  await page.goto('./#/sandbox');
  await expect(page.getByRole('heading', { name: 'Sandbox' })).toBeVisible();
  const running = page.getByTestId('sandbox-running');
  await expect(running).toHaveText(
    'Running: 1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)',
  );

  await page
    .getByRole('group', { name: /^Topic 1/ })
    .getByLabel('Shelves (partitions)')
    .fill('4');
  await page.getByRole('button', { name: 'Add a student to group 1' }).click();
  await expect(running).toHaveText(
    'Running: 1 note-taking machine (4 shelves), 1 teacher, 1 study group (3 students)',
  );

  // An action taken on the stage: ben falls asleep.
  const stage = page.getByRole('region', { name: 'Stage' });
  await stage.getByRole('button', { name: /^ben, / }).click();
  await page.getByRole('button', { name: 'Fall asleep' }).click();
  await expect(stage.getByRole('button', { name: /^ben, asleep/ })).toBeVisible();

  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  expect(link).toMatch(/#\/share\/[A-Za-z0-9+\-$]+$/);

  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Shared class' })).toBeVisible();
  await expect(page.getByText('Shared class:', { exact: false }).first()).toContainText(
    '1 note-taking machine (4 shelves), 1 teacher, 1 study group (3 students); opened at 0:00.0 with 1 action replayed.',
  );
  const shared = page.getByRole('region', { name: 'Stage' });
  await expect(shared.getByRole('button', { name: /^ben, asleep/ })).toBeVisible();
  await expect(shared.getByRole('button', { name: /^carla, / })).toBeVisible();
});

test('an out-of-range value shows the engine message beside the field and the class keeps running', async ({
  page,
}) => {
  await page.goto('./#/sandbox');
  const topic = page.getByRole('group', { name: /^Topic 1/ });
  const shelves = topic.getByLabel('Shelves (partitions)');
  await shelves.fill('65');
  await expect(shelves).toHaveAttribute('aria-invalid', 'true');
  await expect(topic.getByText('must be a whole number from 1 to 64')).toBeVisible();
  await expect(page.getByTestId('sandbox-running')).toHaveText(
    'Running: 1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)',
  );
  await page.getByRole('button', { name: 'Play' }).click();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await shelves.fill('2');
  await expect(shelves).not.toHaveAttribute('aria-invalid', 'true');
  await expect(page.getByTestId('sandbox-running')).toHaveText(
    'Running: 1 note-taking machine (2 shelves), 1 teacher, 1 study group (2 students)',
  );
});

test('export downloads the setup as JSON, and a wrong file is refused by name', async ({ page }) => {
  await page.goto('./#/sandbox');
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export JSON' }).click();
  expect((await download).suggestedFilename()).toBe('kafka-class.json');

  await page.getByLabel('Import JSON file').setInputFiles({
    name: 'wrong.json',
    mimeType: 'application/json',
    buffer: Buffer.from(
      JSON.stringify({ seed: 1, topics: [{ name: '<b>x</b>', partitions: 99 }], producers: [], groups: [] }),
    ),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText(
    'wrong.json was not imported. The file holds a scenario with 2 problems.',
  );
  await expect(alert).toContainText('topics[0].partitions: must be a whole number from 1 to 64');
  await expect(page.getByTestId('sandbox-running')).toHaveText(
    'Running: 1 note-taking machine (3 shelves), 1 teacher, 1 study group (2 students)',
  );
});
