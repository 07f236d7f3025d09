/**
 * Two builds side by side, in alternating runs (A, B, A, B, ...), as a shared machine needs: a single run
 * of each says more about the other processes than about the builds. Serves dist A on BENCH_PORT and dist
 * B on BENCH_PORT + 1, opens a class in each in turn and prints main-thread work a second (Chrome's
 * TaskDuration, wall time, and ThreadTime, CPU time), layouts a second (how often the picture was
 * updated) and, with BENCH_FRAMES=1, in a second window as long (the recorder's own requestAnimationFrame
 * loop keeps a page drawing every frame, so it never runs while main-thread time is measured), frames a
 * second, the p95 frame and the longest; then the medians. Nothing is asserted.
 *
 * Run: node --import tsx bench/ab.ts <distA> <distB> [runs=4] [address=the lightest class playing]
 * [seconds=8] [cpu slowdown=1]; BENCH_PLAY=1 presses Space once the stage is up (a shared class opens
 * paused).
 */
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import { everyShelf, mainThread, quantile, recordFrames, startPreview, takeFrames } from './browser.ts';

const [A, B, runs = '4', address = '#/play/note-taking-machine?t=5000&play=1', seconds = '8', slow = '1'] =
  process.argv.slice(2);
if (!A || !B) throw new Error('usage: bench/ab.ts <distA> <distB> [runs] [address] [seconds] [cpu slowdown]');
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const FRAMES = process.env.BENCH_FRAMES === '1';

interface Figures {
  task: number[];
  cpu: number[];
  layouts: number[];
  fps: number[];
  p95: number[];
  longest: number[];
  /** The share of frames of three vsyncs or more (50 ms; counted from 45): whether the p95 is 33 or 50 ms. */
  slow: number[];
}
const figures: Figures[] = [A, B].map(() => ({
  task: [],
  cpu: [],
  layouts: [],
  fps: [],
  p95: [],
  longest: [],
  slow: [],
}));
const servers = [await startPreview(PORT, A), await startPreview(PORT + 1, B)];
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  for (let run = 0; run < Number(runs); run++) {
    for (const which of [0, 1]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
      const cdp = await page.context().newCDPSession(page);
      await cdp.send('Performance.enable');
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(slow) });
      await page.goto(`http://127.0.0.1:${PORT + which}/${address}`);
      await page.waitForSelector('.stage-svg', { timeout: 120_000 });
      if (process.env.BENCH_PLAY === '1') await page.keyboard.press('Space');
      await page.waitForTimeout(2000);
      // The detailed picture, where a build offers the overview instead (browser.ts everyShelf).
      await everyShelf(page);
      const before = await mainThread(cdp);
      const t0 = Date.now();
      await page.waitForTimeout(Number(seconds) * 1000);
      const after = await mainThread(cdp);
      const wall = (Date.now() - t0) / 1000;
      const f = figures[which]!;
      f.task.push(((after.task - before.task) * 1000) / wall);
      f.cpu.push(((after.cpu - before.cpu) * 1000) / wall);
      f.layouts.push((after.layouts - before.layouts) / wall);
      if (FRAMES) {
        await recordFrames(page);
        await page.waitForTimeout(Number(seconds) * 1000);
        const frames = await takeFrames(page);
        f.fps.push(frames.length / wall);
        f.p95.push(quantile(frames, 0.95));
        f.longest.push(Math.max(...frames));
        f.slow.push((100 * frames.filter((ms) => ms >= 45).length) / frames.length);
      }
      console.log(`${'AB'[which]} run ${run + 1}: ${line(f, (xs) => xs.at(-1)!)}`);
      await page.close();
    }
  }
  await browser.close();
} finally {
  for (const s of servers) s.kill();
}
for (const which of [0, 1])
  console.log(`${'AB'[which]} median: ${line(figures[which]!, (xs) => quantile(xs, 0.5))}`);

function line(f: Figures, pick: (xs: number[]) => number): string {
  const frames = FRAMES
    ? `, ${pick(f.fps).toFixed(1)} fps, p95 ${pick(f.p95).toFixed(1)} ms, longest ${pick(f.longest).toFixed(0)} ms, ${pick(f.slow).toFixed(1)}% of frames >= 50 ms`
    : '';
  return `main thread ${pick(f.task).toFixed(0)} ms/s (CPU ${pick(f.cpu).toFixed(0)} ms/s), ${pick(f.layouts).toFixed(1)} layouts/s${frames}`;
}
