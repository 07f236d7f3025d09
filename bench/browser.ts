/**
 * What the browser benchmarks share: a production preview server, Debian's Chromium, and frame and
 * main-thread measurements taken through the DevTools protocol. Figures are printed, never asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { constants } from 'node:os';
import type { CDPSession, Page } from 'playwright-core';

export const quantile = (xs: readonly number[], q: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] ?? NaN;
};

/** A child process (output ignored) stopped when this process ends (stopWithProcess). */
export function spawnStopped(command: string, args: readonly string[]): ChildProcess {
  return stopWithProcess(spawn(command, args, { stdio: 'ignore' }));
}

/** Children to stop when this process ends. */
const children = new Set<ChildProcess>();
let hooked = false;

/**
 * Stops `child` when this process ends, however it ends: a normal exit, an exception, Ctrl-C (SIGINT), a
 * `kill` (SIGTERM) or a closed terminal (SIGHUP). A benchmark killed mid-run left its preview server
 * holding the port.
 */
export function stopWithProcess(child: ChildProcess): ChildProcess {
  if (!hooked) {
    hooked = true;
    process.on('exit', () => {
      for (const c of children) c.kill();
    });
    for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
      process.once(signal, () => {
        for (const c of children) c.kill();
        // What the signal would have done: end the process, with the shell's code for it.
        process.exit(128 + constants.signals[signal]);
      });
    }
  }
  children.add(child);
  child.once('exit', () => children.delete(child));
  return child;
}

/** `vite preview` of dist/ on a port (not 4190: browsers refuse it); Node runs Vite so killing it stops it. */
export async function startPreview(port: number, outDir = 'dist'): Promise<ChildProcess> {
  const server = spawnStopped(process.execPath, [
    'node_modules/vite/bin/vite.js',
    'preview',
    '--host',
    '127.0.0.1',
    '--port',
    String(port),
    '--strictPort',
    '--outDir',
    outDir,
  ]);
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`http://127.0.0.1:${port}/`)).ok) return server;
    } catch {
      // not up yet
    }
    await new Promise((r) => setTimeout(r, 200));
  }
  server.kill();
  throw new Error('preview server did not start');
}

/** Starts recording every animation frame's interval in the page. */
export async function recordFrames(page: Page): Promise<void> {
  // Scripts go to the page as text: the TypeScript loader would add helpers the page does not have.
  await page.evaluate(`(() => {
    window.__frames = [];
    let last = performance.now();
    const loop = (t) => { window.__frames.push(t - last); last = t; requestAnimationFrame(loop); };
    requestAnimationFrame(loop);
  })()`);
}

/** The frame intervals recorded since the last call (and clears them). */
export async function takeFrames(page: Page): Promise<number[]> {
  return page.evaluate<number[]>(`window.__frames.splice(0).slice(1)`);
}

/**
 * Chrome's own counters for the page's main thread: TaskDuration is the wall time of its tasks (what
 * DevTools' Performance panel shows as busy), ThreadTime the CPU time it used. On a shared machine the
 * first grows when other processes take the CPU; the second does not.
 */
export async function mainThread(
  cdp: CDPSession,
): Promise<{ task: number; cpu: number; heap: number; layouts: number; styles: number }> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const get = (name: string): number => metrics.find((m) => m.name === name)?.value ?? NaN;
  return {
    task: get('TaskDuration'),
    cpu: get('ThreadTime'),
    heap: get('JSHeapUsedSize'),
    // Style recalculations and layouts: how often the page's picture was updated (a frame that changed
    // nothing does neither), where the frame recorder would itself keep the page drawing.
    layouts: get('LayoutCount'),
    styles: get('RecalcStyleCount'),
  };
}

export async function heapAfterGc(cdp: CDPSession): Promise<number> {
  await cdp.send('HeapProfiler.collectGarbage');
  return (await mainThread(cdp)).heap;
}

interface SamplingNode {
  selfSize: number;
  children: SamplingNode[];
}

/**
 * Heap churn: bytes the page allocates a second, collected or not (the garbage a GC must sweep, which a
 * heap measured after GC cannot show). V8's sampling heap profiler, told to keep the objects minor and
 * major GCs collected, samples about one allocation in every `interval` bytes and scales its sizes up,
 * so the sum over the profile estimates everything allocated while it ran.
 */
export async function allocationRate(cdp: CDPSession, seconds: number, interval = 16_384): Promise<number> {
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: interval,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  } as never);
  await new Promise((r) => setTimeout(r, seconds * 1000));
  const { profile } = (await cdp.send('HeapProfiler.stopSampling')) as unknown as {
    profile: { head: SamplingNode };
  };
  const total = (node: SamplingNode): number =>
    node.children.reduce((sum, c) => sum + total(c), node.selfSize);
  return total(profile.head) / seconds;
}

/**
 * At 1280x720 the busy school's stage draws its overview (its detailed picture would put names under
 * 20 px: views/stage/picture-toggle.tsx); the frame targets are set on the detailed picture, the heaviest
 * the class has, so the benchmark asks for every shelf, as a reader can.
 */
export async function everyShelf(page: Page): Promise<void> {
  const toggle = page.locator('.stage-picture-toggle[aria-pressed="false"]');
  if ((await toggle.count()) === 0) return;
  await toggle.click();
  await page.waitForSelector('.stage-layer');
  await page.waitForTimeout(1000);
}
