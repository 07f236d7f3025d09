import { describe, expect, it } from 'vitest';
import { createSimulation, describeEvent, validateScenario } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import { findScenario, SCENARIOS } from '../../src/lessons/scenarios';
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
        `end: ${g.id} ${g.state} generation ${g.generation}, lag ${g.totalLag}, duplicates ${g.duplicates}, skipped ${g.skippedByRetention}, skipped on close ${g.skippedOnClose}`,
      );
    }
    await expect(lines.join('\n') + '\n').toMatchFileSnapshot(`../golden/${id}.txt`);
  });
});

/**
 * Every built-in class, and every group a lesson adds, stays inside what a real Kafka 4.x accepts where the
 * engine checks it (a session timeout from group.min.session.timeout.ms to group.max.session.timeout.ms, a
 * heartbeat under it): the classroom's short timers are settings a real cluster takes.
 */
describe('built-in classes and lessons against Kafka bounds', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.scenario] as const))('class %s validates', (_id, scenario) => {
    expect(validateScenario(scenario)).toEqual(scenario);
    for (const g of scenario.groups) expect(g.sessionTimeoutMs).toBeGreaterThanOrEqual(6_000);
  });

  it.each(COURSE.map((l) => [l.id, l] as const))('lesson %s adds only valid groups', (_id, lesson) => {
    const builtIn = findScenario(lesson.scenarioId)!;
    const added = lesson.steps.flatMap((s) =>
      (s.commands ?? []).flatMap((c) => (c.type === 'addGroup' ? [c.group] : [])),
    );
    const scenario = { ...builtIn.scenario, groups: [...builtIn.scenario.groups, ...added] };
    expect(validateScenario(scenario)).toEqual(scenario);
  });
});

describe('the course’s questions', () => {
  it('spread their right answers over the choices: no letter is right for more than 40% of them', () => {
    const answers = COURSE.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question.answer] : [])));
    const byLetter = new Map<number, number>();
    for (const a of answers) byLetter.set(a, (byLetter.get(a) ?? 0) + 1);
    for (const [letter, n] of byLetter) {
      expect(
        n / answers.length,
        `answer ${'ABC'[letter]} is right ${n} times of ${answers.length}`,
      ).toBeLessThanOrEqual(0.4);
    }
    // Every letter a question offers is right somewhere: A, B and C all occur.
    expect([...byLetter.keys()].sort()).toEqual([0, 1, 2]);
  });
});
