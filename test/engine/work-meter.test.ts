import { describe, expect, it } from 'vitest';
import {
  createSimulation,
  forecastWork,
  shapeOf,
  workOf,
  workPerSecond,
  type Scenario,
} from '../../src/engine/index';

const topics = (n: number, partitions: number) =>
  Array.from({ length: n }, (_, i) => ({ name: `t${i}`, partitions }));

/** The quiet class: 16 topics x 64 partitions, no teacher, one student reading them all. */
const quiet: Scenario = {
  seed: 1,
  topics: topics(16, 64),
  producers: [],
  groups: [{ id: 'g', topics: topics(16, 64).map((t) => t.name), members: [{ id: 'a', recordsPerSec: 1 }] }],
};

const busy: Scenario = {
  seed: 3,
  topics: [{ name: 'notes', partitions: 6 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 300, keys: ['a', 'b', 'c', 'd'] }],
  groups: [
    {
      id: 'class',
      topics: ['notes'],
      autoOffsetReset: 'earliest',
      members: [
        { id: 'ana', recordsPerSec: 200 },
        { id: 'ben', recordsPerSec: 150 },
      ],
    },
  ],
};

describe('the work meter', () => {
  it('counts every partition a fetch visits: a thousand idle partitions cost more than one', () => {
    const one = createSimulation({
      ...quiet,
      topics: topics(1, 1),
      groups: [{ ...quiet.groups[0]!, topics: ['t0'] }],
    });
    const many = createSimulation(quiet);
    one.advanceTo(60_000);
    many.advanceTo(60_000);
    // Two polls a second, each visiting all 1,024 partitions of the one student.
    expect(many.workCounts().visits).toBeGreaterThan(2 * 60 * 1024);
    expect(many.work).toBeGreaterThan(50 * one.work);
    expect(many.work).toBe(workOf(many.workCounts()));
  });

  it('stops between two moments once the work is spent, and the run goes on exactly as an uninterrupted one', () => {
    const straight = createSimulation(busy);
    straight.advanceTo(30_000);
    const sliced = createSimulation(busy);
    let slices = 0;
    while (!sliced.advanceWithin(30_000, 200)) {
      slices++;
      // Stopped at a moment fully run: a command given now would be replayed the same way.
      expect(sliced.now).toBeLessThan(30_000);
    }
    expect(slices).toBeGreaterThan(10);
    expect(sliced.snapshot()).toEqual(straight.snapshot());
    expect(sliced.events()).toEqual(straight.events());
  });

  it('a command given where a slice stopped is replayed by a seek to the same world', () => {
    const sim = createSimulation(busy);
    while (sim.advanceWithin(20_000, 300) === false && sim.now < 7_000);
    sim.apply({ type: 'setProducerRate', producer: 'teacher', recordsPerSec: 10 });
    sim.advanceTo(20_000);
    const live = sim.snapshot();
    sim.seek(0);
    sim.seek(20_000);
    expect(sim.snapshot()).toEqual(live);
  });

  it('the cost model forecasts what the meter counts, within a factor of two either way', () => {
    const cases: [Scenario, number][] = [
      [quiet, 120_000],
      [busy, 120_000],
      [
        {
          seed: 5,
          topics: topics(1, 64),
          producers: [
            { id: 'p', topic: 't0', recordsPerSec: 64, keys: Array.from({ length: 64 }, (_, i) => `k${i}`) },
          ],
          groups: Array.from({ length: 8 }, (_, g) => ({
            id: `g${g}`,
            topics: ['t0'],
            members: Array.from({ length: 4 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 100 })),
          })),
        },
        60_000,
      ],
      // Issue 14: followers' fetch rounds, acks answered at the high watermark, the leaders' ISR checks.
      [
        {
          ...busy,
          brokers: 3,
          broker: { minInsyncReplicas: 2 },
          topics: busy.topics.map((t) => ({ ...t, replicationFactor: 3 })),
        },
        60_000,
      ],
      [
        {
          seed: 6,
          brokers: 5,
          topics: [{ name: 't0', partitions: 64, replicationFactor: 5 }],
          producers: [
            { id: 'p', topic: 't0', recordsPerSec: 64, keys: Array.from({ length: 64 }, (_, i) => `k${i}`) },
          ],
          groups: [],
        },
        60_000,
      ],
      [
        {
          seed: 7,
          brokers: 2,
          broker: { replicaLagTimeMaxMs: 2 },
          topics: topics(16, 64).map((t) => ({ ...t, replicationFactor: 2 })),
          producers: [],
          groups: [],
        },
        2_000,
      ],
    ];
    for (const [scenario, untilMs] of cases) {
      const sim = createSimulation(scenario);
      sim.advanceTo(untilMs);
      const forecast = forecastWork(scenario, [], untilMs);
      expect(forecast / sim.work).toBeGreaterThan(0.5);
      expect(forecast / sim.work).toBeLessThan(2);
    }
  });

  it('counts replication in the cost model: the ISR checks of 1,024 partitions every millisecond, which it missed', () => {
    const idle: Scenario = { seed: 7, topics: topics(16, 64), producers: [], groups: [] };
    const checked: Scenario = {
      ...idle,
      brokers: 2,
      broker: { replicaLagTimeMaxMs: 1 },
      topics: idle.topics.map((t) => ({ ...t, replicationFactor: 2 })),
    };
    expect(workPerSecond(shapeOf(idle))).toBeLessThan(1_000);
    // A thousand checks a second, each visiting 1,024 partitions: about 60 ms of work per simulated second.
    expect(workPerSecond(shapeOf(checked))).toBeGreaterThan(60_000);
    const sim = createSimulation(checked);
    sim.advanceTo(1_000);
    expect(workPerSecond(shapeOf(checked)) / sim.work).toBeGreaterThan(0.5);
    expect(workPerSecond(shapeOf(checked)) / sim.work).toBeLessThan(2);
  });
});
