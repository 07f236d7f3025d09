import type { Scenario } from '../engine';
import { LessonMove } from '../runtime/lesson-move';
import {
  answered,
  enteredStep,
  entryTime,
  followingStep,
  revealed,
  steppedBack,
  stoppedAt,
} from '../runtime/lesson-phase';
import { runSlice } from '../runtime/work-slice';
import type { LessonActions, StepChange } from './lesson-slice';
import type { SimulatorState } from './state';
import type { WorldPublisher } from './world-publisher';

interface LessonContext {
  get: () => SimulatorState;
  set: (partial: Partial<SimulatorState>) => void;
  world: WorldPublisher;
  scenario: Scenario;
  /**
   * The engine work a step change does at once (one slice, runtime/work-slice.ts); past it the change goes
   * on in slices the page runs (`stepChange`). Infinity: in one go (built-in lessons, whose runs are small).
   */
  stepSlice: number;
  publish: (renderTime: number) => void;
}

/** The lesson actions of a simulator store, plus `enterStep`, which Play and Reset also use. */
export function lessonActions(
  ctx: LessonContext,
): LessonActions & { enterStep(index: number, afresh?: boolean): void } {
  const { get, set, world, publish } = ctx;
  /** The step change under way, if it did not end in its first slice. */
  let pending: LessonMove | null = null;

  const cancelStepChange = (): void => {
    const move = pending;
    if (move === null) return;
    pending = null;
    // A fresh replay never touched the page's Player: the class stays as the user left it, off the script.
    if (move.fresh) return set({ stepChange: null });
    // A seek along the script moved the page's Player part way: that moment, paused, in its own step.
    const l = get().lesson;
    set({ stepChange: null, playing: false, lesson: l && stoppedAt(l, world.player.now) });
    publish(world.player.now);
  };

  /**
   * Moves the class to `targetMs` of the lesson's script (replayed afresh first if the user acted off it, or
   * if `afresh`: Reset), then shows `arrival()`: at once if it fits in a slice, else a slice at a time as
   * the page runs it on.
   */
  const moveTo = (
    step: number,
    targetMs: number,
    arrival: () => Partial<SimulatorState>,
    afresh = false,
  ): void => {
    cancelStepChange();
    const l = get().lesson;
    if (!l) return;
    const current = l.offScript || afresh ? null : world.player;
    const move = new LessonMove(ctx.scenario, l.plan, current, targetMs);
    const arrive = (): void => {
      pending = null;
      if (move.player !== world.player) world.replace(move.player);
      set({ ...arrival(), stepChange: null });
      publish(world.player.now);
    };
    if (
      runSlice(
        ctx.stepSlice,
        () => move.work,
        (w) => move.step(w),
      )
    )
      return arrive();
    pending = move;
    const change: StepChange = {
      step,
      fresh: move.fresh,
      setsAside: l.offScript,
      get progress() {
        return move.progress;
      },
      get work() {
        return move.work;
      },
      advance: (maxWork) => {
        if (pending !== move) return true;
        if (!move.step(maxWork)) return false;
        arrive();
        return true;
      },
    };
    set({ playing: false, stepChange: change });
  };

  /** Enters a lesson step at its beginning: its question first if it has one, else it plays. */
  const enterStep = (index: number, afresh = false): void => {
    const l = get().lesson;
    if (!l) return;
    const entered = enteredStep(l, index);
    const step = entered.lesson.step;
    moveTo(
      step,
      entryTime(l.plan.steps[step]!),
      () => ({
        lesson: entered.lesson,
        playing: entered.playing,
        words: l.lesson.steps[step]!.words ?? get().words,
        selection: null,
        refusal: null,
      }),
      afresh,
    );
  };

  return {
    enterStep,
    goToStep: enterStep,
    nextStep: () => {
      const l = get().lesson;
      const next = l ? followingStep(l) : null;
      if (next !== null) enterStep(next);
    },
    previousStep: () => {
      const l = get().lesson;
      const back = l ? steppedBack(l) : null;
      if (!l || !back) return;
      // The step shown speaks its own words, as it did when it was entered going forward.
      moveTo(back.step, l.plan.steps[back.step]!.endMs, () => ({
        lesson: back,
        playing: false,
        words: l.lesson.steps[back.step]!.words ?? get().words,
      }));
    },
    replayStep: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    chooseAnswer: (choice) => {
      cancelStepChange();
      const l = get().lesson;
      const next = l ? answered(l, choice) : null;
      if (next) set({ lesson: next });
    },
    reveal: () => {
      cancelStepChange();
      const l = get().lesson;
      const next = l ? revealed(l) : null;
      if (next) set({ lesson: next, playing: true });
    },
    backToLesson: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    playFreely: () => {
      cancelStepChange();
      set({ lesson: null });
    },
    cancelStepChange,
  };
}
