/**
 * fast-check properties of replication (issue 14): with acks=all and min.insync.replicas >= 2, no
 * acknowledged record is lost whatever single broker stops, crashed or cleanly, and comes back; consumers
 * never read past the high watermark, whatever the acks, and it stands still while the ISR is below
 * min.insync.replicas; the ISR holds the leader and the eligible leader replicas stand apart from it; and a
 * run with broker stops is deterministic and seekable.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { createSimulation, type Command, type Scenario, type Simulation } from './index';

const END = 60_000;
const STEP = 500;
const PROPERTY_TIMEOUT_MS = 120_000;

interface Setup {
  scenario: Scenario;
  /** Commands by time: one broker stops, and maybe starts again. */
  script: { timeMs: number; command: Command }[];
}

const setupArb: fc.Arbitrary<Setup> = fc
  .record({
    seed: fc.integer({ min: 0, max: 0xffffffff }),
    brokers: fc.integer({ min: 3, max: 5 }),
    rf: fc.integer({ min: 2, max: 3 }),
    partitions: fc.integer({ min: 1, max: 4 }),
    rate: fc.integer({ min: 5, max: 80 }),
    keyed: fc.boolean(),
    idempotent: fc.boolean(),
    acks: fc.constantFrom<0 | 1 | 'all'>('all', 'all', 1, 0),
    lagMs: fc.option(fc.integer({ min: 1000, max: 30_000 }), { nil: undefined }),
    members: fc.integer({ min: 1, max: 3 }),
    memberRate: fc.integer({ min: 10, max: 200 }),
    stopAt: fc.integer({ min: 1, max: 40_000 }),
    broker: fc.integer({ min: 1, max: 5 }),
    clean: fc.boolean(),
    restartAfter: fc.option(fc.integer({ min: 1, max: 20_000 }), { nil: undefined }),
  })
  .map((x) => {
    const rf = Math.min(x.rf, x.brokers);
    const scenario: Scenario = {
      seed: x.seed,
      brokers: x.brokers,
      broker: { minInsyncReplicas: 2, ...(x.lagMs === undefined ? {} : { replicaLagTimeMaxMs: x.lagMs }) },
      topics: [{ name: 'notes', partitions: x.partitions, replicationFactor: rf }],
      producers: [
        {
          id: 'teacher',
          topic: 'notes',
          recordsPerSec: x.rate,
          acks: x.acks,
          enableIdempotence: x.idempotent && x.acks === 'all',
          ...(x.keyed ? { keys: ['a', 'b', 'c', 'd', 'e'] } : {}),
        },
      ],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          autoOffsetReset: 'earliest',
          members: Array.from({ length: x.members }, (_, i) => ({
            id: `s${i}`,
            recordsPerSec: x.memberRate,
          })),
        },
      ],
    };
    const broker = ((x.broker - 1) % x.brokers) + 1;
    const script: Setup['script'] = [
      { timeMs: x.stopAt, command: { type: 'stopBroker', broker, clean: x.clean } },
    ];
    if (x.restartAfter !== undefined) {
      script.push({ timeMs: x.stopAt + x.restartAfter, command: { type: 'startBroker', broker } });
    }
    return { scenario, script };
  });

/** Runs the setup in STEP slices, calling `each` after every slice. */
function run(setup: Setup, each: (sim: Simulation) => void = () => undefined): Simulation {
  const sim = createSimulation(setup.scenario);
  let next = 0;
  for (let t = STEP; t <= END; t += STEP) {
    while (next < setup.script.length && setup.script[next]!.timeMs <= t) {
      const { timeMs, command } = setup.script[next++]!;
      sim.advanceTo(timeMs);
      sim.apply(command);
    }
    sim.advanceTo(t);
    each(sim);
  }
  return sim;
}

describe('properties: replication', () => {
  it(
    'acks=all with min.insync.replicas 2: no acknowledged record is lost under any single broker stop',
    () => {
      fc.assert(
        fc.property(setupArb, (setup) => {
          const sim = run(setup);
          const s = sim.snapshot({ recentRecords: 100_000 });
          const p = s.producers[0]!;
          if (setup.scenario.producers[0]!.acks === 'all') expect(p.lostAcknowledged).toBe(0);
          // Every acknowledged record is in the log: at least `acknowledged` distinct note numbers.
          const seqs = new Set<number>();
          for (const part of s.topics[0]!.partitions) for (const r of part.recent) seqs.add(r.seq);
          expect(seqs.size).toBeGreaterThanOrEqual(p.acknowledged - p.lostAcknowledged);
          expect(p.acknowledged + p.failed + p.waiting).toBeLessThanOrEqual(p.sent);
          if (setup.scenario.producers[0]!.enableIdempotence === true) expect(p.duplicatesWritten).toBe(0);
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'consumers never read past the high watermark, which stands still below min.insync.replicas; the ISR holds the leader',
    () => {
      fc.assert(
        fc.property(setupArb, (setup) => {
          const hw = new Map<number, number>();
          const isrs = new Map<number, string>();
          let seen = 0;
          run(setup, (sim) => {
            const s = sim.snapshot();
            const events = sim.events(seen);
            seen = s.eventCount;
            const changed = new Set<number>();
            for (const e of events) if (e.type === 'isrChanged') changed.add(e.partition);
            for (const p of s.topics[0]!.partitions) {
              if (p.leader !== null) expect(p.isr).toContain(p.leader);
              // Eligible leader replicas: the ISR may empty only with no leader; the ELR stands apart from it.
              if (p.isr.length === 0) expect(p.leader).toBeNull();
              for (const b of p.elr) expect(p.isr).not.toContain(b);
              expect(p.highWatermark).toBeLessThanOrEqual(p.logEndOffset);
              expect(p.highWatermark).toBeGreaterThanOrEqual(hw.get(p.partition) ?? 0);
              // A whole slice with the same too-small ISR: the high watermark did not move (isUnderMinIsr).
              const isr = p.isr.join();
              if (p.isr.length < 2 && !changed.has(p.partition) && isrs.get(p.partition) === isr) {
                expect(p.highWatermark).toBe(hw.get(p.partition));
              }
              hw.set(p.partition, p.highWatermark);
              isrs.set(p.partition, isr);
            }
            for (const e of events) {
              if (e.type === 'fetched') expect(e.toOffset).toBeLessThanOrEqual(hw.get(e.partition)!);
            }
          });
        }),
        { numRuns: 25 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'determinism and seek with broker stops: a seek anywhere shows what the straight run showed',
    () => {
      fc.assert(
        fc.property(
          setupArb,
          fc.array(fc.integer({ min: 0, max: END }), { minLength: 1, maxLength: 4 }),
          (setup, seeks) => {
            const views = new Map<number, string>();
            const view = (sim: Simulation) =>
              JSON.stringify({
                snapshot: sim.snapshot({ recentRecords: 3 }),
                events: sim.events().slice(-20),
              });
            const a = run(setup, (sim) => views.set(sim.now, view(sim)));
            const b = run(setup);
            expect(view(b)).toBe(view(a));
            for (const raw of seeks) {
              const t = Math.max(STEP, Math.round(raw / STEP) * STEP);
              a.seek(t);
              expect(view(a)).toBe(views.get(t));
            }
          },
        ),
        { numRuns: 15 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});
