import { seriousViolations } from './axe';
import { test, expect } from './fixtures';

/** Every page and lesson, checked by axe-core: no serious or critical violations. */
const PAGES = [
  './',
  './#/play/sleepy-student?t=9000',
  './#/play/spanish-translation?t=20000',
  './#/play/stress?t=8000',
  './#/lesson/note-taking-machine/1',
  './#/lesson/sleepy-student/2',
  './#/lesson/spanish-translation/4',
  './#/lesson/calling-backup/2',
  './#/lesson/more-languages/2',
  './#/lesson/retention/3',
  './#/lesson/keys-and-order/3',
  './#/lesson/at-least-once/2',
  './#/lesson/teacher-too-fast/2',
  './#/lesson/copies/4',
  './#/lesson/machine-breaks/5',
  './#/lesson/risky-shortcut/5',
  './#/lesson/no-spare-copy/2',
  './#/play/machine-breaks?t=12000',
  './#/presenter/sleepy-student',
  './#/sandbox',
  './#/share/not-a-link',
];

for (const url of PAGES) {
  test(`no serious accessibility violations: ${url}`, async ({ page }) => {
    await page.goto(url);
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('no serious accessibility violations on a working share link', async ({ page }) => {
  await page.goto('./#/sandbox');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  const link = await page.getByLabel('Share link').inputValue();
  await page.goto('about:blank');
  await page.goto(link);
  await expect(page.getByRole('heading', { name: 'Shared class' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('no serious accessibility violations with the inspector, a refused rate and a dialog open', async ({
  page,
}) => {
  await page.goto('./#/play/calling-backup?t=30000');
  const stage = page.getByRole('main', { name: 'Stage' });
  await stage.getByRole('button', { name: /^study group translators/ }).click();
  await expect(page.getByRole('table', { name: /Shelves and bookmarks/ })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);

  // Pablo's desk is under the drawer now: open him from the group's list of students.
  await page
    .getByRole('complementary', { name: 'translators' })
    .getByRole('button', { name: /^pablo/ })
    .click();
  const pace = page.getByRole('textbox', { name: 'notes per second' });
  await pace.fill('5000');
  await pace.press('Enter');
  await expect(page.getByRole('alert')).toHaveText(
    '5,000 is too many: the most is 1,000 notes per second. Still 1.5.',
  );
  expect(await seriousViolations(page)).toEqual([]);

  await page.getByRole('button', { name: 'New study group' }).click();
  await expect(page.getByRole('dialog', { name: 'New study group' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('no serious accessibility violations in presenter mode, and with the share link open', async ({
  page,
}) => {
  await page.goto('./#/lesson/calling-backup/2');
  await page.getByRole('button', { name: 'Present', exact: true }).click();
  expect(await seriousViolations(page)).toEqual([]);
  await page.goto('./#/sandbox');
  await page.getByRole('button', { name: 'Copy share link' }).click();
  await expect(page.getByLabel('Share link')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test.describe('in Spanish, dark', () => {
  test.use({ colorScheme: 'dark', locale: 'es-ES' });
  for (const url of ['./', './#/play/calling-backup?t=30000', './#/lesson/keys-and-order/3', './#/sandbox']) {
    test(`no serious accessibility violations: ${url}`, async ({ page }) => {
      await page.goto(url);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});

test.describe('dark theme, in Kafka words', () => {
  test.use({ colorScheme: 'dark' });
  for (const url of ['./', './#/play/spanish-translation?t=20000', './#/lesson/retention/3']) {
    test(`no serious accessibility violations: ${url}`, async ({ page }) => {
      await page.goto(url);
      const words = page.getByRole('group', { name: 'Words' });
      if (await words.isVisible()) await words.getByRole('radio', { name: 'Kafka' }).click();
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
});
