import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * Acting does not hide the action: the inspector drawer sits beside the stage, which lays itself out in
 * what is left, so whatever a button in the drawer changed stays in sight.
 */

/** Whether a stage part lies wholly inside the window and clear of the drawer. */
async function inSightBesideDrawer(page: Page, target: Locator): Promise<boolean> {
  const box = await target.boundingBox();
  const drawer = await page.locator('.inspector').boundingBox();
  const viewport = page.viewportSize();
  if (box === null || drawer === null || viewport === null) return false;
  return (
    box.x >= 0 && box.y >= 0 && box.x + box.width <= drawer.x + 0.5 && box.y + box.height <= viewport.height
  );
}

for (const [width, height] of [
  [1024, 768],
  [1280, 720],
  [1920, 1080],
] as const) {
  test.describe(`${width}x${height}`, () => {
    test.use({ viewport: { width, height } });

    test('a student put to sleep, backup called in and a new group all stay in sight of the drawer', async ({
      page,
    }) => {
      await page.goto('./#/play/sleepy-student?t=5000');
      const stage = page.getByRole('main', { name: 'Stage' });
      await stage.getByRole('button', { name: /^ben, / }).click();
      await page.getByRole('button', { name: 'Fall asleep' }).click();
      const ben = stage.getByRole('button', { name: /^ben, asleep/ });
      await expect(ben).toBeVisible();
      expect(await inSightBesideDrawer(page, ben)).toBe(true);

      await stage.getByRole('button', { name: /^study group class/ }).click();
      await page.getByRole('button', { name: 'Call in backup' }).click();
      const ana = stage.getByRole('button', { name: /^ana, / });
      await expect(ana).toBeVisible();
      expect(await inSightBesideDrawer(page, ana)).toBe(true);
      expect(await inSightBesideDrawer(page, stage.getByRole('button', { name: /^study group class/ }))).toBe(
        true,
      );

      // A new group opens the drawer on itself, beside it rather than over it.
      await page.getByRole('button', { name: 'New study group' }).click();
      const dialog = page.getByRole('dialog', { name: 'New study group' });
      await dialog.getByRole('textbox', { name: 'Name' }).fill('french');
      await dialog.getByRole('button', { name: 'Start the group' }).click();
      await expect(page.getByRole('complementary', { name: 'french' })).toBeVisible();
      const french = stage.getByRole('button', { name: /^study group french/ });
      await expect(french).toBeVisible();
      expect(await inSightBesideDrawer(page, french)).toBe(true);
    });
  });
}

test.describe('in Spanish at 1024x768', () => {
  test.use({ viewport: { width: 1024, height: 768 }, locale: 'es-ES' });
  test("the drawer's table keeps its last column in view", async ({ page }) => {
    await page.goto('./#/play/calling-backup?t=30000');
    await page
      .getByRole('main', { name: 'Escenario' })
      .getByRole('button', { name: /^grupo de estudio/ })
      .first()
      .click();
    const table = page.getByRole('table').first();
    await expect(table).toBeVisible();
    const drawer = (await page.locator('.inspector').boundingBox())!;
    const last = (await table.locator('th').last().boundingBox())!;
    expect(last.x + last.width).toBeLessThanOrEqual(drawer.x + drawer.width);
  });
});
