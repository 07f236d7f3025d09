import { describe, expect, it } from 'vitest';
import { createSimulation, describeEvent } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import { findScenario } from '../../src/lessons/scenarios';
import { planLesson } from '../../src/runtime/lesson-plan';

/**
 * Every lesson runs headless from its first step to its last. Each step must reach its own condition
 * (never run into its time cap) and keep its expectations; the story's milestones are kept as a readable
 * golden log, so a change in the engine that changes a lesson shows up in review.
 */
describe.each(COURSE.map((l) => [l.id, l] as const))('lesson %s', (id, lesson) => {
  const builtIn = findScenario(lesson.scenarioId);

  it('runs on a built-in scenario', () => {
    expect(builtIn, `scenario ${lesson.scenarioId}`).toBeDefined();
  });

  it('reaches every step and keeps every expectation', () => {
    const plan = planLesson(lesson, builtIn!.scenario);
    plan.steps.forEach((step, i) => {
      const title = `${id} step ${i + 1} "${lesson.steps[i]!.title}"`;
      expect(step.reached, `${title} should reach its condition`).toBe(true);
      expect(step.broken, `${title} expectations`).toEqual([]);
      expect(step.endMs, `${title} should move time`).toBeGreaterThanOrEqual(step.startMs);
    });
  });

  it('tells the same story every time (golden event log)', async () => {
    const plan = planLesson(lesson, builtIn!.scenario);
    const sim = createSimulation(builtIn!.scenario);
    const lines: string[] = [];
    let cursor = 0;
    plan.steps.forEach((step, i) => {
      sim.advanceTo(step.startMs);
      lines.push(`== step ${i + 1}: ${lesson.steps[i]!.title} (${step.startMs} ms)`);
      for (; cursor < plan.script.length && plan.script[cursor]!.timeMs === step.startMs; cursor++) {
        sim.apply(plan.script[cursor]!.command);
      }
      sim.advanceTo(step.endMs);
    });
    for (const e of sim.milestones()) lines.push(`${String(e.timeMs).padStart(7)} ${describeEvent(e)}`);
    const end = sim.snapshot();
    for (const g of end.groups) {
      lines.push(
        `end: ${g.id} ${g.state} generation ${g.generation}, lag ${g.totalLag}, duplicates ${g.duplicates}, skipped ${g.skippedByRetention}`,
      );
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`../golden/${id}.txt`);
  });
});
