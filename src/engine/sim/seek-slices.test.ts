import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Simulation } from '../index';

/**
 * A seek run in slices (startSeek, then advanceWithin a slice of work at a time, as a page runs a lesson's
 * step change) ends exactly where the seek in one go ends: the meter stops between two moments, never inside
 * one, and the replay starts from the same checkpoint.
 */

/** Busy enough that a few seconds cost thousands of units, with a sleeping member and a deletion or two. */
const busy: Scenario = {
  seed: 11,
  topics: [{ name: 't', partitions: 6, retentionMs: 20_000, segmentMs: 5_000 }],
  producers: [{ id: 'p', topic: 't', recordsPerSec: 300 }],
  groups: [
    {
      id: 'g',
      topics: ['t'],
      members: [
        { id: 'a', recordsPerSec: 120 },
        { id: 'b', recordsPerSec: 120 },
      ],
    },
  ],
};

function run(): Simulation {
  const sim = createSimulation(busy);
  sim.advanceTo(30_000);
  sim.apply({ type: 'sleep', group: 'g', member: 'b' });
  sim.advanceTo(90_000);
  return sim;
}

const state = (sim: Simulation) => ({
  now: sim.now,
  snapshot: sim.snapshot({ recentRecords: 24 }),
  events: sim.events(),
  milestones: sim.milestones(),
  counters: sim.counters(),
  next: sim.nextTimerAt(),
});

describe('a seek in slices', () => {
  for (const target of [0, 12_345, 29_999, 30_000, 61_001, 89_999]) {
    for (const slice of [1, 50, 3_333]) {
      it(`back to ${target} ms in slices of ${slice} work ends as the seek in one go`, () => {
        const whole = run();
        whole.seek(target);
        const sliced = run();
        let slices = 0;
        if (sliced.startSeek(target)) {
          while (!sliced.advanceWithin(target, slice)) slices++;
        }
        expect(state(sliced)).toEqual(state(whole));
        // Then both run on alike: the recorded command after the target is replayed by each.
        whole.advanceTo(100_000);
        sliced.advanceTo(100_000);
        expect(state(sliced)).toEqual(state(whole));
        if (slice === 1 && target % 5_000 >= 2_000) expect(slices).toBeGreaterThan(1);
      });
    }
  }

  it('forward past the present, and to the present (nothing to do)', () => {
    const whole = run();
    whole.seek(10_000);
    whole.seek(70_000);
    const sliced = run();
    sliced.seek(10_000);
    expect(sliced.startSeek(70_000)).toBe(true);
    while (!sliced.advanceWithin(70_000, 40));
    expect(state(sliced)).toEqual(state(whole));
    expect(sliced.startSeek(70_000)).toBe(false);
  });
});
