import type { Player } from '../runtime/player';
import { entryTime, type LessonActions } from './lesson-slice';
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
    const step = Math.max(0, Math.min(l.lesson.steps.length - 1, index));
    onScript();
    const lessonStep = l.lesson.steps[step]!;
    world.player.seek(entryTime(l.plan.steps[step]!));
    const asking = lessonStep.question !== undefined;
    set({
      lesson: {
        ...l,
        step,
        phase: asking ? 'asking' : 'running',
        answer: null,
        revealed: false,
        offScript: false,
      },
      playing: !asking,
      words: lessonStep.words ?? get().words,
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
      if (l && l.step + 1 < l.lesson.steps.length) enterStep(l.step + 1);
    },
    previousStep: () => {
      const l = get().lesson;
      if (!l || l.step === 0) return;
      // Back shows the previous step as the class left it: its end, at once, with nothing replayed.
      onScript();
      world.player.seek(l.plan.steps[l.step - 1]!.endMs);
      set({
        lesson: { ...l, step: l.step - 1, phase: 'done', answer: null, revealed: false, offScript: false },
        playing: false,
      });
      publish(world.player.now);
    },
    replayStep: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    chooseAnswer: (choice) => {
      const l = get().lesson;
      if (l && l.phase === 'asking') set({ lesson: { ...l, answer: choice } });
    },
    reveal: () => {
      const l = get().lesson;
      if (!l || l.phase !== 'asking') return;
      set({ lesson: { ...l, phase: 'running', revealed: true }, playing: true });
    },
    backToLesson: () => {
      const l = get().lesson;
      if (l) enterStep(l.step);
    },
    playFreely: () => set({ lesson: null }),
  };
}
