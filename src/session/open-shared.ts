/**
 * Opening a shared link or a class file: the engine's checks (a scenario by the engine's validator, a
 * lesson by planning it headless), the bounded replay of a shared class into a store, and the estimate
 * that keeps a link from freezing the page. The session may call the engine; views open through here.
 */

import { validateScenario, type Command, type Scenario } from '../engine';
import type { Lesson } from '../lessons/lesson';
import { planLesson, type LessonPlan } from '../runtime/lesson-plan';
import {
  FORECAST_MARGIN,
  forecastWork,
  isWorkBudgetError,
  laptopSeconds,
  LESSON_WORK_BUDGET,
  OPEN_WORK_BUDGET,
  type WorkBudgetError,
} from '../runtime/work-budget';
import { formatCount, formatDecimal } from '../shared/format-number';
import type { Lang } from '../shared/lang';
import {
  localProblem,
  ShareError,
  type Checked,
  type ShareChecks,
  type SharedClass,
  type SharedCommand,
  type ShareProblem,
  type Source,
} from './share';
import { createSimulatorStore, type SimulatorStore } from '../store/simulator-store';
import { formatClock } from '../shared/format-time';
import { readLessonShape } from './lesson-file';
import { messages } from './messages';
import { problemsOf } from './start-class';

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
 * Engine work (the engine's meter: microseconds on its reference machine) a page may spend replaying a link
 * or file: the page answers in about a second on a classroom laptop (see OPEN_WORK_BUDGET). A lesson file runs twice (planned, then replayed), each half.
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

/**
 * Seconds on a classroom laptop, as the reader's language writes them ("1.2", "0.16", "0,16"): two decimals
 * under a second, so a budget of 0.16 s and a refused 0.2 s never read as the same figure.
 */
const laptopTime = (l: Lang, work: number): string => {
  const seconds = laptopSeconds(work);
  return formatDecimal(l, seconds, seconds < 1 ? 2 : 1);
};

function tooMuchWork(what: Source, untilMs: number, work: number, max: number): ShareError {
  return new ShareError('too-much-work', (l) =>
    messages(l).tooMuchWork(what, formatClock(l, untilMs, false), laptopTime(l, work), laptopTime(l, max)),
  );
}

/** The whole replay's work, from how far the meter's budget went: the run so far, at the same pace. */
function extrapolate(e: WorkBudgetError, untilMs: number): number {
  return (e.budget * untilMs) / Math.max(1, e.reachedMs);
}

/** Refuses at once a replay the cost model puts far over the budget; the meter stops the rest. */
function refuseHeavy(what: Source, work: number, untilMs: number): void {
  if (work <= MAX_REPLAY_WORK * FORECAST_MARGIN) return;
  throw tooMuchWork(what, untilMs, work, MAX_REPLAY_WORK);
}

/** A lesson and its plan (the headless run that times every step). */
export interface CheckedLesson {
  lesson: Lesson;
  plan: LessonPlan;
}

/** Checks a lesson's shape, then runs it headless: a refused command or a step that throws is a problem. */
export function checkLesson(input: unknown, scenario: Scenario): Checked<CheckedLesson> {
  const shape = readLessonShape(input);
  if (!shape.ok) return shape;
  const lesson = shape.value;
  // Each step's commands at the latest moment the step may start: an upper bound of the lesson's work.
  const script: SharedCommand[] = [];
  let totalMs = 0;
  for (const step of lesson.steps) {
    for (const command of step.commands ?? []) script.push({ timeMs: totalMs, command });
    totalMs += step.until.kind === 'elapsed' ? step.until.ms : (step.maxMs ?? 60_000);
  }
  const tooHeavy = (work: number): Checked<CheckedLesson> => ({
    ok: false,
    problems: [
      localProblem('steps', (l) =>
        messages(l).lessonTooHeavy(laptopTime(l, work), laptopTime(l, LESSON_WORK_BUDGET)),
      ),
    ],
  });
  const work = estimateWork(scenario, script, totalMs);
  if (work > LESSON_WORK_BUDGET * FORECAST_MARGIN) return tooHeavy(work);
  try {
    return { ok: true, value: { lesson, plan: planLesson(lesson, scenario, LESSON_WORK_BUDGET) } };
  } catch (e) {
    if (isWorkBudgetError(e)) return tooHeavy(extrapolate(e, totalMs));
    const problems = problemsOf(e);
    return {
      ok: false,
      // The engine's detail stays in English; the sentence around it is in the reader's language.
      problems: problems.map((p) =>
        localProblem('steps', (l) =>
          messages(l).lessonRefused(`${p.path === '' ? '' : `${p.path}: `}${p.message}`),
        ),
      ),
    };
  }
}

/** The checks share links and files are read with. */
export const SHARE_CHECKS: ShareChecks<Scenario, CheckedLesson> = {
  scenario: checkScenario,
  lesson: (input, scenario) => checkLesson(input, scenario),
};

/**
 * Opens a shared class: a store with the shared actions given at their times, paused at the shared moment.
 * Throws a ShareError naming the first action the engine refuses, or a class too heavy to replay.
 */
export function openSharedClass(payload: SharedClass<Scenario>, what: Source = 'the link'): SimulatorStore {
  const { scenario, commands } = payload;
  const lastCommandMs = commands[commands.length - 1]?.timeMs ?? 0;
  const openAt = payload.timeMs ?? lastCommandMs;
  const untilMs = Math.max(openAt, lastCommandMs);
  refuseHeavy(what, estimateWork(scenario, commands, untilMs), untilMs);
  const store = createSimulatorStore(scenario, { words: payload.words ?? 'classroom', playing: false });
  // The engine's meter stops a replay the forecast let through but that costs more than the budget.
  store.getState().limitWork(MAX_REPLAY_WORK);
  try {
    replayInto(store, payload, what);
  } catch (e) {
    if (isWorkBudgetError(e)) throw tooMuchWork(what, untilMs, extrapolate(e, untilMs), MAX_REPLAY_WORK);
    throw e;
  }
  store.getState().limitWork(null);
  store.getState().pause();
  store.getState().dismissRefusal();
  return store;
}

function replayInto(store: SimulatorStore, payload: SharedClass<Scenario>, what: Source): void {
  const { commands } = payload;
  const openAt = payload.timeMs ?? commands[commands.length - 1]?.timeMs ?? 0;
  commands.forEach(({ timeMs, command }, i) => {
    store.getState().seek(timeMs);
    const refusal = store.getState().command(command as Command);
    if (refusal !== null) {
      throw new ShareError(
        'commands',
        (l) =>
          messages(l).actionRefused(
            what,
            formatCount(l, i + 1),
            formatCount(l, commands.length),
            formatClock(l, timeMs),
            refusal,
          ),
        [{ path: `commands[${i}]`, message: refusal }],
      );
    }
  });
  store.getState().seek(openAt);
}

/**
 * Opens a checked lesson at its first step. Throws a ShareError if replaying it costs more than its half of
 * the budget (its plan passed the other half).
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
