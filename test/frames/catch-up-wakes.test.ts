import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { findScenario } from '../../src/lessons/scenarios';
import { COPY_TRIP_MS, TRUNCATE_MS } from '../../src/viz/replica-motion';
import { nextStageChange } from '../../src/viz/stage-motion';

describe('a calm class’s page keeps drawing while a repaired room catches up', () => {
  it('asks for every frame while the copy’s pages fall or travel, and not after', () => {
    const sim = createSimulation(findScenario('three-rooms')!.scenario);
    sim.advanceTo(5000);
    sim.apply({ type: 'stopBroker', broker: 3 });
    sim.advanceTo(30_000);
    sim.apply({ type: 'startBroker', broker: 3 });
    const setting = { reduced: true, turnover: new Map<string, number>(), speed: 1 };
    // Reduced motion: no slide or copy fill asks for frames, so what does is the catch-up.
    for (const t of [30_010, 30_300, 30_000 + TRUNCATE_MS + COPY_TRIP_MS - 1]) {
      sim.advanceTo(t);
      expect(nextStageChange(sim.snapshot({ recentRecords: 20 }), [], t, setting)).toBe(t);
    }
    const after = 30_000 + TRUNCATE_MS + COPY_TRIP_MS + 10;
    sim.advanceTo(after);
    const s = sim.snapshot({ recentRecords: 20 });
    const moving = s.topics[0]!.partitions.some((p) => p.recent.some((r) => after - r.timestamp < 800));
    if (!moving) expect(nextStageChange(s, [], after, setting)).toBeGreaterThan(after);
  });
});
