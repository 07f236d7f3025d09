/**
 * The fixed cost of a frame (issue 12): the lightest class (the first lesson's class, one teacher at one
 * note a second, one student) playing at 1x and paused, at full CPU speed. Prints the main thread's busy
 * time per second (Chrome's TaskDuration and ThreadTime), the script share of it, the style
 * recalculations and layouts a second (how often the picture was updated), then, in a second window of
 * the same length, the frame intervals (p95, longest). The frame recorder is itself a requestAnimationFrame
 * loop, which keeps a page drawing every frame: it runs only in that second window, so the first measures
 * the page alone. A class this small should cost next to nothing while playing and nothing paused.
 */
import type { CDPSession, Page } from 'playwright-core';
import { mainThread, quantile, recordFrames, takeFrames } from './browser.ts';

const SECONDS = Number(process.env.BENCH_LIGHT_SECONDS ?? 10);

async function script(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  return metrics.find((m) => m.name === 'ScriptDuration')?.value ?? NaN;
}

export async function measureLight(page: Page, base: string): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  console.log('the lightest class (note-taking-machine: 1 note/s, one student) at 1x, CPU at full speed');
  for (const playing of [true, false]) {
    await page.goto('about:blank');
    await page.goto(`${base}#/play/note-taking-machine?t=5000${playing ? '&play=1' : ''}`);
    await page.waitForSelector('.stage-svg');
    await page.waitForTimeout(1500);
    const before = await mainThread(cdp);
    const s0 = await script(cdp);
    await page.waitForTimeout(SECONDS * 1000);
    const after = await mainThread(cdp);
    const s1 = await script(cdp);
    const per = (x: number): string => ((x * 1000) / SECONDS).toFixed(0);
    const count = (x: number): string => (x / SECONDS).toFixed(1);
    const work =
      `main thread ${per(after.task - before.task)} ms/s (CPU ${per(after.cpu - before.cpu)} ms/s, script ` +
      `${per(s1 - s0)} ms/s), ${count(after.styles - before.styles)} style updates/s, ` +
      `${count(after.layouts - before.layouts)} layouts/s`;
    if (!playing) {
      console.log(`  paused:  ${work}`);
      continue;
    }
    console.log(`  playing: ${work}`);
    await recordFrames(page);
    await page.waitForTimeout(SECONDS * 1000);
    const frames = await takeFrames(page);
    console.log(
      `  playing, frames recorded: p95 ${quantile(frames, 0.95).toFixed(1)} ms, longest ${Math.max(...frames).toFixed(0)} ms`,
    );
  }
  await cdp.detach();
}
