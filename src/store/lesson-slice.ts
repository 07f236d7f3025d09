// The lesson's state and phases are the runtime's (runtime/lesson-phase.ts); the store holds them.
export type { LessonState, StepPhase } from '../runtime/lesson-phase';

/**
 * A step change under way, a slice of engine work at a time (a lesson file's page; see
 * runtime/lesson-move.ts): the page runs it on (`advance`) between its frames, with its progress and Cancel.
 */
export interface StepChange {
  /** The step it moves to (0-based). */
  readonly step: number;
  /** Whether the script is replayed afresh: back on it after the user acted off it, or Reset. */
  readonly fresh: boolean;
  /** Whether the user's own actions (off the script) are set aside by it; a Reset on the script has none. */
  readonly setsAside: boolean;
  /** The share done, 0 to 1. */
  readonly progress: number;
  /** The engine work done so far by the Player it moves (the meter), for the page's slices. */
  readonly work: number;
  /** Moves it on by at most `maxWork`; once done the store shows the step and forgets the change. */
  advance(maxWork: number): boolean;
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
  /**
   * Stops the step change under way (see ARCHITECTURE, "Budgets"): a fresh replay of the script is dropped
   * and the class stays as the user left it, off the script; a seek along the script stops at the moment it
   * reached, shown paused in the step that moment belongs to, on the script.
   */
  cancelStepChange(): void;
}
