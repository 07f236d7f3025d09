import type { Page } from '@playwright/test';
import { findScenario } from '../src/lessons/scenarios';
import { OPEN_SLICE_WORK } from '../src/runtime/work-budget';
import { encodeShare, type SharePayload } from '../src/session/share';
import { FRAME_WORK_BUDGET } from '../src/store/simulator-store';
import { test, expect } from './fixtures';
import { slices } from './opening-slices';

/**
 * Scrubbing the busy school's timeline (issue 12): every seek of the bar runs in slices of engine work
 * with the page answering between them, a long one shows where it goes with Cancel, and a drag lands
 * where the pointer stopped. Asserted on what the page counts (its slices, the engine work in each),
 * never on wall time.
 */

const stress = findScenario('stress')!.scenario;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __pressed: { at: number; slices: number[] } | null; __asked: number };
    w.__pressed = null;
    // The slider's last position, as the browser set it under the pointer.
    window.addEventListener(
      'input',
      (e) => {
        if (e.target instanceof HTMLInputElement && e.target.type === 'range')
          w.__asked = Number(e.target.value);
      },
      { capture: true },
    );
    // When a press arrived (its own time stamp) and the slices that had ended when the page handled it.
    window.addEventListener(
      'pointerdown',
      (e) => {
        const opening = (window as unknown as { kafkaClassroomOpening: { endedAt: number[] } })
          .kafkaClassroomOpening;
        w.__pressed = { at: e.timeStamp, slices: opening.endedAt };
      },
      { capture: true },
    );
  });
});

/**
 * A busy class opened at a moment, paused, with the CPU slowed four times (a classroom laptop): the busy
 * school at 10:00, or (`hurried`) a share of it whose teacher writes 100 times as fast (20,000 notes a
 * second) at 1:00, where a seek a minute on runs hundreds of slices.
 */
async function busySchool(page: Page, hurried = false) {
  const at = hurried ? 60_000 : 600_000;
  if (hurried) {
    const scenario = { ...stress, producers: stress.producers.map((p) => ({ ...p, recordsPerSec: 20_000 })) };
    await page.goto(`./#/share/${encodeShare({ v: 1, scenario, commands: [], timeMs: at } as SharePayload)}`);
  } else await page.goto(`./#/play/stress?t=${at}`);
  const timeline = page.getByRole('slider', { name: 'Timeline' });
  await expect(timeline).toHaveAttribute('aria-valuenow', String(at), { timeout: 60_000 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const box = (await timeline.boundingBox())!;
  const max = Number(await timeline.getAttribute('max'));
  // The thumb's centre runs from 11 px inside one end of the input to 11 px inside the other.
  const xOf = (ms: number): number => box.x + 11 + (ms / max) * (box.width - 22);
  return { timeline, cdp, xOf, y: box.y + box.height / 2 };
}

async function pressedWithin(page: Page): Promise<number> {
  const pressed = await page.evaluate(
    () => (window as unknown as { __pressed: { at: number; slices: number[] } }).__pressed,
  );
  return pressed.slices.filter((end) => end > pressed.at).length;
}

test('a long seek of a busy class runs in slices with where it goes, the page answering, and Cancel', async ({
  page,
}) => {
  const { timeline, xOf, y, cdp } = await busySchool(page, true);
  const before = (await slices(page)).count;
  // A press on the bar near its right end: 55 s of the class's future to run, hundreds of slices.
  await page.mouse.click(xOf(115_000), y);
  const progress = page.getByRole('progressbar', { name: /^Going to 1:5\d: \d+%$/ });
  await expect(progress).toBeVisible();
  // The page answers during it: the words switch is handled within a slice, and the progress follows it.
  await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Kafka' }).click();
  await expect(page.getByRole('progressbar', { name: /^Seeking the run to 1:5\d: \d+%$/ })).toBeVisible();
  expect(await pressedWithin(page)).toBeLessThanOrEqual(1);
  await page.getByRole('button', { name: 'Cancel', exact: true }).click();
  expect(await pressedWithin(page)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  // Cancel shows the moment it reached, paused, and says which.
  await expect(page.getByRole('status').filter({ hasText: 'Seek stopped' })).toContainText(
    /Seek stopped at (1:\d\d), before 1:5\d: the run is shown at \1, paused\./,
  );
  const reached = Number(await timeline.getAttribute('aria-valuenow'));
  expect(reached).toBeGreaterThan(60_000);
  expect(reached).toBeLessThan(115_000);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Many slices, none past its work and one moment.
  const done = await slices(page);
  expect(done.count - before).toBeGreaterThan(20);
  expect(done.maxWork).toBeLessThanOrEqual(OPEN_SLICE_WORK + FRAME_WORK_BUDGET);
});

test('dragging the busy school back and forth: the page answers between slices and lands where the pointer stopped', async ({
  page,
}) => {
  const { timeline, xOf, y, cdp } = await busySchool(page);
  const before = (await slices(page)).count;
  await page.mouse.move(xOf(600_000), y);
  await page.mouse.down();
  // A hand's drag: positions sent without waiting for the page, back four minutes and forth one.
  const path = [
    ...Array.from({ length: 40 }, (_, i) => 600_000 - (i + 1) * 6_000),
    ...Array.from({ length: 20 }, (_, i) => 360_000 + (i + 1) * 3_000),
  ];
  const sent: Promise<void>[] = [];
  for (const ms of path) {
    sent.push(page.mouse.move(xOf(ms), y));
    await page.waitForTimeout(16);
  }
  await Promise.all(sent);
  await page.mouse.up();
  // A click right after the drag is handled within the slice running when it arrived.
  await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Kafka' }).click();
  expect(await pressedWithin(page)).toBeLessThanOrEqual(1);
  await expect(page.getByRole('progressbar')).toHaveCount(0, { timeout: 60_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  // Where the pointer stopped (the last position asked: those between were coalesced, never replayed).
  const asked = await page.evaluate(() => (window as unknown as { __asked: number }).__asked);
  expect(Math.abs(asked - 420_000)).toBeLessThan(60_000);
  await expect(timeline).toHaveAttribute('aria-valuenow', String(Math.round(asked)));
  const done = await slices(page);
  expect(done.count - before).toBeGreaterThan(0);
  expect(done.maxWork).toBeLessThanOrEqual(OPEN_SLICE_WORK + FRAME_WORK_BUDGET);
});

test('the bar keys move from where the thumb was asked to go, through the same seek', async ({ page }) => {
  const { timeline, cdp } = await busySchool(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await timeline.focus();
  await page.keyboard.press('PageDown');
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect(timeline).toHaveAttribute('aria-valuenow', '579000');
  await expect(page.getByRole('progressbar')).toHaveCount(0);
  await page.keyboard.press('Home');
  await expect(timeline).toHaveAttribute('aria-valuenow', '0');
  await page.keyboard.press('End');
  await expect(timeline).toHaveAttribute('aria-valuenow', '600000');
});
