import type { Lesson } from '../lessons/lesson';
import type { LessonPlan, StepPlan } from './lesson-plan';

/**
 * The lesson's playback phase machine, as pure functions of where the class stands: the store keeps the
 * state and the Player, and asks these what a key press, a frame or a step change means for the story.
 *
 * `asking`: the step's question is up and time waits; `running`: the step plays toward its end; `done`: the
 * step has reached its end and waits for "Next step".
 */
export type StepPhase = 'asking' | 'running' | 'done';

export interface LessonState {
  readonly lesson: Lesson;
  readonly plan: LessonPlan;
  /** Index of the current step (0-based; addresses are 1-based). */
  readonly step: number;
  readonly phase: StepPhase;
  /** The choice picked for the step's question, or null. */
  readonly answer: number | null;
  readonly revealed: boolean;
  /** The user acted on the stage: the lesson's own future is gone until "Back to the lesson". */
  readonly offScript: boolean;
}

/** The moment a step is entered: just before its commands, so the class sees them happen. */
export function entryTime(plan: StepPlan): number {
  return Math.max(0, plan.startMs - 1);
}

/** A lesson opened at a step: shown as that step left it (its end), so nothing plays until asked. */
export function openedAt(lesson: Lesson, plan: LessonPlan, step: number): LessonState {
  return { lesson, plan, step, phase: 'done', answer: null, revealed: false, offScript: false };
}

/**
 * What Play (or a clicker's Space) means: at a step's end it moves the story on (or does nothing after the
 * last step), while the class guesses it reveals the answer, otherwise (free play, off the script, or a
 * running step) it plays.
 */
export type PlayMeaning =
  { kind: 'enter'; step: number } | { kind: 'stay' } | { kind: 'reveal' } | { kind: 'play' };

export function playMeaning(l: LessonState | null): PlayMeaning {
  if (!l || l.offScript) return { kind: 'play' };
  if (l.phase === 'done') {
    const next = followingStep(l);
    return next === null ? { kind: 'stay' } : { kind: 'enter', step: next };
  }
  return l.phase === 'asking' ? { kind: 'reveal' } : { kind: 'play' };
}

/** The step after the current one, or null after the last. */
export function followingStep(l: LessonState): number | null {
  return l.step + 1 < l.lesson.steps.length ? l.step + 1 : null;
}

/** Where playing must stop: a running step on the script pauses at its own end; otherwise nowhere. */
export function stopAtMs(l: LessonState | null): number {
  return l && !l.offScript && l.phase === 'running' ? l.plan.steps[l.step]!.endMs : Infinity;
}

/**
 * Whether the class stands paused between two steps of the script: at a step's end, reached by playing or
 * shown again by "Back one step", or at a step's entry while its question is asked (the previous step's
 * end, a millisecond before its commands). Not when the user paused a running step, stepped or scrubbed
 * to another moment, or acted on the stage: those show the moment asked for.
 */
export function pausedBetweenSteps(l: LessonState | null, playing: boolean, renderTime: number): boolean {
  if (playing || l === null || l.offScript) return false;
  const plan = l.plan.steps[l.step]!;
  if (l.phase === 'done') return renderTime === plan.endMs;
  return l.phase === 'asking' && renderTime === entryTime(plan);
}

/**
 * After a frame reached `renderTime`: the lesson as it now stands if the running step reached its end
 * (phase `done`, playing stops), or null when nothing changed for the story.
 */
export function stepEndedAt(l: LessonState | null, renderTime: number): LessonState | null {
  return l && renderTime >= stopAtMs(l) ? { ...l, phase: 'done' } : null;
}

/**
 * Entering step `index` (clamped to the lesson) at its beginning: its question first if it has one (time
 * waits), else it plays at once. Back on the script, with no answer yet.
 */
export function enteredStep(l: LessonState, index: number): { lesson: LessonState; playing: boolean } {
  const step = Math.max(0, Math.min(l.lesson.steps.length - 1, index));
  const asking = l.lesson.steps[step]!.question !== undefined;
  return {
    lesson: {
      ...l,
      step,
      phase: asking ? 'asking' : 'running',
      answer: null,
      revealed: false,
      offScript: false,
    },
    playing: !asking,
  };
}

/** Back one step shows the previous step as the class left it: its end, at once, with nothing replayed. */
export function steppedBack(l: LessonState): LessonState | null {
  if (l.step === 0) return null;
  return { ...l, step: l.step - 1, phase: 'done', answer: null, revealed: false, offScript: false };
}

/** A choice counts only while the question is asked. */
export function answered(l: LessonState, choice: number): LessonState | null {
  return l.phase === 'asking' ? { ...l, answer: choice } : null;
}

/** Revealing the answer lets the step run. */
export function revealed(l: LessonState): LessonState | null {
  return l.phase === 'asking' ? { ...l, phase: 'running', revealed: true } : null;
}

/** A command the engine accepted takes a lesson off its script (its own future is gone). */
export function afterCommand(l: LessonState | null, accepted: boolean): LessonState | null {
  return accepted && l && !l.offScript ? { ...l, offScript: true } : null;
}

/**
 * A step change stopped part way along the script at `timeMs` (Cancel on a lesson file's page): the step
 * that moment belongs to (entered at or before it), paused, running toward its end with nothing asked; on
 * the script, since no command was given.
 */
export function stoppedAt(l: LessonState, timeMs: number): LessonState {
  let step = 0;
  l.plan.steps.forEach((s, i) => {
    if (entryTime(s) <= timeMs) step = i;
  });
  const phase: StepPhase = timeMs >= l.plan.steps[step]!.endMs ? 'done' : 'running';
  return { ...l, step, phase, answer: null, revealed: false, offScript: false };
}
