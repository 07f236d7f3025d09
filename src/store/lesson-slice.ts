import type { Lesson } from '../lessons/lesson';
import type { LessonPlan, StepPlan } from '../runtime/lesson-plan';

/**
 * Where a class stands in a lesson. `asking`: the step's question is up and time waits; `running`: the
 * step plays toward its end; `done`: the step has reached its end and waits for "Next step".
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

export interface LessonActions {
  goToStep(step: number): void;
  nextStep(): void;
  previousStep(): void;
  /** Plays the current step again from its beginning. */
  replayStep(): void;
  chooseAnswer(choice: number): void;
  /** Shows the answer and lets the step run. */
  reveal(): void;
  /** Undoes the user's own commands: back to the current step's beginning, on the lesson's script. */
  backToLesson(): void;
  /** Leaves the lesson and keeps playing freely from here. */
  playFreely(): void;
}

/** The moment a step is entered: just before its commands, so the class sees them happen. */
export function entryTime(plan: StepPlan): number {
  return Math.max(0, plan.startMs - 1);
}
