import type { Page } from '@playwright/test';
import { findScenario } from '../src/lessons/scenarios';
import { LESSON_WORK_BUDGET, OPEN_WORK_BUDGET } from '../src/runtime/work-budget';
import { encodeShare, type SharePayload } from '../src/session/share';
import { FRAME_WORK_BUDGET } from '../src/store/simulator-store';
import { CHANNEL_BURST, CHANNEL_FLUSH_MS, CHANNEL_RATE_PER_SEC } from '../src/pages/lesson/channel-pacing';
import { test, expect } from './fixtures';
import { everything, quiet, tinyTimers } from '../test/fixtures/hostile-classes';

const stress = findScenario('stress')!.scenario;

/**
 * The hostile cases of issue 12 against the production build: links, files and messages that froze the page
 * or were silently changed. The thresholds are on work done (the engine's meter, which the page exposes
 * read-only as `window.kafkaClassroomWork`) and on frames produced (requestAnimationFrame callbacks counted
 * from the document's start), never on wall time, which the machine's speed decides.
 */

/** The most one moment of the engine may overrun a budget by: the meter stops between moments, not inside. */
const MOMENT_SLACK = FRAME_WORK_BUDGET;

test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { __frames: number };
    w.__frames = 0;
    const loop = (): void => {
      w.__frames++;
      requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
});

const work = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { kafkaClassroomWork: number }).kafkaClassroomWork);
const frames = (page: Page): Promise<number> =>
  page.evaluate(() => (window as unknown as { __frames: number }).__frames);

/** The page answers: `n` more frames are drawn (a page stuck in a long task draws none). */
async function drawsFrames(page: Page, n: number): Promise<void> {
  const from = await frames(page);
  await page.waitForFunction((at) => (window as unknown as { __frames: number }).__frames >= at, from + n);
}

const heavyLesson = {
  id: 'heavy',
  title: 'Heavy',
  steps: Array.from({ length: 30 }, (_, i) => ({
    title: `Step ${i + 1}`,
    caption: 'A minute of class.',
    until: { kind: 'elapsed', ms: 60_000 },
  })),
};

const link = (payload: SharePayload): string => `./#/share/${encodeShare(payload)}`;

test.describe('links that froze the page', () => {
  const refused: [string, SharePayload, RegExp][] = [
    [
      'a quiet class on 16 topics x 64 partitions at 24 h (0.5 kB; froze the page 27 s)',
      { v: 1, scenario: quiet, commands: [], timeMs: 86_400_000 },
      /would take too long to open/,
    ],
    [
      'every limit at once (blocked 5.3 s, Pause never clickable)',
      { v: 1, scenario: everything, commands: [], timeMs: 10_000 },
      /about [\d,]+ ms of work per simulated second, more than the 100 ms a classroom laptop can keep up with/,
    ],
    [
      'every limit with 1 ms timers, 100-byte segments and compaction (no frame for 15 s)',
      { v: 1, scenario: tinyTimers, commands: [], timeMs: 10_000 },
      /about [\d,]+ ms of work per simulated second, more than the 100 ms a classroom laptop can keep up with/,
    ],
  ];
  for (const [name, payload, says] of refused) {
    test(`${name}: refused with a message before any engine work`, async ({ page }) => {
      await page.goto(link(payload));
      await expect(page.getByRole('alert')).toContainText(says);
      expect(await work(page)).toBe(0);
      await drawsFrames(page, 5);
      await page.getByRole('link', { name: 'Go to the home page' }).click();
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    });
  }

  test('a small class at 24 h and the busy school at 5 min: opened in slices within the opening budget, Pause clickable', async ({
    page,
  }) => {
    test.setTimeout(120_000);
    for (const payload of [
      { v: 1, scenario: findScenario('sleepy-student')!.scenario, commands: [], timeMs: 86_400_000 },
      { v: 1, scenario: stress, commands: [], timeMs: 300_000 },
    ] as SharePayload[]) {
      await page.goto('about:blank');
      await page.goto(link(payload));
      // Replayed in slices with a progress bar (e2e/opening.spec.ts), however long that takes here.
      await expect(page.getByRole('alert').or(page.getByRole('button', { name: 'Play' }))).toBeVisible({
        timeout: 50_000,
      });
      expect(await work(page)).toBeLessThanOrEqual(OPEN_WORK_BUDGET + MOMENT_SLACK);
      await drawsFrames(page, 5);
      const play = page.getByRole('button', { name: 'Play', exact: true });
      if (await play.isVisible()) {
        await play.click();
        await page.getByRole('button', { name: 'Pause', exact: true }).click();
        await expect(play).toBeVisible();
      }
    }
  });

  test('the heaviest lesson file (30 steps of 60 s, 350 notes/s): the page answers within the lesson budget', async ({
    page,
  }) => {
    const school350 = { ...stress, producers: [{ ...stress.producers[0]!, recordsPerSec: 350 }] };
    await page.goto(link({ v: 1, lesson: heavyLesson, scenario: school350 }));
    await expect(page.getByRole('alert').or(page.getByRole('region', { name: 'Lesson' }))).toBeVisible();
    // Planned, then replayed into the page (in slices, e2e/opening.spec.ts): each within the lesson budget.
    expect(await work(page)).toBeLessThanOrEqual(2 * LESSON_WORK_BUDGET + 2 * MOMENT_SLACK);
    await drawsFrames(page, 5);
    const next = page.getByRole('button', { name: 'Next step' });
    if (await next.isVisible()) {
      await next.click();
      await expect(page.getByRole('region', { name: 'Lesson' })).toContainText('Step 2 of 30');
    } else {
      await page.getByRole('link', { name: 'Go to the home page' }).click();
    }
  });

  test('a quiet class on 1,024 shelves plays at most a frame of engine work per frame, and keeps drawing', async ({
    page,
  }) => {
    await page.goto(link({ v: 1, scenario: quiet, commands: [], timeMs: 1_000 }));
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await drawsFrames(page, 2);
    const [w0, f0] = [await work(page), await frames(page)];
    // A quiet class has stretches with nothing due (no teacher; a poll, a heartbeat now and then): at a
    // smooth frame rate eight frames can all fall in one, so wait until the engine has worked at all.
    await drawsFrames(page, 8);
    await expect.poll(() => work(page), { timeout: 20_000 }).toBeGreaterThan(w0);
    const [w1, f1] = [await work(page), await frames(page)];
    expect((w1 - w0) / (f1 - f0)).toBeLessThanOrEqual(FRAME_WORK_BUDGET + MOMENT_SLACK);
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  });
});

test.describe('files', () => {
  test('every limit at once as a sandbox file is refused, and the running class still plays', async ({
    page,
  }) => {
    await page.goto('./#/sandbox');
    // The running class is on the stage (its moment 0 run) before the file comes.
    await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
    const before = await work(page);
    await page.getByLabel('Import JSON file').setInputFiles({
      name: 'limits.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(tinyTimers)),
    });
    await expect(page.getByRole('alert')).toContainText('limits.json was not imported.');
    expect(await work(page)).toBe(before);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Pause', exact: true }).click();
  });

  test('a UTF-16 file is read as its text, a picture is refused saying what it is', async ({ page }) => {
    await page.goto('./#/sandbox');
    const scenario = {
      seed: 2,
      topics: [{ name: 'notes', partitions: 4 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2 }],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 3 }] }],
    };
    const text = JSON.stringify(scenario);
    // UTF-16 little-endian with its byte order mark, as Windows Notepad saved "Unicode".
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
    await page.getByLabel('Import JSON file').setInputFiles({
      name: 'notepad.json',
      mimeType: 'application/json',
      buffer: utf16,
    });
    await expect(page.getByRole('status').filter({ hasText: 'Imported notepad.json.' })).toBeVisible();
    await expect(page.getByTestId('sandbox-running')).toContainText('1 note-taking machine (4 shelves)');

    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48]);
    await page.getByLabel('Import JSON file').setInputFiles({
      name: 'photo.json',
      mimeType: 'application/json',
      buffer: png,
    });
    await expect(page.getByRole('alert')).toContainText(
      'photo.json was not imported. The file is not text but a PNG picture',
    );
    await expect(page.getByTestId('sandbox-running')).toContainText('1 note-taking machine (4 shelves)');
  });
});

test.describe('typed values', () => {
  test('"0x10" and "5,5" are refused in English, "5,5" is 5.5 in Spanish, a teacher below the engine minimum is refused with it', async ({
    page,
  }) => {
    await page.goto('./#/play/sleepy-student');
    await page.getByRole('button', { name: /^ben, / }).click();
    const pace = page.getByRole('textbox', { name: 'notes per second' });
    for (const [typed, says] of [
      ['0x10', /Type a number from/],
      ['5,5', /"5,5" is not a number as English writes it/],
    ] as const) {
      await pace.fill(typed);
      await pace.press('Enter');
      await expect(page.getByRole('alert')).toContainText(says);
      await expect(page.getByRole('button', { name: /^ben, / })).toHaveAccessibleName(/3 notes\/s|3\/s/);
    }

    await page.getByRole('radio', { name: 'Español' }).click();
    const ritmo = page.getByRole('textbox', { name: 'apuntes por segundo' });
    await ritmo.fill('5,5');
    await ritmo.press('Enter');
    await expect(page.getByRole('button', { name: /^ben, / })).toHaveAccessibleName(/5,5/);
    await page.getByRole('radio', { name: 'English' }).click();

    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: /^teacher/ }).click();
    const rate = page.getByRole('textbox', { name: 'notes per second' });
    await rate.fill('0.0001');
    await rate.press('Enter');
    await expect(page.getByRole('alert')).toContainText(/0\.0001 is too slow: the slowest is 0\.\d+/);
  });
});

test.describe('presenter channel floods', () => {
  const states = (other: Page): Promise<number> =>
    other.evaluate(() => (window as unknown as { __states: number }).__states);

  /**
   * Opens a lesson in `page` with a window of the same browser that posts to the lesson's channel and
   * counts what the lesson says. That window listens first, and the flood waits until the lesson has said
   * its state on opening its channel: the lesson page is a lazy chunk that opens its channel only once
   * mounted, and a flood posted before that reaches nobody (on a loaded machine the channel opened 1 ms
   * before the flood; with the CPU slowed 12x it had not opened at all and the language stayed English).
   */
  async function openWithSender(page: Page, lessonId: string): Promise<Page> {
    const other = await page.context().newPage();
    await other.goto('./#/');
    await other.evaluate((name) => {
      const w = window as unknown as { __channel: BroadcastChannel; __states: number };
      w.__states = 0;
      w.__channel = new BroadcastChannel(name);
      w.__channel.onmessage = (e: MessageEvent<{ type: string }>) => {
        if (e.data.type === 'state') w.__states++;
      };
    }, `kafka-classroom-${lessonId}`);
    // A tab behind another draws no frames: the lesson window stays the one in front.
    await page.bringToFront();
    await page.goto(`./#/lesson/${lessonId}/1`);
    await expect.poll(() => states(other)).toBeGreaterThan(0);
    // Only what the flood makes the lesson say is counted.
    await other.evaluate(() => {
      (window as unknown as { __states: number }).__states = 0;
    });
    return other;
  }

  test('5,000 commands: the lesson acts on a bounded few and stays responsive', async ({ page }) => {
    const other = await openWithSender(page, 'sleepy-student');
    await expect(page.getByText('Step 1 of 5', { exact: true })).toBeVisible();
    const started = await page.evaluate(() => performance.now());
    // Alternating, so every command acted on changes the step and the lesson says its new state.
    await other.evaluate(() => {
      const w = window as unknown as { __channel: BroadcastChannel };
      for (let i = 0; i < 5_000; i++)
        w.__channel.postMessage({ type: 'command', action: i % 2 === 0 ? 'next' : 'previous' });
    });
    await drawsFrames(page, 30);
    const elapsedS = ((await page.evaluate(() => performance.now())) - started) / 1000;
    const said = await states(other);
    expect(said).toBeGreaterThan(0);
    expect(said).toBeLessThanOrEqual(CHANNEL_BURST + CHANNEL_RATE_PER_SEC * elapsedS + 1);
    // Its own buttons still work at once (the address says the step).
    const step = Number(/\/(\d)$/.exec(page.url())![1]);
    expect([1, 2]).toContain(step);
    await page.getByRole('button', { name: 'Next step' }).click();
    await expect(page.getByText(`Step ${step + 1} of 5`, { exact: true })).toBeVisible();
  });

  test('2,000 language switches: the latest wins, acted on a bounded few times', async ({ page }) => {
    const other = await openWithSender(page, 'sleepy-student');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.evaluate(() => {
      const w = window as unknown as { __langChanges: number };
      w.__langChanges = 0;
      new MutationObserver(() => w.__langChanges++).observe(document.documentElement, {
        attributeFilter: ['lang'],
      });
    });
    const started = await page.evaluate(() => performance.now());
    await other.evaluate(() => {
      const w = window as unknown as { __channel: BroadcastChannel };
      // 1,999 switches, ending on Spanish.
      for (let i = 0; i < 2_000; i++)
        w.__channel.postMessage({ type: 'lang', lang: i % 2 === 0 ? 'en' : 'es' });
    });
    await expect(page.locator('html')).toHaveAttribute('lang', 'es');
    await drawsFrames(page, 30);
    const elapsedMs = (await page.evaluate(() => performance.now())) - started;
    const changes = await page.evaluate(() => (window as unknown as { __langChanges: number }).__langChanges);
    // A flood that trickles in (a slow or loaded machine hands the window its messages between renders) may
    // be acted on once per flush and once per allowance the rate grew back; an instant one, far less.
    expect(changes).toBeLessThanOrEqual(
      CHANNEL_BURST +
        Math.ceil(elapsedMs / CHANNEL_FLUSH_MS) +
        Math.ceil((elapsedMs * CHANNEL_RATE_PER_SEC) / 1000) +
        1,
    );
    await expect(page.getByRole('button', { name: 'Paso siguiente' })).toBeVisible();
  });
});
