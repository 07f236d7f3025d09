/**
 * The engine's checks, reached from the views through the runtime (views may not call the engine itself):
 * a scenario by the engine's validator, a lesson by planning it headless. Also the bounded
 * replay of a shared class into a store, and the estimate that keeps a link from freezing the page.
 */

import type { Command, GroupSpec, Problem, Scenario } from '../../engine';
import type { Lesson } from '../../lessons/lesson';
import { checkScenario as runtimeCheckScenario, MAX_RECORDS_PER_SEC } from '../../runtime/check-scenario';
import { planLesson, type LessonPlan } from '../../runtime/lesson-plan';
import { formatCount } from '../../shared/format-number';
import {
  localProblem,
  ShareError,
  type Checked,
  type ShareChecks,
  type SharedClass,
  type SharedCommand,
  type ShareProblem,
  type Source,
} from '../../shared/share';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { formatClock } from '../controls/format-time';
import { readLessonShape } from './lesson-file';
import { messages } from './messages';

/** The problems an engine error carries (ScenarioError, CommandError), or one line for anything else. */
export function problemsOf(e: unknown): Problem[] {
  if (typeof e === 'object' && e !== null && 'problems' in e && Array.isArray(e.problems)) {
    const problems = (e.problems as unknown[]).filter(
      (p): p is Problem =>
        typeof p === 'object' &&
        p !== null &&
        typeof (p as Problem).path === 'string' &&
        typeof (p as Problem).message === 'string',
    );
    if (problems.length > 0) return problems.map((p) => ({ path: p.path, message: p.message }));
  }
  return [{ path: '', message: e instanceof Error ? e.message : 'the scenario could not be checked' }];
}

/** Checks an untrusted scenario with the engine's validator, through the runtime's door. */
export function checkScenario(input: unknown): Checked<Scenario> {
  return runtimeCheckScenario(input);
}

/** Work units a page may spend replaying a link or planning a lesson: about 3 seconds on a classroom laptop. */
export const MAX_REPLAY_WORK = 3_000_000;

/**
 * Roughly how much work the engine does to run `scenario` to `untilMs` with these actions: every note sent
 * and read by each group, plus each student's polls and heartbeats. Commands are untrusted here (read
 * defensively); they only change the estimate.
 */
export function estimateWork(
  scenario: Scenario,
  commands: readonly SharedCommand[],
  untilMs: number,
): number {
  const rates = new Map(scenario.producers.map((p) => [p.id, p.recordsPerSec]));
  let readers = scenario.groups.length;
  let members = scenario.groups.reduce((n, g) => n + g.members.length, 0);
  let work = 0;
  let t = 0;
  const runTo = (to: number): void => {
    if (to <= t) return;
    const seconds = (to - t) / 1000;
    let rate = 0;
    for (const r of rates.values()) rate += r;
    work += rate * seconds * (1 + readers) + members * seconds * 3 + seconds;
    t = to;
  };
  for (const { timeMs, command } of commands) {
    runTo(Math.min(timeMs, untilMs));
    const c = command as Partial<Record<string, unknown>>;
    const rate = c.recordsPerSec;
    if (c.type === 'setProducerRate' && typeof c.producer === 'string' && typeof rate === 'number') {
      // A rate the engine will refuse is left out: the replay names it.
      if (rate >= 0 && rate <= MAX_RECORDS_PER_SEC) rates.set(c.producer, rate);
    } else if (c.type === 'addMember') members += 1;
    else if (c.type === 'addGroup') {
      readers += 1;
      const list = (c.group as Partial<GroupSpec> | undefined)?.members;
      members += Array.isArray(list) ? list.length : 0;
    }
  }
  runTo(untilMs);
  return work;
}

function refuseHeavy(what: Source, work: number, untilMs: number): void {
  if (work <= MAX_REPLAY_WORK) return;
  throw new ShareError('too-much-work', (l) =>
    messages(l).tooMuchWork(
      what,
      formatClock(l, untilMs, false),
      formatCount(l, work),
      formatCount(l, MAX_REPLAY_WORK),
    ),
  );
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
  // Planning checks a step's condition at each moment the engine has something scheduled: about what
  // one more student costs.
  const work = estimateWork(scenario, script, totalMs) + totalMs / 100;
  if (work > MAX_REPLAY_WORK) {
    return {
      ok: false,
      problems: [
        localProblem('steps', (l) =>
          messages(l).lessonTooHeavy(formatCount(l, work), formatCount(l, MAX_REPLAY_WORK)),
        ),
      ],
    };
  }
  try {
    return { ok: true, value: { lesson, plan: planLesson(lesson, scenario) } };
  } catch (e) {
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
  refuseHeavy(
    what,
    estimateWork(scenario, commands, Math.max(openAt, lastCommandMs)),
    Math.max(openAt, lastCommandMs),
  );
  const store = createSimulatorStore(scenario, { words: payload.words ?? 'classroom', playing: false });
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
  store.getState().pause();
  store.getState().dismissRefusal();
  return store;
}

/** Opens a checked lesson at its first step. */
export function openLesson(scenario: Scenario, { lesson, plan }: CheckedLesson): SimulatorStore {
  return createSimulatorStore(scenario, { lesson: { lesson, plan, step: 0 } });
}

export type { ShareProblem };
