/**
 * Where a frame's time goes: the production build in headless Chromium, one address, the CPU slowed as
 * asked, a CPU profile (self time by function and by source file, through the source maps) and a trace
 * (main-thread time by kind: script, style, layout, paint, GC). Figures printed, nothing asserted.
 *
 * Run: node --import tsx bench/profile.ts <address> [seconds=8] [cpu slowdown=4] (BENCH_PORT, BENCH_DIST;
 * BENCH_PLAY=1 presses Space once the stage is up).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { TraceMap, originalPositionFor } from '@jridgewell/trace-mapping';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import { everyShelf, quantile, recordFrames, startPreview, takeFrames } from './browser.ts';

const [address = '#/play/stress?speed=8&play=1', seconds = '8', slow = '4'] = process.argv.slice(2);
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const DIST = process.env.BENCH_DIST ?? 'dist';
const WIDTH = Number(process.env.BENCH_WIDTH ?? 1280);
const HEIGHT = Number(process.env.BENCH_HEIGHT ?? 720);

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  startTime: number;
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}
interface TraceEvent {
  name: string;
  ts: number;
  ph: string;
  dur?: number;
  tdur?: number;
  tid: number;
  pid: number;
  args?: { name?: string };
}

const maps = new Map<string, TraceMap | null>();
function mapOf(url: string): TraceMap | null {
  if (!maps.has(url)) {
    const file = url.split('/assets/')[1];
    try {
      maps.set(url, file ? new TraceMap(readFileSync(`${DIST}/assets/${file}.map`, 'utf8')) : null);
    } catch {
      maps.set(url, null);
    }
  }
  return maps.get(url)!;
}

const server = await startPreview(PORT, DIST);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: WIDTH, height: HEIGHT } });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: Number(slow) });
  await page.goto(`http://127.0.0.1:${PORT}/${address}`);
  await page.waitForSelector('.stage-svg', { timeout: 120_000 });
  // A crowded class's detailed picture, where the stage offers its overview first (browser.ts everyShelf).
  await everyShelf(page);
  if (process.env.BENCH_PLAY === '1') await page.keyboard.press('Space');
  await page.waitForTimeout(2000);
  await recordFrames(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => {
    events.push(...(e.value as unknown as TraceEvent[]));
  });
  await cdp.send('Tracing.start', {
    categories: 'devtools.timeline,disabled-by-default-devtools.timeline,v8',
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(Number(seconds) * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as { profile: Profile };
  const done = new Promise<void>((r) => cdp.once('Tracing.tracingComplete', () => r()));
  await cdp.send('Tracing.end');
  await done;
  const frames = await takeFrames(page);
  console.log(
    `${address} at ${slow}x slowdown, ${seconds} s: ${(frames.length / Number(seconds)).toFixed(1)} fps, median ${quantile(frames, 0.5).toFixed(1)} ms, p95 ${quantile(frames, 0.95).toFixed(1)} ms, longest ${Math.max(...frames).toFixed(0)} ms`,
  );
  // Self time by function and by original file.
  const self = new Map<number, number>();
  for (let i = 0; i < profile.samples.length; i++)
    self.set(profile.samples[i]!, (self.get(profile.samples[i]!) ?? 0) + (profile.timeDeltas[i] ?? 0));
  const byFn = new Map<string, number>();
  const byFile = new Map<string, number>();
  let total = 0;
  for (const node of profile.nodes) {
    const t = (self.get(node.id) ?? 0) / 1000;
    if (t === 0) continue;
    const { functionName, url, lineNumber, columnNumber } = node.callFrame;
    let where = url ? url.split('/').pop()! : '';
    const map = url ? mapOf(url) : null;
    if (map) {
      const o = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (o.source) where = `${o.source.replace(/^(\.\.\/)+/, '')}:${o.line}`;
    }
    const file = where.split(':')[0] || `(${functionName || 'native'})`;
    if (functionName !== '(idle)') total += t;
    byFn.set(
      `${functionName || '(anon)'} ${where}`,
      (byFn.get(`${functionName || '(anon)'} ${where}`) ?? 0) + t,
    );
    byFile.set(file, (byFile.get(file) ?? 0) + t);
  }
  const top = (m: Map<string, number>, n: number): void => {
    for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, n))
      console.log(`  ${((v * 1000) / Number(seconds) / 1000).toFixed(1).padStart(7)} ms/s  ${k}`);
  };
  console.log(`profile: ${(total / Number(seconds)).toFixed(0)} ms/s sampled (idle excluded); by file:`);
  top(byFile, 30);
  console.log('by function:');
  top(byFn, 40);
  // Trace: the renderer's main thread, time by event name (nested events counted in each).
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const byName = new Map<string, number>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.pid !== main.pid || e.ph !== 'X' || !e.dur) continue;
    byName.set(e.name, (byName.get(e.name) ?? 0) + e.dur / 1000);
  }
  // Long tasks (over LONG ms): what ran inside them, inclusive, by function (the profile's stacks).
  const LONG = Number(process.env.BENCH_LONG ?? 30);
  // BENCH_BY_CPU=1: tasks whose CPU time (tdur) passes LONG, rather than their wall time.
  const byCpu = process.env.BENCH_BY_CPU === '1';
  const long = events.filter(
    (e) =>
      main &&
      e.tid === main.tid &&
      e.pid === main.pid &&
      e.name === 'RunTask' &&
      ((byCpu ? e.tdur : e.dur) ?? 0) > LONG * 1000,
  );
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const nodeById = new Map(profile.nodes.map((n) => [n.id, n]));
  const name = (n: ProfileNode): string => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const map = url ? mapOf(url) : null;
    let where = url ? url.split('/').pop()! : '';
    if (map) {
      const o = originalPositionFor(map, { line: lineNumber + 1, column: columnNumber });
      if (o.source) where = `${o.source.replace(/^(\.\.\/)+/, '').replace('node_modules/', '')}:${o.line}`;
    }
    return `${functionName || '(anon)'} ${where}`;
  };
  const inclusive = new Map<string, number>();
  let t = profile.startTime;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i] ?? 0;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    if (!long.some((e) => t >= e.ts && t <= e.ts + e.dur!)) continue;
    const seen = new Set<string>();
    for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
      const k = name(nodeById.get(id)!);
      if (seen.has(k)) continue;
      seen.add(k);
      inclusive.set(k, (inclusive.get(k) ?? 0) + dt);
    }
  }
  console.log(
    `${long.length} tasks over ${LONG} ms (${long.map((e) => (e.dur! / 1000).toFixed(0)).join(', ')}); inside them, inclusive ms in all:`,
  );
  for (const [k, v] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, 60))
    console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  const longByName = new Map<string, number>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.ph !== 'X' || !e.dur) continue;
    if (!long.some((l) => e.ts >= l.ts && e.ts <= l.ts + l.dur!)) continue;
    longByName.set(e.name, (longByName.get(e.name) ?? 0) + e.dur / 1000);
  }
  console.log('inside them, by trace event (ms in all):');
  for (const [k, v] of [...longByName].sort((a, b) => b[1] - a[1]).slice(0, 14))
    console.log(`  ${v.toFixed(0).padStart(6)} ms  ${k}`);
  // The longest tasks one by one: when, and what inside (trace events, and the profile's src/ functions).
  const t0 = long[0]?.ts ?? 0;
  for (const l of [...long].sort((a, b) => b.dur! - a.dur!).slice(0, Number(process.env.BENCH_DETAIL ?? 0))) {
    const inside = new Map<string, number>();
    for (const e of events) {
      if (e.tid !== l.tid || e.ph !== 'X' || !e.dur || e === l) continue;
      if (e.ts >= l.ts && e.ts <= l.ts + l.dur!) inside.set(e.name, (inside.get(e.name) ?? 0) + e.dur / 1000);
    }
    const fns = new Map<string, number>();
    let ts = profile.startTime;
    for (let i = 0; i < profile.samples.length; i++) {
      ts += profile.timeDeltas[i] ?? 0;
      if (ts < l.ts || ts > l.ts + l.dur!) continue;
      const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
      const seen = new Set<string>();
      for (let id: number | undefined = profile.samples[i]; id !== undefined; id = parent.get(id)) {
        const k = name(nodeById.get(id)!);
        if (!k.includes('src/') || seen.has(k)) continue;
        seen.add(k);
        fns.set(k, (fns.get(k) ?? 0) + dt);
      }
    }
    const fmt = (m: Map<string, number>, n: number): string =>
      [...m]
        .sort((a, b) => b[1] - a[1])
        .slice(0, n)
        .map(([k, v]) => `${k} ${v.toFixed(0)}`)
        .join(', ');
    console.log(
      `task of ${(l.dur! / 1000).toFixed(0)} ms at ${((l.ts - t0) / 1000).toFixed(0)} ms: ${fmt(inside, 8)}`,
    );
    console.log(`    ${fmt(fns, 14)}`);
  }
  // CPU time of each task on the main thread (tdur: not counting time the thread waited for a core).
  const tasks = events.filter(
    (e) => main && e.tid === main.tid && e.pid === main.pid && e.name === 'RunTask' && e.tdur !== undefined,
  );
  const cpu = tasks.map((e) => e.tdur! / 1000);
  const CPU_LONG = Number(process.env.BENCH_CPU_LONG ?? 8);
  const heavy = tasks.filter((e) => e.tdur! / 1000 > CPU_LONG);
  console.log(
    `task CPU: ${tasks.length} tasks, ${(cpu.reduce((a, b) => a + b, 0) / Number(seconds)).toFixed(0)} ms/s, p50 ${quantile(cpu, 0.5).toFixed(1)}, p95 ${quantile(cpu, 0.95).toFixed(1)}, p99 ${quantile(cpu, 0.99).toFixed(1)}, max ${Math.max(...cpu).toFixed(1)} ms; ${heavy.length} over ${CPU_LONG} ms CPU (${heavy.map((e) => (e.tdur! / 1000).toFixed(0)).join(' ')})`,
  );
  const heavyIn = new Map<string, number>();
  for (const e of events) {
    if (!main || e.tid !== main.tid || e.ph !== 'X' || e.tdur === undefined || e.name === 'RunTask') continue;
    if (heavy.some((l) => e.ts >= l.ts && e.ts <= l.ts + l.dur!))
      heavyIn.set(e.name, (heavyIn.get(e.name) ?? 0) + e.tdur / 1000);
  }
  console.log(
    `  inside them (CPU ms in all): ${[...heavyIn]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `${k} ${v.toFixed(0)}`)
      .join(', ')}`,
  );
  console.log('trace, main thread (ms/s, nested counted in each):');
  for (const [k, v] of [...byName].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${(v / Number(seconds)).toFixed(1).padStart(7)} ms/s  ${k}`);
  await browser.close();
} finally {
  server.kill();
}
