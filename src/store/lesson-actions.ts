import type { Player } from '../runtime/player';
import {
  answered,
  enteredStep,
  entryTime,
  followingStep,
  revealed,
  steppedBack,
} from '../runtime/lesson-phase';
import type { LessonActions } from './lesson-slice';
import type { SimulatorState } from './state';
import type { WorldPublisher } from './world-publisher';

interface LessonContext {
  get: () => SimulatorState;
  set: (partial: Partial<SimulatorState>) => void;
  world: WorldPublisher;
  /** A Player with the lesson's own script, for when the user has gone off it. */
  fresh: () => Player;
  publish: (renderTime: number) => void;
}

/** The lesson actions of a simulator store, plus `enterStep`, which Play and Reset also use. */
export function lessonActions(ctx: LessonContext): LessonActions & { enterStep(index: number): void } {
  const { get, set, world, publish } = ctx;

  /** Back on the lesson's script after the user acted: rebuild the Player from the script. */
  const onScript = (): void => {
    if (get().lesson?.offScript) world.replace(ctx.fresh());
  };

  /** Enters a lesson step at its beginning: its question first if it has one, else it plays. */
  const enterStep = (index: number): void => {
    const l = get().lesson;
    if (!l) return;
    const entered = enteredStep(l, index);
    onScript();
    world.player.seek(entryTime(l.plan.steps[entered.lesson.step]!));
    set({
      lesson: entered.lesson,
      playing: entered.playing,
      words: l.lesson.steps[entered.lesson.step]!.words ?? get().words,
      selection: null,
      refusal: null,
    });
    publish(world.player.now);
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
      onScript();
      world.player.seek(l.plan.steps[back.step]!.endMs);
      // The step shown speaks its own words, as it did when it was entered going forward.
      set({ lesson: back, playing: false, words: l.lesson.steps[back.step]!.words ?? get().words });
      publish(world.player.now);
    },
    replayStep: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    chooseAnswer: (choice) => {
      const l = get().lesson;
      const next = l ? answered(l, choice) : null;
      if (next) set({ lesson: next });
    },
    reveal: () => {
      const l = get().lesson;
      const next = l ? revealed(l) : null;
      if (next) set({ lesson: next, playing: true });
    },
    backToLesson: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    playFreely: () => set({ lesson: null }),
  };
}
