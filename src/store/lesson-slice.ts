// The lesson's state and phases are the runtime's (runtime/lesson-phase.ts); the store holds them.
export type { LessonState, StepPhase } from '../runtime/lesson-phase';

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
