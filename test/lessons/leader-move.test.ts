import { describe, expect, it } from 'vitest';
import { createSimulation } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import { findScenario } from '../../src/lessons/scenarios';
import { planLesson } from '../../src/runtime/lesson-plan';
import { LEADER_MOVE_MS } from '../../src/viz/replicas';

/**
 * A step that tells of a leader election ends with the leader's mark on the new leader's row (or faded out
 * when no copy may lead): the mark takes LEADER_MOVE_MS to move, so a step whose last frame were the
 * election itself would show the old leader marked while its caption names the new one ('A machine breaks'
 * step 3 did).
 */
describe('steps with a leader election', () => {
  const cases = COURSE.flatMap((lesson) => {
    const scenario = findScenario(lesson.scenarioId)!.scenario;
    if ((scenario.brokers ?? 1) < 2) return [];
    const plan = planLesson(lesson, scenario);
    const sim = createSimulation(scenario);
    let cursor = 0;
    return plan.steps.flatMap((step, i) => {
      sim.advanceTo(step.startMs);
      const first = sim.snapshot().eventCount;
      for (; cursor < plan.script.length && plan.script[cursor]!.timeMs === step.startMs; cursor++)
        sim.apply(plan.script[cursor]!.command);
      sim.advanceTo(step.endMs);
      const elections = sim.events(first).filter((e) => e.type === 'leaderElected');
      const last = elections[elections.length - 1];
      return last ? [[`${lesson.id} step ${i + 1}`, step.endMs - last.timeMs] as const] : [];
    });
  });

  it('are found in the replication lessons', () => {
    expect(cases.map(([name]) => name)).toEqual(
      expect.arrayContaining(['machine-breaks step 3', 'risky-shortcut step 4']),
    );
  });

  it.each(cases)('%s ends once the leader’s mark has moved (%i ms after the election)', (_, sinceMs) => {
    expect(sinceMs).toBeGreaterThanOrEqual(LEADER_MOVE_MS);
  });
});
