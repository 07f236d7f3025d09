import type { Locator, Page } from '@playwright/test';
import { test, expect } from './fixtures';

/**
 * A student who uses only the keyboard: every action of free play reached with Tab, Enter, Space and
 * Escape, each focused control showing where the focus is. No mouse event is sent in this file.
 */

/** Presses Tab until `target` has the focus (at most `limit` times), checking each stop is visible. */
async function tabTo(page: Page, target: Locator, limit = 80): Promise<void> {
  for (let i = 0; i < limit; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

/** Whether the focused element is drawn with a visible focus ring (an outline, or the stage's ring). */
async function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    const el = document.activeElement;
    if (!(el instanceof Element) || el === document.body) return false;
    const outlined = (node: Element | null): boolean => {
      if (node === null) return false;
      const style = getComputedStyle(node);
      return style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
    };
    if (outlined(el)) return true;
    // A segmented switch's radio is invisible: the face drawn beside it shows the focus.
    if (el.matches('input[type="radio"]') && outlined(el.nextElementSibling)) return true;
    // Stage parts are SVG groups: their focus ring is a dashed ring drawn inside them.
    const ring = el.querySelector(':scope > .stage-ring');
    return (
      el.matches(':focus-visible') &&
      ring !== null &&
      getComputedStyle(ring).stroke !== 'none' &&
      parseFloat(getComputedStyle(ring).strokeWidth) >= 2
    );
  });
}

test('free play by keyboard alone: play, step, inspect, put a student to sleep, call in backup', async ({
  page,
}) => {
  await page.goto('./#/play/sleepy-student?t=5000');
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  const now = async (): Promise<number> => Number(await timeline.getAttribute('aria-valuenow'));
  await expect(timeline).toHaveAttribute('aria-valuenow', '5000');

  // Space plays and pauses from anywhere that does not use Space itself.
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect.poll(now).toBeGreaterThan(5200);
  await page.keyboard.press('Space');
  await expect(page.getByRole('button', { name: 'Play' })).toBeVisible();
  const paused = await now();
  await page.keyboard.press('ArrowRight');
  expect(await now()).toBeGreaterThan(paused);

  // Tab to ben on the stage; Enter opens him in the inspector, with the focus on his name.
  const ben = page.getByRole('button', { name: /^ben, / });
  await tabTo(page, ben);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'ben' })).toBeFocused();

  const sleep = page.getByRole('button', { name: 'Fall asleep' });
  await tabTo(page, sleep);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('button', { name: /^ben, asleep/ })).toBeVisible();

  // His pace, typed.
  const pace = page.getByRole('textbox', { name: 'notes per second' });
  await tabTo(page, pace);
  await page.keyboard.press('Control+A');
  await page.keyboard.type('5');
  await page.keyboard.press('Enter');
  // Beside the open drawer the desk may be the compact one, which writes the pace "5/s".
  await expect(page.getByRole('button', { name: /^ben, .*\b5( notes)?\/s/ })).toBeVisible();

  // Escape closes the drawer and gives the focus back to the stage.
  await page.keyboard.press('Escape');
  await expect(page.getByRole('complementary', { name: 'ben' })).toHaveCount(0);

  // The group: Enter on it, then Call in backup.
  const group = page.getByRole('button', { name: /^study group class/ });
  await tabTo(page, group);
  await page.keyboard.press('Enter');
  const backup = page.getByRole('button', { name: 'Call in backup' });
  await tabTo(page, backup);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  await expect(page.getByRole('button', { name: /^ana, / })).toBeVisible();

  // The words switch is a radio group: arrows move the choice.
  const classroom = page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Classroom' });
  await tabTo(page, classroom);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(
    page.getByRole('button', { name: /^consumer ben, asleep, /, description: /^lag \d+/ }),
  ).toBeVisible();

  // The timeline by keys: Home goes to the start.
  await tabTo(page, timeline);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('Home');
  expect(await now()).toBe(0);
});

test('a new study group by keyboard alone', async ({ page }) => {
  await page.goto('./#/play/sleepy-student?t=5000');
  await tabTo(page, page.getByRole('button', { name: 'New study group' }));
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'New study group' });
  await expect(dialog.getByRole('textbox', { name: 'Name' })).toBeFocused();
  await page.keyboard.press('Control+A');
  await page.keyboard.type('french');
  await tabTo(page, dialog.getByRole('button', { name: 'Start the group' }));
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(page.getByRole('button', { name: /^study group french/ })).toBeVisible();
});

test('the speed slider moves one stop per arrow key from any speed, up to 16x and down to 0.1x', async ({
  page,
}) => {
  // 2.3x comes from a link: it lies between two stops, and the keys still move it.
  await page.goto('./#/play/sleepy-student?t=5000&speed=2.3');
  const speed = page.getByRole('slider', { name: 'Speed' });
  await expect(speed).toHaveAttribute('aria-valuetext', '2.3x');
  await tabTo(page, speed);
  expect(await focusIsVisible(page)).toBe(true);
  await page.keyboard.press('ArrowRight');
  await expect(speed).toHaveAttribute('aria-valuetext', '2.5x');
  await page.keyboard.press('ArrowLeft');
  await expect(speed).toHaveAttribute('aria-valuetext', '2x');
  // From 2x down to 1x, then up from 1x (where the old slider stuck).
  for (const label of ['1.5x', '1.2x', '1x']) {
    await page.keyboard.press('ArrowDown');
    await expect(speed).toHaveAttribute('aria-valuetext', label);
  }
  await page.keyboard.press('ArrowRight');
  await expect(speed).toHaveAttribute('aria-valuetext', '1.2x');
  // Every press moves until an end, and the ends hold.
  const seen = new Set<string>();
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press('ArrowRight');
    seen.add((await speed.getAttribute('aria-valuetext')) ?? '');
  }
  await expect(speed).toHaveAttribute('aria-valuetext', '16x');
  expect(seen.has('12x')).toBe(true);
  for (let i = 0; i < 40; i++) await page.keyboard.press('ArrowLeft');
  await expect(speed).toHaveAttribute('aria-valuetext', '0.1x');
  await page.keyboard.press('ArrowUp');
  await expect(speed).toHaveAttribute('aria-valuetext', '0.12x');
});
