/**
 * UI benchmark (issue 3): the production build in headless Chromium at 1280x720, `#/play/stress` at 8x.
 * Prints frame intervals (median, p95), main-thread work per second (wall and CPU), DOM size, JS heap
 * growth, the initial JavaScript size and first paint; then again with the CPU slowed four times. Nothing
 * is asserted: shared machines are noisy, so the figures are for the issue note. Then the lightest class's
 * fixed cost (bench/light.ts) and the cases of issue 12 at the limits (bench/limits.ts). Run: npm run bench:ui (BENCH_PORT=<port>; BENCH_ONLY=school,light,limits
 * picks parts)
 */
import { execSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { chromium, type Page } from 'playwright-core';
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
import { measureLight } from './light.ts';
import { measureLimits } from './limits.ts';

const PORT = Number(process.env.BENCH_PORT ?? 4191);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 60);
const BASE = `http://127.0.0.1:${PORT}/`;
const URL = `${BASE}#/play/stress?speed=8&play=1`;
/** BENCH_ONLY=school|light|limits (comma-separated) runs those parts alone. */
const ONLY = process.env.BENCH_ONLY?.split(',') ?? null;
const want = (part: string): boolean => ONLY === null || ONLY.includes(part);

async function measure(page: Page, throttle: number): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  // A fresh document each time: going to the same address with only a hash would keep the old page.
  await page.goto('about:blank');
  await page.goto(URL);
  await page.waitForSelector('.stage-svg');
  await page.waitForTimeout(2000);
  await everyShelf(page);
  await recordFrames(page);
  const heapBefore = await heapAfterGc(cdp);
  const before = await mainThread(cdp);
  const domSamples: number[] = [];
  for (let s = 0; s < SECONDS; s += 5) {
    await page.waitForTimeout(5000);
    domSamples.push(await page.evaluate<number>(`document.getElementsByTagName('*').length`));
  }
  const after = await mainThread(cdp);
  const frames = await takeFrames(page);
  const heapAfter = await heapAfterGc(cdp);
  const simTime = await page.evaluate<string | null | undefined>(
    `document.querySelector('[aria-label="Timeline"]')?.getAttribute('aria-valuenow')`,
  );
  const perSecond = (x: number): string => ((x * 1000) / SECONDS).toFixed(0);
  console.log(`CPU throttling ${throttle}x, ${SECONDS} s at 8x (simulated time reached: ${simTime} ms)`);
  console.log(`  frames:             ${frames.length} (${(frames.length / SECONDS).toFixed(1)} per second)`);
  console.log(
    `  frame interval:     median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, max ${Math.max(...frames).toFixed(1)} ms`,
  );
  console.log(
    `  main-thread work:   ${perSecond(after.task - before.task)} ms per second (CPU time: ${perSecond(after.cpu - before.cpu)} ms)`,
  );
  console.log(`  DOM elements:       ${Math.min(...domSamples)} .. ${Math.max(...domSamples)}`);
  console.log(`  JS heap growth:     ${((heapAfter - heapBefore) / 1e6).toFixed(1)} MB (after GC)`);
  await cdp.detach();
}

async function main(): Promise<void> {
  // BENCH_NO_BUILD=1 measures the dist/ already there (an A/B run against another build).
  if (!process.env.BENCH_NO_BUILD && !process.env.BENCH_DIST) execSync('npx vite build', { stdio: 'ignore' });
  // What the page loads before anything else: the entry script and its module preloads (lazy pages excluded).
  const dist = process.env.BENCH_DIST ?? 'dist';
  const html = readFileSync(`${dist}/index.html`, 'utf8');
  const initial = [...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+\.js)"/g)].map((m) => m[1]!);
  const gz = initial.reduce((n, f) => n + gzipSync(readFileSync(`${dist}/${f}`)).length, 0);
  const all = readdirSync(`${dist}/assets`).filter((f) => f.endsWith('.js'));
  const gzAll = all.reduce((n, f) => n + gzipSync(readFileSync(`${dist}/assets/${f}`)).length, 0);
  console.log(
    `initial JavaScript: ${(gz / 1024).toFixed(1)} KB gzipped (${initial.length} file(s); all chunks: ${(gzAll / 1024).toFixed(1)} KB)`,
  );
  // BENCH_DIST=<dir> serves another build (say main's, for a before-and-after comparison).
  const server = await startPreview(PORT, process.env.BENCH_DIST ?? 'dist');
  try {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
    await page.goto(`${BASE}#/play/stress`);
    // When the class's picture is on screen, after the lazy play page arrived (read just after Playwright
    // sees it: a round trip late at most; a polled string predicate would need eval, which the CSP forbids).
    await page.waitForSelector('.stage-svg');
    const stageAt = await page.evaluate<number>('performance.now()');
    await page.waitForTimeout(500);
    const fcp = await page.evaluate<number>(
      `performance.getEntriesByType('paint').find((e) => e.name === 'first-contentful-paint')?.startTime ?? NaN`,
    );
    console.log(`first contentful paint: ${fcp.toFixed(0)} ms (localhost)`);
    // The play page is a lazy chunk (the home page paints without the engine): what a class's first picture
    // costs is the entry plus every chunk the page fetched, and when its stage was on screen.
    const loaded = await page.evaluate<string[]>(
      `performance.getEntriesByType('resource').map((e) => e.name).filter((n) => n.endsWith('.js'))`,
    );
    const playGz = loaded
      .map((url) => `${dist}/assets/${url.split('/assets/')[1] ?? ''}`)
      .filter((f) => existsSync(f))
      .reduce((n, f) => n + gzipSync(readFileSync(f)).length, 0);
    console.log(
      `JavaScript for #/play/stress: ${(playGz / 1024).toFixed(1)} KB gzipped (${loaded.length} file(s))`,
    );
    console.log(`stage drawn: ${Number(stageAt).toFixed(0)} ms (localhost)`);
    if (want('school')) {
      await measure(page, 1);
      await measure(page, 4);
    }
    if (want('light')) await measureLight(page, BASE);
    if (want('limits')) await measureLimits(page, BASE);
    await browser.close();
  } finally {
    server.kill();
  }
}

void main();
