/**
 * A class left running at 16x in the browser (issue 5): the production build in headless Chromium at
 * 1280x720, `#/play/stress?speed=16&play=1`, for BENCH_MINUTES wall minutes (default 60: an hour, sixteen
 * simulated hours). Every few minutes it prints the frame rate and p95 frame interval of that stretch, the
 * main thread's CPU time, the JS heap after a forced GC and the DOM size: all should stay flat. The
 * Node-only `npm run bench:long` checks the store's memory the same way, faster. Run: npm run bench:ui:long
 */
import { execSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import {
  everyShelf,
  heapAfterGc,
  mainThread,
  quantile,
  recordFrames,
  startPreview,
  takeFrames,
} from './browser.ts';

const PORT = 4192;
const MINUTES = Number(process.env.BENCH_MINUTES ?? 60);
const EVERY = Math.max(1, Math.min(5, Math.round(MINUTES / 6)));

async function main(): Promise<void> {
  execSync('npx vite build', { stdio: 'ignore' });
  const server = await startPreview(PORT);
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    await page.goto(`http://127.0.0.1:${PORT}/#/play/stress?speed=16&play=1`);
    await page.waitForSelector('svg');
    // The detailed picture, which 1280x720 offers behind Every shelf (browser.ts everyShelf).
    await everyShelf(page);
    await recordFrames(page);
    console.log(`stress class at 16x for ${MINUTES} wall minute(s); a line every ${EVERY} minute(s)`);
    console.log('minute  simulated    fps  p95 frame  main-thread CPU  heap after GC  DOM');
    let last = await mainThread(cdp);
    for (let minute = EVERY; minute <= MINUTES; minute += EVERY) {
      await page.waitForTimeout(EVERY * 60_000);
      const frames = await takeFrames(page);
      const now = await mainThread(cdp);
      const heap = await heapAfterGc(cdp);
      const sim = await page.evaluate<string | null | undefined>(
        `document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-valuenow')`,
      );
      const dom = await page.evaluate<number>(`document.getElementsByTagName('*').length`);
      const seconds = EVERY * 60;
      console.log(
        [
          String(minute).padStart(6),
          `${(Number(sim) / 3_600_000).toFixed(2)} h`.padStart(10),
          (frames.length / seconds).toFixed(1).padStart(6),
          `${quantile(frames, 0.95).toFixed(1)} ms`.padStart(10),
          `${(((now.cpu - last.cpu) * 1000) / seconds).toFixed(0)} ms/s`.padStart(16),
          `${(heap / 1e6).toFixed(1)} MB`.padStart(14),
          String(dom).padStart(5),
        ].join(' '),
      );
      last = now;
    }
    await browser.close();
  } finally {
    server.kill();
  }
}

void main();
