/**
 * Calibrates the engine's work meter (`src/engine/kernel/work-meter.ts`): runs classes that each lean on one
 * kind of work (partitions visited by idle fetches, records, timers, events, copies), measures the CPU time
 * each takes through the runtime's Player (as a page opens a class: sampling the charts, taking
 * checkpoints), and fits the cost of each kind by least squares. Prints the fitted costs and, for every
 * class, measured time beside what the meter says with the costs in the engine now.
 * Run: node --expose-gc --import tsx bench/calibrate-work.ts
 */
import { forecastWork, WORK_COST_US, workOf, type Scenario, type WorkCounts } from '../src/engine/index';
import { Player } from '../src/runtime/player';

const KINDS = ['timers', 'polls', 'visits', 'records', 'scanned', 'events', 'items', 'samples'] as const;

interface Case {
  name: string;
  scenario: Scenario;
  untilMs: number;
}

const topics = (n: number, partitions: number, extra: object = {}) =>
  Array.from({ length: n }, (_, i) => ({ name: `t${i}`, partitions, ...extra }));

const CASES: Case[] = [
  {
    name: 'idle fetches: 16 topics x 64 partitions, one student',
    scenario: {
      seed: 1,
      topics: topics(16, 64),
      producers: [],
      groups: [
        { id: 'g', topics: topics(16, 64).map((t) => t.name), members: [{ id: 'a', recordsPerSec: 1 }] },
      ],
    },
    untilMs: 600_000,
  },
  {
    name: 'records: one teacher at 20,000/s, no students',
    scenario: {
      seed: 2,
      topics: topics(1, 4),
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 20_000 }],
      groups: [],
    },
    untilMs: 60_000,
  },
  {
    name: 'records read: 5,000/s by 4 fast students, keyed',
    scenario: {
      seed: 3,
      topics: topics(1, 8),
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 5_000, keys: ['a', 'b', 'c', 'd', 'e'] }],
      groups: [
        {
          id: 'g',
          topics: ['t0'],
          members: Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 5_000 })),
        },
      ],
    },
    untilMs: 60_000,
  },
  {
    name: 'timers: 32 students with 1 ms heartbeats, nothing to read',
    scenario: {
      seed: 4,
      topics: topics(1, 1),
      producers: [],
      groups: [
        {
          id: 'g',
          topics: ['t0'],
          heartbeatIntervalMs: 1,
          members: Array.from({ length: 32 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 1 })),
        },
      ],
    },
    untilMs: 30_000,
  },
  {
    name: 'events: 1 note/s to each of 64 shelves read by 16 groups',
    scenario: {
      seed: 5,
      topics: topics(1, 64),
      producers: [
        { id: 'p', topic: 't0', recordsPerSec: 64, keys: Array.from({ length: 64 }, (_, i) => `k${i}`) },
      ],
      groups: Array.from({ length: 16 }, (_, g) => ({
        id: `g${g}`,
        topics: ['t0'],
        autoCommitIntervalMs: 100,
        members: Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 1000 })),
      })),
    },
    untilMs: 120_000,
  },
  {
    name: 'copies: 100-byte segments on 64 shelves, 1,000 notes/s',
    scenario: {
      seed: 6,
      topics: topics(1, 64, { segmentBytes: 100, retentionMs: 20_000 }),
      broker: { logRetentionCheckIntervalMs: 1_000 },
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 1_000 }],
      groups: [],
    },
    untilMs: 120_000,
  },
  {
    name: 'cleaner: compaction every 10 ms over 4 shelves',
    scenario: {
      seed: 7,
      topics: topics(1, 4, { cleanupPolicy: 'compact', segmentBytes: 10_000 }),
      broker: { logRetentionCheckIntervalMs: 10 },
      producers: [
        { id: 'p', topic: 't0', recordsPerSec: 500, keys: Array.from({ length: 400 }, (_, i) => `k${i}`) },
      ],
      groups: [],
    },
    untilMs: 60_000,
  },
  {
    name: 'stream: a translator writing every note to notas',
    scenario: {
      seed: 9,
      topics: [...topics(1, 4), { name: 'notas', partitions: 4 }],
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 2_000, keys: ['a', 'b', 'c'] }],
      groups: [
        { id: 'tr', topics: ['t0'], outputTopic: 'notas', members: [{ id: 'x', recordsPerSec: 3_000 }] },
        { id: 'rd', topics: ['notas'], members: [{ id: 'y', recordsPerSec: 3_000 }] },
      ],
    },
    untilMs: 60_000,
  },
  {
    name: 'many members: 16 groups x 32 students on 64 shelves, 50/s',
    scenario: {
      seed: 10,
      topics: topics(1, 64),
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 50 }],
      groups: Array.from({ length: 16 }, (_, g) => ({
        id: `g${g}`,
        topics: ['t0'],
        members: Array.from({ length: 32 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 10 })),
      })),
    },
    untilMs: 120_000,
  },
  {
    name: 'a small class for two hours (a sleepy student)',
    scenario: {
      seed: 11,
      topics: topics(1, 1),
      producers: [{ id: 'p', topic: 't0', recordsPerSec: 1 }],
      groups: [
        {
          id: 'g',
          topics: ['t0'],
          heartbeatIntervalMs: 1000,
          sessionTimeoutMs: 6000,
          autoCommitIntervalMs: 2000,
          maxPollRecords: 3,
          members: [{ id: 'ben', recordsPerSec: 3 }],
        },
      ],
    },
    untilMs: 7_200_000,
  },
  {
    name: 'replication: 3 rooms, 12 shelves x 3 copies, 2,000/s acks=all, read',
    scenario: {
      seed: 12,
      brokers: 3,
      broker: { minInsyncReplicas: 2 },
      topics: topics(1, 12, { replicationFactor: 3 }),
      producers: [
        { id: 'p', topic: 't0', recordsPerSec: 2_000, keys: Array.from({ length: 24 }, (_, i) => `k${i}`) },
      ],
      groups: [
        {
          id: 'g',
          topics: ['t0'],
          members: Array.from({ length: 3 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 1_000 })),
        },
      ],
    },
    untilMs: 60_000,
  },
  {
    name: 'replica fetches: 5 rooms, 64 shelves x 5 copies, 1 note/s each',
    scenario: {
      seed: 13,
      brokers: 5,
      topics: topics(1, 64, { replicationFactor: 5 }),
      producers: [
        { id: 'p', topic: 't0', recordsPerSec: 64, keys: Array.from({ length: 64 }, (_, i) => `k${i}`) },
      ],
      groups: [],
    },
    untilMs: 300_000,
  },
  {
    name: 'ISR checks: replica.lag.time.max.ms 2 over 16 x 64 shelves x 2 copies',
    scenario: {
      seed: 14,
      brokers: 2,
      broker: { replicaLagTimeMaxMs: 2 },
      topics: topics(16, 64, { replicationFactor: 2 }),
      producers: [],
      groups: [],
    },
    untilMs: 2_000,
  },
  {
    name: 'busy school: 200/s, 3 groups',
    scenario: {
      seed: 8,
      topics: topics(1, 6),
      producers: [
        { id: 'p', topic: 't0', recordsPerSec: 200, keys: Array.from({ length: 12 }, (_, i) => `k${i}`) },
      ],
      groups: Array.from({ length: 3 }, (_, g) => ({
        id: `g${g}`,
        topics: ['t0'],
        members: Array.from({ length: 3 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 80 })),
      })),
    },
    untilMs: 600_000,
  },
];

const gc = (globalThis as { gc?: () => void }).gc;

function cpuMs(): number {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
}

function run(c: Case): { ms: number; counts: WorkCounts } {
  gc?.();
  const t0 = cpuMs();
  const player = Player.withScript(c.scenario, [], c.untilMs);
  const ms = cpuMs() - t0;
  return { ms, counts: { ...player.workCounts() } };
}

/** Least squares with every cost kept at or above zero (drop the most negative kind and fit again). */
function fit(rows: { x: number[]; y: number }[]): number[] {
  let active = KINDS.map((_, i) => i);
  for (;;) {
    const n = active.length;
    const a = Array.from({ length: n }, () => new Array<number>(n + 1).fill(0));
    for (const { x, y } of rows) {
      // Relative error: each class weighs the same whatever its length.
      const w = 1 / (y * y);
      for (let i = 0; i < n; i++) {
        for (let j = 0; j < n; j++) a[i]![j]! += w * x[active[i]!]! * x[active[j]!]!;
        a[i]![n]! += w * x[active[i]!]! * y;
      }
    }
    for (let i = 0; i < n; i++) {
      let p = i;
      for (let r = i + 1; r < n; r++) if (Math.abs(a[r]![i]!) > Math.abs(a[p]![i]!)) p = r;
      [a[i], a[p]] = [a[p]!, a[i]!];
      for (let r = 0; r < n; r++) {
        if (r === i || a[i]![i] === 0) continue;
        const f = a[r]![i]! / a[i]![i]!;
        for (let k = i; k <= n; k++) a[r]![k]! -= f * a[i]![k]!;
      }
    }
    const sol = active.map((_, i) => a[i]![n]! / a[i]![i]!);
    const worst = sol.reduce((wi, v, i) => (v < (sol[wi] ?? 0) ? i : wi), -1);
    if (worst < 0 || sol[worst]! >= 0) {
      const out = KINDS.map(() => 0);
      active.forEach((k, i) => (out[k] = sol[i]!));
      return out;
    }
    active = active.filter((_, i) => i !== worst);
  }
}

const repeats = Number(process.env.CALIBRATE_RUNS ?? 3);
// CALIBRATE_ONLY=replica,ISR runs the classes whose names hold one of these words (a figure, not a fit).
const only = process.env.CALIBRATE_ONLY?.split(',').filter((w) => w !== '');
const rows: { name: string; x: number[]; y: number; meter: number; forecast: number }[] = [];
for (const c of CASES.filter((k) => !only || only.some((w) => k.name.includes(w)))) {
  const times: number[] = [];
  let counts: WorkCounts | null = null;
  for (let r = 0; r < repeats; r++) {
    const result = run(c);
    times.push(result.ms);
    counts = result.counts;
  }
  times.sort((a, b) => a - b);
  const y = times[0]! * 1000; // the fastest run: least disturbed by other processes
  rows.push({
    name: c.name,
    x: KINDS.map((k) => counts![k]),
    y,
    meter: workOf(counts!),
    forecast: forecastWork(c.scenario, [], c.untilMs),
  });
}
const costs = fit(rows);
console.log('fitted cost per unit (microseconds):');
KINDS.forEach((k, i) =>
  console.log(`  ${k.padEnd(8)} ${costs[i]!.toFixed(4)}   (engine now: ${WORK_COST_US[k]})`),
);
console.log(
  '\nclass                                                        measured ms   meter ms   fitted ms   forecast ms',
);
for (const r of rows) {
  const fitted = r.x.reduce((s, v, i) => s + v * costs[i]!, 0);
  console.log(
    `  ${r.name.padEnd(58)} ${(r.y / 1000).toFixed(0).padStart(9)} ${(r.meter / 1000).toFixed(0).padStart(10)} ${(fitted / 1000).toFixed(0).padStart(11)} ${(r.forecast / 1000).toFixed(0).padStart(13)}`,
  );
}
