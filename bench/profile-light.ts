/**
 * Where the lightest class's main-thread time goes (issue 12): a Chrome trace of the light class playing
 * (or paused) in a production build, summed per second by what the main thread did (script, style,
 * layout, paint, the frame's other stages, idle tasks), and a sampled CPU profile of the script part by
 * function, named through the build's source maps. Prints figures; nothing is asserted.
 *
 * Run: node --import tsx bench/profile-light.ts [dist=dist] [address=the light class playing] [seconds=6]
 * (BENCH_PORT=<port>; a build with `--minify false` names functions without the maps).
 */
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';
import { SourceMapConsumer } from 'source-map-js';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../build/chromium.ts';
import { startPreview } from './browser.ts';

const [dist = 'dist', address = '#/play/note-taking-machine?t=5000&play=1', seconds = '6'] =
  process.argv.slice(2);
const PORT = Number(process.env.BENCH_PORT ?? 4191);
const SECONDS = Number(seconds);

interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  tid: number;
  pid: number;
  args?: { name?: string; data?: Record<string, unknown> };
}

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}

const server = await startPreview(PORT, dist);
try {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  const page = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  const cdp = await page.context().newCDPSession(page);
  await page.goto(`http://127.0.0.1:${PORT}/${address}`);
  await page.waitForSelector('.stage-svg');
  await page.waitForTimeout(2000);

  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', (e) => events.push(...(e.value as unknown as TraceEvent[])));
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Tracing.start', {
    categories: [
      'devtools.timeline',
      'disabled-by-default-devtools.timeline',
      'v8.execute',
      'blink',
      'cc',
    ].join(','),
    transferMode: 'ReportEvents',
  });
  await cdp.send('Profiler.start');
  await page.waitForTimeout(SECONDS * 1000);
  const { profile } = (await cdp.send('Profiler.stop')) as unknown as {
    profile: { nodes: ProfileNode[]; samples: number[]; timeDeltas: number[] };
  };
  await cdp.send('Tracing.end');
  await done;
  await browser.close();

  // The renderer's main thread: the thread named CrRendererMain in the page's process.
  const main = events.find((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
  const onMain = events.filter((e) => main && e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
  const tasks = onMain.filter((e) => e.name === 'RunTask' || e.name === 'ThreadControllerImpl::RunTask');
  const per = (us: number): string => (us / 1000 / SECONDS).toFixed(1).padStart(6);
  console.log(
    `${address}, ${SECONDS} s; main-thread tasks ${per(tasks.reduce((n, e) => n + (e.dur ?? 0), 0))} ms/s, ${(tasks.length / SECONDS).toFixed(0)} tasks/s`,
  );

  // Self time by event name: an event's duration less its direct children's on the main thread.
  onMain.sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  const self = new Map<string, number>();
  const count = new Map<string, number>();
  const stack: TraceEvent[] = [];
  for (const e of onMain) {
    while (stack.length > 0 && stack.at(-1)!.ts + (stack.at(-1)!.dur ?? 0) <= e.ts) stack.pop();
    const parent = stack.at(-1);
    if (parent) self.set(parent.name, (self.get(parent.name) ?? 0) - (e.dur ?? 0));
    self.set(e.name, (self.get(e.name) ?? 0) + (e.dur ?? 0));
    count.set(e.name, (count.get(e.name) ?? 0) + 1);
    stack.push(e);
  }
  console.log('main thread, self time by trace event (ms/s, count/s):');
  for (const [name, us] of [...self].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${per(us)}  ${(count.get(name)! / SECONDS).toFixed(0).padStart(5)}/s  ${name}`);

  // The sampled profile, self time by function, named by the source maps.
  const maps = new Map<string, SourceMapConsumer | null>();
  const mapFor = (url: string): SourceMapConsumer | null => {
    if (!maps.has(url)) {
      const file = url.split('/assets/')[1];
      try {
        maps.set(
          url,
          file ? new SourceMapConsumer(JSON.parse(readFileSync(`${dist}/assets/${file}.map`, 'utf8'))) : null,
        );
      } catch {
        maps.set(url, null);
      }
    }
    return maps.get(url)!;
  };
  const nameOf = (n: ProfileNode): string => {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const map = url ? mapFor(url) : null;
    if (!map) return functionName || `(${url ? url.split('/').pop() : 'native'})`;
    const at = map.originalPositionFor({ line: lineNumber + 1, column: columnNumber });
    const src = at.source?.replace(/^.*?(src|node_modules)\//, '$1/') ?? '?';
    return `${at.name ?? functionName ?? '?'} ${src}:${at.line}`;
  };
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const selfUs = new Map<string, number>();
  const byFile = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const n = byId.get(id)!;
    const dt = profile.timeDeltas[i] ?? 0;
    const name = nameOf(n);
    selfUs.set(name, (selfUs.get(name) ?? 0) + dt);
    const file = name.includes(' ') ? name.split(' ')[1]!.replace(/:\d+$/, '') : name;
    byFile.set(file, (byFile.get(file) ?? 0) + dt);
  });
  selfUs.delete('(idle)');
  byFile.delete('(idle)');
  console.log('script, sampled self time by function (ms/s):');
  for (const [name, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, 30))
    console.log(`  ${per(us)}  ${name}`);
  console.log('script, sampled self time by file (ms/s):');
  for (const [name, us] of [...byFile].sort((a, b) => b[1] - a[1]).slice(0, 25))
    console.log(`  ${per(us)}  ${name}`);
} finally {
  server.kill();
}
