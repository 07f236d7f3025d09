import { createSimulation, type Command, type Scenario } from '../engine';
import type { Lesson } from '../lessons/lesson';
import { conditionHolds, describeCondition } from './conditions';

/** Default cap on a step that waits for a condition. */
export const DEFAULT_STEP_MAX_MS = 60_000;
/** How finely a condition is checked while planning: the step ends within this of the moment it holds. */
export const PLAN_RESOLUTION_MS = 100;

export interface StepPlan {
  /** When the step begins: its commands are given at this moment. */
  readonly startMs: number;
  /** When it pauses. */
  readonly endMs: number;
  /** Whether its condition held (false: it ran into maxMs). */
  readonly reached: boolean;
  /** Expectations that failed at the end of the step, in words (empty when the story holds). */
  readonly broken: readonly string[];
}

export interface LessonPlan {
  readonly lessonId: string;
  readonly steps: readonly StepPlan[];
  /** Every command of the lesson with the time it is given: what a replay needs. */
  readonly script: readonly { timeMs: number; command: Command }[];
}

/**
 * Runs a lesson headless from its first step to its last, finding when each step begins and ends. The
 * engine is deterministic, so this plan holds for every later run: stepping to step k is a seek to its start.
 */
export function planLesson(lesson: Lesson, scenario: Scenario): LessonPlan {
  const sim = createSimulation(scenario);
  sim.advanceTo(0);
  const steps: StepPlan[] = [];
  const script: { timeMs: number; command: Command }[] = [];
  for (const step of lesson.steps) {
    const startMs = sim.now;
    const firstEvent = sim.snapshot().eventCount;
    for (const command of step.commands ?? []) {
      sim.apply(command);
      script.push({ timeMs: startMs, command });
    }
    const maxMs = step.until.kind === 'elapsed' ? step.until.ms : (step.maxMs ?? DEFAULT_STEP_MAX_MS);
    let reached = false;
    for (;;) {
      const snapshot = sim.snapshot();
      if (conditionHolds(step.until, snapshot, sim.events(firstEvent), sim.now - startMs)) {
        reached = true;
        break;
      }
      if (sim.now - startMs >= maxMs) break;
      sim.advanceTo(Math.min(startMs + maxMs, sim.now + PLAN_RESOLUTION_MS));
    }
    const snapshot = sim.snapshot();
    const events = sim.events(firstEvent);
    const broken = (step.expect ?? [])
      .filter((c) => !conditionHolds(c, snapshot, events, sim.now - startMs))
      .map(describeCondition);
    steps.push({ startMs, endMs: sim.now, reached, broken });
  }
  return { lessonId: lesson.id, steps, script };
}
