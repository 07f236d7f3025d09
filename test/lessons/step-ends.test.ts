import { describe, expect, it } from 'vitest';
import { createSimulation, type EngineEvent, type Scenario } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import type { Condition, Lesson } from '../../src/lessons/lesson';
import { findScenario } from '../../src/lessons/scenarios';
import { conditionHolds, describeCondition } from '../../src/runtime/conditions';
import { planLesson, type LessonPlan } from '../../src/runtime/lesson-plan';
import { Player, SHELF_WINDOW } from '../../src/runtime/player';

/**
 * Every step of every lesson ends on its own picture. The frame the class sees when a step pauses (the
 * lesson's whole script recorded, then a seek to the step's end, as the lesson page does) must be the world
 * of the lesson's commands up to that step alone: none of the next step's commands has acted yet. At that
 * frame the step's `until` has just become true (not a moment earlier: no overshoot), its expectations
 * (which pin what its caption claims) hold, and the next step's `until` does not hold yet.
 */

interface StepEnd {
  /** The world at the step's end with only this step's and earlier commands given, as the test's truth. */
  readonly own: ReturnType<ReturnType<typeof createSimulation>['snapshot']>;
  /** The same moment one millisecond earlier (null when the step took no time). */
  readonly before: ReturnType<ReturnType<typeof createSimulation>['snapshot']> | null;
  /** Events since the step's commands, at its end and one millisecond earlier. */
  readonly events: readonly EngineEvent[];
  readonly eventsBefore: readonly EngineEvent[];
}

/** Runs the lesson step by step, giving each step's commands only when it starts. */
function stepEnds(lesson: Lesson, scenario: Scenario, plan: LessonPlan): StepEnd[] {
  const sim = createSimulation(scenario);
  sim.advanceTo(0);
  return lesson.steps.map((step, i) => {
    const { startMs, endMs } = plan.steps[i]!;
    sim.advanceTo(startMs);
    const first = sim.snapshot().eventCount;
    for (const command of step.commands ?? []) sim.apply(command);
    let before = null;
    let eventsBefore: readonly EngineEvent[] = [];
    if (endMs > startMs) {
      sim.advanceTo(endMs - 1);
      before = sim.snapshot({ recentRecords: SHELF_WINDOW });
      eventsBefore = sim.events(first);
    }
    sim.advanceTo(endMs);
    return {
      own: sim.snapshot({ recentRecords: SHELF_WINDOW }),
      before,
      events: sim.events(first),
      eventsBefore,
    };
  });
}

const holds = (c: Condition, end: StepEnd, elapsedMs: number) =>
  conditionHolds(c, end.own, end.events, elapsedMs);

describe.each(COURSE.map((l) => [l.id, l] as const))(
  'lesson %s: each step ends on its own picture',
  (id, lesson) => {
    const scenario = findScenario(lesson.scenarioId)!.scenario;
    const plan = planLesson(lesson, scenario);
    const ends = stepEnds(lesson, scenario, plan);
    const player = Player.forLesson(scenario, plan);
    const steps = lesson.steps.map((step, i) => [`${i + 1} "${step.title}"`, i] as const);

    it.each(steps)('step %s: the frame shown at its end has nothing of the next step in it', (_, i) => {
      const { endMs } = plan.steps[i]!;
      player.seek(endMs);
      expect(player.now).toBe(endMs);
      expect(JSON.stringify(player.snapshot()), `${id} step ${i + 1}: the shown frame`).toBe(
        JSON.stringify(ends[i]!.own),
      );
    });

    it.each(steps)('step %s: its expectations pin what its caption says, and hold at its end', (_, i) => {
      const step = lesson.steps[i]!;
      const { startMs, endMs } = plan.steps[i]!;
      expect(
        step.expect?.length ?? 0,
        `${id} step ${i + 1} should say what holds at its end`,
      ).toBeGreaterThan(0);
      for (const c of step.expect ?? []) {
        expect(holds(c, ends[i]!, endMs - startMs), `${id} step ${i + 1}: ${describeCondition(c)}`).toBe(
          true,
        );
      }
    });

    it.each(steps)('step %s: it ends the moment its condition holds, not later', (_, i) => {
      const step = lesson.steps[i]!;
      const { startMs, endMs, reached } = plan.steps[i]!;
      expect(reached).toBe(true);
      expect(holds(step.until, ends[i]!, endMs - startMs), describeCondition(step.until)).toBe(true);
      if (step.until.kind === 'elapsed') {
        expect(endMs - startMs).toBe(step.until.ms);
        return;
      }
      // A step that waits for something must show it happening, not find it already there.
      expect(
        endMs,
        `${id} step ${i + 1} should take time to reach ${describeCondition(step.until)}`,
      ).toBeGreaterThan(startMs);
      const { before, eventsBefore } = ends[i]!;
      expect(
        conditionHolds(step.until, before!, eventsBefore, endMs - 1 - startMs),
        `${id} step ${i + 1}: ${describeCondition(step.until)} held already 1 ms before the end`,
      ).toBe(false);
    });

    it.each(steps.slice(0, -1))(
      'step %s: the next step’s awaited event has not happened at its end',
      (_, i) => {
        const next = lesson.steps[i + 1]!;
        const { endMs } = plan.steps[i]!;
        if (next.until.kind === 'elapsed') return;
        // What is happening in the last frame: the step's state, and the events of that very moment.
        const atEnd = ends[i]!.events.filter((e) => e.timeMs === endMs);
        expect(
          conditionHolds(next.until, ends[i]!.own, atEnd, 0),
          `${id} step ${i + 1} already shows step ${i + 2}'s ${describeCondition(next.until)}`,
        ).toBe(false);
        expect(plan.steps[i + 1]!.startMs).toBeGreaterThan(endMs);
      },
    );
  },
);
