import { findScenario } from '../src/lessons/scenarios';
import { OPEN_SLICE_WORK } from '../src/runtime/work-budget';
import { encodeShare, type SharePayload } from '../src/session/share';
import { FRAME_WORK_BUDGET } from '../src/store/simulator-store';
import { test, expect } from './fixtures';
import { slices } from './opening-slices';

/**
 * Going back to a heavy lesson file's script after acting off it (issue 12): its script is replayed afresh
 * in slices with a progress bar and Cancel in the lesson card, and the page answers all the while. Asserted
 * on what the page counts (the slices, the engine work in each), never on wall time.
 */

const stress = findScenario('stress')!.scenario;

/** Three stretches of 40 s of the busy school: about 75,000 units of work a run, past the old budget. */
const heavyLesson = {
  id: 'heavy',
  title: 'Heavy',
  steps: ['One', 'Two', 'Three'].map((title) => ({
    title,
    caption: 'A stretch of class.',
    until: { kind: 'elapsed', ms: 40_000 },
  })),
};

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __pressed: { at: number; slices: number[] } | null };
    w.__pressed = null;
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

test("back to a heavy lesson file's script: replayed in slices within their bounds, and a click lands meanwhile", async ({
  page,
}) => {
  await page.goto(
    `./#/share/${encodeShare({ v: 1, lesson: heavyLesson, scenario: stress } as SharePayload)}`,
  );
  const card = page.getByRole('region', { name: 'Lesson' });
  await expect(card).toContainText('Step 1 of 3', { timeout: 60_000 });
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  // Off the script: a student of the busy school falls asleep (on its detailed picture).
  const every = page.getByRole('button', { name: 'Every shelf' });
  if (await every.isVisible()) await every.click();
  await page
    .getByRole('region', { name: 'Stage' })
    .getByRole('button', { name: /^en-2, / })
    .click();
  await page.getByRole('button', { name: 'Fall asleep' }).click();
  const back = card.getByRole('button', { name: 'Back to the lesson' });
  await expect(back).toBeVisible();

  // A classroom laptop's CPU (slowed four times); everything below is counted, not timed.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  const before = (await slices(page)).count;
  await back.click();
  await expect(
    card.getByRole('progressbar', { name: /^Going back to step 1 of the lesson: \d+%$/ }),
  ).toBeVisible();
  // The page answers during it: the words switch is handled, and the progress says it in Kafka's words.
  await page.getByRole('group', { name: 'Words' }).getByRole('radio', { name: 'Kafka' }).click();
  await expect(
    card.getByRole('progressbar', { name: /^Replaying the lesson's commands to step 1: \d+%$/ }),
  ).toBeVisible();
  const pressed = await page.evaluate(
    () => (window as unknown as { __pressed: { at: number; slices: number[] } }).__pressed,
  );
  // Handled after at most the slice running when it arrived.
  expect(pressed.slices.filter((end) => end > pressed.at).length).toBeLessThanOrEqual(1);

  await expect(card.getByRole('progressbar')).toHaveCount(0, { timeout: 120_000 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await expect(card).toContainText('Step 1 of 3');
  await expect(back).toHaveCount(0);
  // Many slices, none past its work and one moment.
  const done = await slices(page);
  expect(done.count - before).toBeGreaterThan(20);
  expect(done.maxWork).toBeLessThanOrEqual(OPEN_SLICE_WORK + FRAME_WORK_BUDGET);
});
