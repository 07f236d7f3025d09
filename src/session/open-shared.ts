/**
 * Opening a shared link or a class file: the engine's checks (a scenario by the engine's validator, a
 * lesson by planning it headless), the bounded replay of a shared class into a store, and the estimate
 * that keeps a link from freezing the page. The session may call the engine; views open through here.
 */

import { validateScenario, type Scenario } from '../engine';
import type { Lesson } from '../lessons/lesson';
import { LessonPlanner, type LessonPlan } from '../runtime/lesson-plan';
import {
  FORECAST_MARGIN,
  forecastWork,
  isWorkBudgetError,
  LESSON_WORK_BUDGET,
  OPEN_WORK_BUDGET,
  type WorkBudgetError,
} from '../runtime/work-budget';
import type { Checked, ShareChecks, SharedClass, SharedCommand, ShareProblem, Source } from './share';
import { createSimulatorStore, type SimulatorStore } from '../store/simulator-store';
import { ClassOpening } from './class-opening';
import { readLessonShape } from './lesson-file';
import { lessonRunProblems, lessonTooHeavy } from './lesson-opening';
import { problemsOf } from './start-class';
import { tooMuchWork } from './work-refusal';

/**
 * Checks an untrusted scenario with the engine's validator: every problem with its path, without building a
 * simulation. The value is the input itself: the validator refuses unknown fields, so nothing else rides
 * along.
 */
export function checkScenario(input: unknown): Checked<Scenario> {
  try {
    validateScenario(input);
    return { ok: true, value: input as Scenario };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}

/**
 * Engine work (the engine's meter: microseconds on its reference machine) a page may spend replaying a
 * shared class, in slices while it answers (see OPEN_WORK_BUDGET). A lesson file has its own, smaller
 * LESSON_WORK_BUDGET for each of its two runs, in slices too (lesson-opening.ts).
 */
export const MAX_REPLAY_WORK = OPEN_WORK_BUDGET;

/**
 * The engine's cost model for running `scenario` to `untilMs` with these actions: every partition each
 * fetch visits, every record, timer, event and checkpoint, weighted by their measured cost. Commands are
 * untrusted here (read defensively); they only change the estimate.
 */
export function estimateWork(
  scenario: Scenario,
  commands: readonly SharedCommand[],
  untilMs: number,
): number {
  return forecastWork(scenario, commands, untilMs);
}

/** The whole replay's work, from how far the meter's budget went: the run so far, at the same pace. */
function extrapolate(e: WorkBudgetError, untilMs: number): number {
  return (e.budget * untilMs) / Math.max(1, e.reachedMs);
}

/** A lesson and its plan (the headless run that times every step). */
export interface CheckedLesson {
  lesson: Lesson;
  plan: LessonPlan;
}

/**
 * Checks a lesson file's shape and the engine's forecast of its run, each step's commands at the latest
 * moment the step may start (an upper bound of its work): cheap, no engine run. Its commands are checked
 * when it runs: in slices as the page opens it (LessonOpening), in one go by checkLesson.
 */
export function checkLessonFile(input: unknown, scenario: Scenario): Checked<Lesson> {
  const shape = readLessonShape(input);
  if (!shape.ok) return shape;
  const lesson = shape.value;
  const script: SharedCommand[] = [];
  let totalMs = 0;
  for (const step of lesson.steps) {
    for (const command of step.commands ?? []) script.push({ timeMs: totalMs, command });
    totalMs += step.until.kind === 'elapsed' ? step.until.ms : (step.maxMs ?? 60_000);
  }
  const work = estimateWork(scenario, script, totalMs);
  if (work > LESSON_WORK_BUDGET * FORECAST_MARGIN) return { ok: false, problems: [lessonTooHeavy(work)] };
  return { ok: true, value: lesson };
}

/**
 * Checks a lesson file, then plans it headless in one go (for tests and tools; the page plans in slices):
 * a refused command, a step that throws or a plan over the budget is a problem.
 */
export function checkLesson(input: unknown, scenario: Scenario): Checked<CheckedLesson> {
  const checked = checkLessonFile(input, scenario);
  if (!checked.ok) return checked;
  const lesson = checked.value;
  const planner = new LessonPlanner(lesson, scenario, LESSON_WORK_BUDGET);
  try {
    return { ok: true, value: { lesson, plan: planner.step(Infinity)! } };
  } catch (e) {
    return { ok: false, problems: lessonRunProblems(e, planner.endMs) };
  }
}

/**
 * The checks share links and files are read with: a lesson's shape and forecast only, since its run is the
 * opening's (in slices, with progress and Cancel: LessonOpening).
 */
export const SHARE_CHECKS: ShareChecks<Scenario, Lesson> = {
  scenario: checkScenario,
  lesson: (input, scenario) => checkLessonFile(input, scenario),
};

/**
 * Opens a shared class in one go: a store with the shared actions given at their times, paused at the
 * shared moment. Throws a ShareError naming the first action the engine refuses, or a class too heavy to
 * replay. The page opens in slices instead (class-opening.ts, finishOpening); this is the same replay
 * without the pauses, for tests and tools.
 */
export function openSharedClass(payload: SharedClass<Scenario>, what: Source = 'the link'): SimulatorStore {
  const opening = new ClassOpening(payload, what);
  for (;;) {
    const store = opening.step(Infinity);
    if (store !== null) return store;
  }
}

/**
 * Opens a checked lesson at its first step, in one go (for tests and tools; the page opens a lesson file in
 * slices, LessonOpening). Throws a ShareError if replaying it costs more than its budget.
 */
export function openLesson(scenario: Scenario, { lesson, plan }: CheckedLesson): SimulatorStore {
  try {
    return createSimulatorStore(scenario, { lesson: { lesson, plan, step: 0 }, maxWork: LESSON_WORK_BUDGET });
  } catch (e) {
    if (!isWorkBudgetError(e)) throw e;
    const endMs = plan.steps[plan.steps.length - 1]?.endMs ?? 0;
    throw tooMuchWork('the file', endMs, extrapolate(e, endMs), LESSON_WORK_BUDGET);
  }
}

export type { ShareProblem };
