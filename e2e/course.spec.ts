import { COURSE } from '../src/lessons/course';
import { test, expect } from './fixtures';

/** Every lesson steps through in the production build, each step showing its own caption and address. */
for (const lesson of COURSE) {
  test(`lesson ${lesson.id} steps through from first to last`, async ({ page }) => {
    await page.goto(`./#/lesson/${lesson.id}/1`);
    for (let i = 0; i < lesson.steps.length; i++) {
      const step = lesson.steps[i]!;
      await expect(page.getByText(step.caption, { exact: true }).first()).toBeVisible();
      await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${i + 1}$`));
      if (i + 1 < lesson.steps.length) await page.getByRole('button', { name: 'Next step' }).click();
    }
    await page.getByRole('button', { name: 'Previous step' }).click();
    await expect(page).toHaveURL(new RegExp(`#/lesson/${lesson.id}/${lesson.steps.length - 1}$`));
  });
}
