/**
 * Opening a lesson from a file or a link in slices: the lesson is planned headless (each step run to find
 * where it ends), then its script replayed into the page's player, each a slice of engine work at a time
 * (opening-slices.ts), so the page draws, answers and shows the progress between two slices and Cancel is
 * handled after the slice running when it was clicked. Both runs are the ones in one go (planLesson, then
 * Player.forLesson): the engine is deterministic and its meter stops between two moments, never inside one
 * (runtime/lesson-plan.test.ts, lesson-opening.test.ts).
 */

import type { Scenario } from '../engine';
import type { Lesson } from '../lessons/lesson';
import { LessonPlanner, type LessonPlan } from '../runtime/lesson-plan';
import { planEndMs } from '../runtime/lesson-move';
import { ScriptReplay } from '../runtime/script-replay';
import { isWorkBudgetError, LESSON_WORK_BUDGET, OPEN_SLICE_WORK } from '../runtime/work-budget';
import { createSimulatorStore, type SimulatorStore } from '../store/simulator-store';
import { messages } from './messages';
import { runSlice, type SlicedOpening } from './opening-slices';
import { holdsProblems, localProblem, type ShareProblem, type Source } from './share';
import { problemsOf } from './start-class';
import { laptopTime, tooMuchWork } from './work-refusal';

/** "steps: would take too long to run (about 2.1 s of work for a classroom laptop; at most 0.08 s)". */
export function lessonTooHeavy(work: number): ShareProblem {
  return localProblem('steps', (l) =>
    messages(l).lessonTooHeavy(laptopTime(l, work), laptopTime(l, LESSON_WORK_BUDGET)),
  );
}

/** What stopped a lesson's headless run, as problems: the engine refusing a command, or its budget. */
export function lessonRunProblems(e: unknown, totalMs: number): ShareProblem[] {
  // The whole run's work, from how far the budget went: the run so far, at the same pace.
  if (isWorkBudgetError(e)) return [lessonTooHeavy((e.budget * totalMs) / Math.max(1, e.reachedMs))];
  // The engine's detail stays in English; the sentence around it is in the reader's language.
  return problemsOf(e).map((p) =>
    localProblem('steps', (l) =>
      messages(l).lessonRefused(`${p.path === '' ? '' : `${p.path}: `}${p.message}`),
    ),
  );
}

/** A lesson being opened: its plan, then its replay, moved on a slice at a time. */
export class LessonOpening implements SlicedOpening {
  private readonly planner: LessonPlanner;
  private plan: LessonPlan | null = null;
  private replay: ScriptReplay | null = null;
  private opened = false;

  /** `lesson` and `scenario` as their checks let them in (checkLessonFile: shape and forecast). */
  constructor(
    readonly scenario: Scenario,
    readonly lesson: Lesson,
    private readonly what: Source = 'the link',
  ) {
    this.planner = new LessonPlanner(lesson, scenario, LESSON_WORK_BUDGET);
  }

  /** The share done: the plan is the first half, the replay (about as much work) the second. */
  get progress(): number {
    if (this.opened) return 1;
    return this.replay === null ? this.planner.progress / 2 : 0.5 + this.replay.progress / 2;
  }

  /** The engine work done so far, over both runs. */
  private work(): number {
    return this.planner.work + (this.replay?.player.work ?? 0);
  }

  /** Moves on by at most `maxWork`: the plan, then (in the same piece, with what is left) the replay. */
  private piece(maxWork: number): boolean {
    if (this.replay === null) {
      const before = this.planner.work;
      const plan = this.planner.step(maxWork);
      if (plan === null) return false;
      this.plan = plan;
      this.replay = new ScriptReplay(this.scenario, plan.script, planEndMs(plan), LESSON_WORK_BUDGET);
      maxWork -= this.planner.work - before;
    }
    return this.replay.step(maxWork);
  }

  /**
   * One slice: at most `maxWork` of engine work and the rest of its moment, ended sooner once OPEN_SLICE_MS
   * of the page's time have passed. Returns the store at the lesson's first step once both runs are done;
   * else null. Throws a ShareError: the lesson's problems (a command the engine refuses, a plan over the
   * budget) or a replay over the budget.
   */
  step(maxWork = OPEN_SLICE_WORK): SimulatorStore | null {
    let done: boolean;
    try {
      done = runSlice(
        maxWork,
        () => this.work(),
        (work) => this.piece(work),
      );
    } catch (e) {
      if (this.plan === null)
        throw holdsProblems(this.what, 'lesson', lessonRunProblems(e, this.planner.endMs));
      if (!isWorkBudgetError(e)) throw e;
      const endMs = planEndMs(this.plan);
      throw tooMuchWork(this.what, endMs, (e.budget * endMs) / Math.max(1, e.reachedMs), LESSON_WORK_BUDGET);
    }
    if (!done || this.replay === null || this.plan === null) return null;
    const { lesson, plan } = this;
    this.opened = true;
    // Its step changes run in slices too: going back to the script replays it afresh (StepChange).
    return createSimulatorStore(this.scenario, {
      player: this.replay.player,
      lesson: { lesson, plan, step: 0 },
      stepSlice: OPEN_SLICE_WORK,
    });
  }
}
