/**
 * Memory flat from the first minute (issue 12): the busiest class at 16x on every page that can play it,
 * all at once, each in its own browser context (its own renderer, so its own heap). Every wall minute it
 * prints each page's JS heap after a forced GC (V8's used heap) and the array buffers beside it (the
 * engine's record columns live there), then, per page, the median and the largest heap above its
 * first-minute level. The target is 20 MB. Then each page's allocation rate (churn, `allocationRate`).
 * Printed, never asserted (the machine is shared).
 *
 * Pages: free play (`#/play/stress`), a shared link of it (`#/share/...`), the sandbox started from it, a
 * lesson file on it opened from a link (the lesson page a file gets), and a built-in lesson page in
 * presenter mode with the presenter's window open (a built-in lesson plays its own class, not the busy
 * school: at-least-once's, played freely at 16x after its last step). The busy school's pages press Every shelf
 * (browser.ts everyShelf): at 1280x720 its stage offers the overview first, and the figures are the detailed
 * picture's, the one that holds every note.
 *
 * Run: npm run bench:memory (3 wall minutes), npm run bench:memory:long (30); BENCH_MINUTES=<n> for any
 * other length, BENCH_PORT=<port>.
 */
import { execSync } from 'node:child_process';
import { chromium, type Browser, type CDPSession, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import { findScenario } from '../src/lessons/scenarios.ts';
import { encodeShare } from '../src/session/share/index.ts';
import { allocationRate, everyShelf, quantile, startPreview } from './browser.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4195);
const BASE = `http://127.0.0.1:${PORT}/`;
const MINUTES = Number(process.env.BENCH_MINUTES ?? 3);
const CHURN_SECONDS = 10;
const stress = findScenario('stress')!.scenario;

/** A page to measure: opened and set playing at 16x by `start`; `windows` are its pages with a heap each. */
interface Case {
  readonly name: string;
  start(browser: Browser): Promise<Page[]>;
}

async function newPage(browser: Browser): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 720 } });
  return context.newPage();
}

/** The page is up once its player bar is (every page that plays a class has one). */
async function playerBar(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Step back' }).waitFor();
}

/** Speed to 16x (the slider's last stop) and Play unless it plays already, as a user would. */
async function playAt16(page: Page): Promise<void> {
  await page.getByRole('slider', { name: /speed|velocidad/i }).focus();
  await page.keyboard.press('End');
  const play = page.getByRole('button', { name: 'Play', exact: true });
  if (await play.isVisible()) await play.click();
}

/** A lesson's last step runs to its end at 16x, then the class plays on freely. */
async function playFreelyAt16(page: Page): Promise<void> {
  await playAt16(page);
  await page.getByRole('button', { name: 'Play freely' }).click({ timeout: 120_000 });
  await playAt16(page);
}

const CASES: Case[] = [
  {
    name: 'play page',
    async start(browser) {
      const page = await newPage(browser);
      await page.goto(`${BASE}#/play/stress?speed=16&play=1`);
      await playerBar(page);
      await everyShelf(page);
      return [page];
    },
  },
  {
    name: 'shared link',
    async start(browser) {
      const page = await newPage(browser);
      await page.goto(`${BASE}#/share/${encodeShare({ v: 1, scenario: stress, commands: [], timeMs: 0 })}`);
      await playerBar(page);
      await playAt16(page);
      await everyShelf(page);
      return [page];
    },
  },
  {
    name: 'sandbox',
    async start(browser) {
      const page = await newPage(browser);
      await page.goto(`${BASE}#/sandbox`);
      await page.getByLabel('Start from a built-in class').selectOption('stress');
      await playerBar(page);
      await playAt16(page);
      await everyShelf(page);
      return [page];
    },
  },
  {
    name: 'lesson file',
    async start(browser) {
      const page = await newPage(browser);
      const lesson = {
        id: 'busy',
        title: 'A busy school',
        steps: [
          // 30 s: a short lesson file (the busy school may run about 27 minutes in one, LESSON_WORK_BUDGET).
          {
            title: 'Half a minute',
            caption: 'Half a minute of class.',
            until: { kind: 'elapsed', ms: 30_000 },
          },
        ],
      };
      await page.goto(`${BASE}#/share/${encodeShare({ v: 1, lesson, scenario: stress })}`);
      await playerBar(page);
      await playFreelyAt16(page);
      await everyShelf(page);
      return [page];
    },
  },
  {
    name: 'presenter mode',
    async start(browser) {
      const page = await newPage(browser);
      await page.goto(`${BASE}#/lesson/at-least-once/7`);
      await playerBar(page);
      const presenter = await page.context().newPage();
      await presenter.goto(`${BASE}#/presenter/at-least-once`);
      await page.bringToFront();
      await page.getByRole('button', { name: 'Present', exact: true }).click();
      await playFreelyAt16(page);
      return [page, presenter];
    },
  },
];

interface Running {
  readonly name: string;
  readonly windows: { page: Page; cdp: CDPSession }[];
  /** Heap after GC of each window, one entry a minute. */
  readonly heaps: number[][];
  /** The same with the array buffers added. */
  readonly totals: number[][];
}

async function heapOf(cdp: CDPSession): Promise<{ heap: number; buffers: number }> {
  await cdp.send('HeapProfiler.collectGarbage');
  const use = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number; backingStorageSize?: number };
  return { heap: use.usedSize, buffers: use.backingStorageSize ?? NaN };
}

const mb = (bytes: number): string => (bytes / 1e6).toFixed(1);

async function main(): Promise<void> {
  execSync('npx vite build', { stdio: 'ignore' });
  const server = await startPreview(PORT);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const runs: Running[] = [];
    for (const c of CASES) {
      const pages = await c.start(browser);
      const windows = await Promise.all(
        pages.map(async (page) => ({ page, cdp: await page.context().newCDPSession(page) })),
      );
      runs.push({ name: c.name, windows, heaps: windows.map(() => []), totals: windows.map(() => []) });
    }
    console.log(`the busy school at 16x on ${runs.length} pages at once, ${MINUTES} wall minute(s)`);
    console.log('heap after GC, MB (array buffers in brackets); simulated time reached');
    for (let minute = 1; minute <= MINUTES; minute++) {
      await new Promise((r) => setTimeout(r, 60_000));
      const cells: string[] = [];
      for (const run of runs) {
        for (const [i, w] of run.windows.entries()) {
          const { heap, buffers } = await heapOf(w.cdp);
          run.heaps[i]!.push(heap);
          run.totals[i]!.push(heap + buffers);
          const sim = await w.page.evaluate<string | null | undefined>(
            `document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-valuenow')`,
          );
          const at = sim ? ` ${(Number(sim) / 3_600_000).toFixed(1)} h` : '';
          const label = i === 0 ? run.name : `${run.name} (presenter's window)`;
          cells.push(`${label}: ${mb(heap)} (${mb(buffers)})${at}`);
        }
      }
      console.log(`  minute ${String(minute).padStart(2)}  ${cells.join(' | ')}`);
    }
    console.log('above the first-minute level, minutes 2 on (target: heap at most 20 MB above)');
    const rise = (xs: number[]): string => {
      const above = xs.slice(1).map((x) => x - xs[0]!);
      return `first minute ${mb(xs[0]!).padStart(5)}, median ${mb(quantile(above, 0.5)).padStart(5)}, max ${mb(Math.max(...above)).padStart(5)} MB`;
    };
    for (const run of runs) {
      run.heaps.forEach((heaps, i) => {
        const label = i === 0 ? run.name : `${run.name} (presenter's window)`;
        console.log(
          `  ${label.padEnd(36)} heap: ${rise(heaps)}; with array buffers: ${rise(run.totals[i]!)}`,
        );
      });
    }
    // Churn: what each page allocates a second while it plays (the heaps above are after GC, so they
    // show what is kept, not what a GC must sweep; a classroom laptop pays for both).
    console.log(
      `allocated a second while playing at 16x (sampled over ${CHURN_SECONDS} s, collected or not)`,
    );
    for (const run of runs) {
      const rate = await allocationRate(run.windows[0]!.cdp, CHURN_SECONDS);
      console.log(`  ${run.name.padEnd(36)} ${mb(rate)} MB/s`);
    }
  } finally {
    await browser.close();
    server.kill();
  }
}

void main();
