import { describe, expect, it } from 'vitest';
import { EventHistory } from '../kernel/event-history';
import {
  CHECKPOINT_BYTE_BUDGET,
  EVENT_LOG_LIMIT,
  HISTORY_BUDGET_RECORDS,
  MILESTONE_LIMIT,
  createSimulation,
  type EngineEventBody,
  type HistoryUse,
  type Scenario,
} from '../index';

/**
 * Memory flat from the first minute (issue 12): what a run keeps for rewinding and telling (checkpoints,
 * records retention deleted that checkpoints keep alive, the recent events, the milestones) is counted
 * against its budget, not timed. Each class below fills its budgets within simulated minutes.
 */

/** 2,000 notes a second on 8 partitions whose segments roll every 100 ms and go after half a second,
 * checked every 50 ms: every deletion pins records and logs a milestone. */
const deleting: Scenario = {
  seed: 7,
  broker: { logRetentionCheckIntervalMs: 50 },
  topics: [{ name: 't', partitions: 8, retentionMs: 500, segmentMs: 100 }],
  producers: [{ id: 'p', topic: 't', recordsPerSec: 2_000 }],
  groups: [{ id: 'g', topics: ['t'], members: [{ id: 'a', recordsPerSec: 50_000 }] }],
};

/** A quiet class on 256 partitions: nothing is deleted, but every checkpoint copies a large world. */
const wide: Scenario = {
  seed: 3,
  topics: Array.from({ length: 4 }, (_, i) => ({ name: `t${i}`, partitions: 64 })),
  producers: [{ id: 'p', topic: 't0', recordsPerSec: 5 }],
  groups: [
    {
      id: 'g',
      topics: ['t0', 't1', 't2', 't3'],
      members: Array.from({ length: 8 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 10 })),
    },
  ],
};

function withinBudgets(use: HistoryUse): void {
  expect(use.pinnedRecords).toBeLessThanOrEqual(HISTORY_BUDGET_RECORDS);
  expect(use.checkpointBytes).toBeLessThanOrEqual(CHECKPOINT_BYTE_BUDGET);
  // The recent window is compacted an eighth of its size at a time.
  expect(use.events).toBeLessThanOrEqual(EVENT_LOG_LIMIT * 1.125 + 1);
  expect(use.milestones).toBeLessThanOrEqual(MILESTONE_LIMIT);
}

describe('history budgets', () => {
  it('a class deleting all the time keeps at most its budget of deleted records and of milestones, and still seeks exactly', () => {
    const sim = createSimulation(deleting);
    let most = { pinned: 0, events: 0 };
    for (let t = 30_000; t <= 240_000; t += 30_000) {
      sim.advanceTo(t);
      const use = sim.historyUse();
      withinBudgets(use);
      most = {
        pinned: Math.max(most.pinned, use.pinnedRecords),
        events: Math.max(most.events, use.events),
      };
    }
    // The budgets were reached, so the bounds above held where they bite.
    expect(most.pinned).toBeGreaterThan(HISTORY_BUDGET_RECORDS * 0.8);
    expect(most.events).toBeGreaterThanOrEqual(EVENT_LOG_LIMIT);
    // Rewinding within what is kept shows exactly the moment a straight run shows.
    sim.seek(233_333);
    const straight = createSimulation(deleting);
    straight.advanceTo(233_333);
    expect(sim.snapshot()).toEqual(straight.snapshot());
  }, 120_000);

  it('the event log keeps at most its recent events and milestones after 400,000 events', () => {
    const history = new EventHistory();
    for (let id = 0; id < 400_000; id++) {
      // One event in ten is a milestone (a deletion), the rest routine fetches.
      const body: EngineEventBody =
        id % 10 === 0
          ? {
              type: 'segmentsDeleted',
              topic: 't',
              partition: 0,
              reason: 'retention.ms',
              segments: 1,
              fromOffset: id,
              logStartOffset: id + 1,
            }
          : {
              type: 'committed',
              group: 'g',
              member: 'a',
              offsets: [{ topic: 't', partition: 0, offset: id }],
            };
      history.record(id, id, body);
      const { events, milestones } = history.sizes();
      if (id % 997 === 0) {
        expect(events).toBeLessThanOrEqual(EVENT_LOG_LIMIT * 1.125 + 1);
        expect(milestones).toBeLessThanOrEqual(MILESTONE_LIMIT);
      }
    }
    expect(history.sizes().milestones).toBeGreaterThan(MILESTONE_LIMIT * 0.8);
    // The newest are kept: the last event and the last milestone.
    expect(history.between(399_999, 400_000)[0]!.id).toBe(399_999);
    expect(history.milestoneEvents().at(-1)!.id).toBe(399_990);
  });

  it('a class on 256 partitions keeps at most its budget of checkpoint copies over two simulated hours', () => {
    const sim = createSimulation(wide);
    let most = 0;
    for (let t = 600_000; t <= 7_200_000; t += 600_000) {
      sim.advanceTo(t);
      const use = sim.historyUse();
      withinBudgets(use);
      most = Math.max(most, use.checkpointBytes);
    }
    expect(most).toBeGreaterThan(CHECKPOINT_BYTE_BUDGET * 0.6);
    // Thinned, the older checkpoints are further apart, and a seek far back is still exact.
    sim.seek(1_234_567);
    const straight = createSimulation(wide);
    straight.advanceTo(1_234_567);
    expect(sim.snapshot()).toEqual(straight.snapshot());
  }, 120_000);
});
