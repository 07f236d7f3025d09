/**
 * Engine benchmarks (issue 2): throughput, seek latency and memory. Figures are medians of several runs;
 * machines here are shared and noisy, so nothing is asserted: the numbers are printed for the note.
 * Run: npm run bench
 */
import { createSimulation, type Scenario } from '../src/engine/index';

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[s.length >> 1]!;
};
const ms = (t0: number): number => performance.now() - t0;

function throughputScenario(): Scenario {
  const keys = Array.from({ length: 1000 }, (_, i) => `key-${i}`);
  const group = (id: string) => ({
    id,
    topics: ['notes'],
    autoOffsetReset: 'earliest' as const,
    members: Array.from({ length: 4 }, (_, i) => ({ id: `${id}-${i}`, recordsPerSec: 6000 })),
  });
  return {
    seed: 7,
    topics: [{ name: 'notes', partitions: 12 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 20_000, keys }],
    groups: [group('en'), group('es'), group('fr')],
  };
}

/** Records produced, processed by consumers, and copied by followers (replica fetches count, issue 14). */
function deliveries(sim: ReturnType<typeof createSimulation>): number {
  const s = sim.snapshot();
  const produced = s.producers.reduce((n, p) => n + p.sent, 0);
  const consumed = s.groups.reduce((n, g) => n + g.members.reduce((k, m) => k + m.processed, 0), 0);
  const replicated = s.brokers.reduce((n, b) => n + b.replicaFetched, 0);
  return produced + consumed + replicated;
}

/** The same appends and reads with nothing else: typed-array writes and a read per consumed record. */
function bareLoop(produced: number, groups: number): number {
  const partitions = 12;
  const cap = Math.ceil(produced / partitions) + 1;
  const logs = Array.from({ length: partitions }, () => ({
    key: new Int32Array(cap),
    ts: new Float64Array(cap),
    end: 0,
  }));
  const t0 = performance.now();
  for (let i = 0; i < produced; i++) {
    const log = logs[i % partitions]!;
    log.key[log.end] = i % 1000;
    log.ts[log.end] = i;
    log.end++;
  }
  let sum = 0;
  for (let g = 0; g < groups; g++)
    for (const log of logs) for (let o = 0; o < log.end; o++) sum += log.key[o]!;
  if (sum < 0) console.log(sum);
  return ms(t0);
}

function benchThroughput(): void {
  const rates: number[] = [];
  const ratios: number[] = [];
  let total = 0;
  for (let run = 0; run < 5; run++) {
    const sim = createSimulation(throughputScenario());
    const t0 = performance.now();
    for (let t = 1000; t <= 60_000; t += 1000) sim.advanceTo(t);
    const wall = ms(t0);
    total = deliveries(sim);
    rates.push(total / (wall / 1000));
    const produced = sim.snapshot().producers[0]!.sent;
    ratios.push(wall / bareLoop(produced, 3));
  }
  console.log(
    'throughput: 12 partitions, 20,000 records/s, 1,000 keys, 3 groups x 4 members, 60 simulated s',
  );
  console.log(`  deliveries per run:            ${total.toLocaleString('en')}`);
  console.log(
    `  deliveries per wall second:    ${Math.round(median(rates)).toLocaleString('en')} (median of 5; target >= 2,000,000)`,
  );
  console.log(`  engine time / bare loop time:  ${median(ratios).toFixed(1)}x (median)`);
}

function seekScenario(): Scenario {
  return {
    seed: 3,
    broker: { groupInitialRebalanceDelayMs: 0 },
    topics: [
      { name: 'notes', partitions: 6 },
      { name: 'notas', partitions: 6 },
    ],
    producers: [
      { id: 'teacher', topic: 'notes', recordsPerSec: 200, keys: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] },
    ],
    groups: [
      {
        id: 'es',
        topics: ['notes'],
        outputTopic: 'notas',
        maxPollRecords: 20,
        members: [
          { id: 'ana', recordsPerSec: 120 },
          { id: 'ben', recordsPerSec: 120 },
        ],
      },
      { id: 'readers', topics: ['notas'], members: [{ id: 'eva', recordsPerSec: 300 }] },
    ],
  };
}

function benchSeek(): void {
  const sim = createSimulation(seekScenario());
  const hour = 3_600_000;
  const t0 = performance.now();
  const names = ['ana', 'ben'];
  for (let t = 0, k = 0; t <= hour; t += 300_000, k++) {
    sim.advanceTo(t);
    const member = names[k % 2]!;
    if (k % 3 === 0) sim.apply({ type: 'sleep', group: 'es', member });
    else if (k % 3 === 1) sim.apply({ type: 'wake', group: 'es', member: names[(k - 1) % 2]! });
    else sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 150 + (k % 5) * 20 });
  }
  sim.advanceTo(hour);
  const build = ms(t0);
  const times: number[] = [];
  let x = 12345;
  for (let i = 0; i < 200; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const target = x % hour;
    const s0 = performance.now();
    sim.seek(target);
    times.push(ms(s0));
  }
  console.log('seek: one simulated hour at 200 records/s, a command every 5 minutes, 200 random seeks');
  console.log(`  first run to the end:          ${build.toFixed(0)} ms`);
  console.log(`  seek median:                   ${median(times).toFixed(2)} ms (target < 20 ms)`);
  console.log(
    `  seek 95th percentile:          ${[...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)]!.toFixed(2)} ms`,
  );
}

function heapMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / 1e6;
}

function benchMemory(): void {
  const scenario: Scenario = {
    seed: 5,
    broker: { logRetentionCheckIntervalMs: 10_000 },
    topics: [{ name: 'notes', partitions: 4, retentionMs: 60_000, segmentMs: 10_000 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2000, keys: ['a', 'b', 'c'] }],
    groups: [{ id: 'es', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 3000 }] }],
  };
  const sims: ReturnType<typeof createSimulation>[] = [];
  let before = heapMb();
  const rows: string[] = [];
  for (const minutes of [10, 30, 60]) {
    const sim = createSimulation(scenario);
    for (let t = 0; t <= minutes * 60_000; t += 10_000) sim.advanceTo(t);
    sims.push(sim);
    const s = sim.snapshot();
    const retained = s.topics[0]!.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
    const after = heapMb();
    rows.push(
      `  ${String(minutes).padStart(2)} min run: retained records ${retained.toLocaleString('en')}, heap held by this run ${(after - before).toFixed(1)} MB`,
    );
    before = after;
  }
  console.log(
    'memory: 2,000 records/s, retention.ms = 60 s (live log bounded); rewind history kept as checkpoints',
  );
  for (const r of rows) console.log(r);
  if (sims.length === 0) console.log('none');
}

/**
 * The same class on three brokers, every partition with three copies and min.insync.replicas 2 (acks=all):
 * followers' copies count as deliveries. Issue 14's target: at least a third of the one-broker figure.
 */
function benchReplicated(): void {
  const rates: number[] = [];
  let total = 0;
  let replicated = 0;
  for (let run = 0; run < 5; run++) {
    const base = throughputScenario();
    const sim = createSimulation({
      ...base,
      brokers: 3,
      broker: { minInsyncReplicas: 2 },
      topics: base.topics.map((t) => ({ ...t, replicationFactor: 3 })),
    });
    const t0 = performance.now();
    for (let t = 1000; t <= 60_000; t += 1000) sim.advanceTo(t);
    const wall = ms(t0);
    total = deliveries(sim);
    replicated = sim.snapshot().brokers.reduce((n, b) => n + b.replicaFetched, 0);
    rates.push(total / (wall / 1000));
  }
  console.log(
    'replicated: the same class on 3 brokers, replication factor 3, min.insync.replicas 2, acks=all',
  );
  console.log(
    `  deliveries per run:            ${total.toLocaleString('en')} (${replicated.toLocaleString('en')} replica copies)`,
  );
  console.log(
    `  deliveries per wall second:    ${Math.round(median(rates)).toLocaleString('en')} (median of 5; target >= a third of one broker's)`,
  );
}

benchThroughput();
benchReplicated();
benchSeek();
benchMemory();
