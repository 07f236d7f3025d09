import type { Lang } from '../../shared/lang';
import type { StepPhase } from '../../store/simulator-store';

/**
 * What the lesson window and its presenter view say to each other (see presenter-channel.ts). The shapes
 * sit apart so the channel's pacing can name them without importing the channel.
 */

/** Where the lesson window stands. `free`: the lesson is over and the class plays freely. */
export interface StateMessage {
  type: 'state';
  /** 0-based. */
  step: number;
  phase: StepPhase;
  answer: number | null;
  revealed: boolean;
  offScript: boolean;
  free: boolean;
}

/** A presenter view has opened and wants to know where the lesson stands. */
export interface HelloMessage {
  type: 'hello';
}

/** The lesson window is going away (closed or reloaded). */
export interface ByeMessage {
  type: 'bye';
}

export type PresenterAction = 'next' | 'previous' | 'reveal' | 'replay';

/** The presenter view asks the lesson window to act. */
export interface CommandMessage {
  type: 'command';
  action: PresenterAction;
}

/**
 * One window changed the language; the other follows. The lesson window also says its language to a
 * presenter view that says hello, so a new presenter view speaks as the class sees it.
 */
export interface LangMessage {
  type: 'lang';
  lang: Lang;
}

export type PresenterMessage = StateMessage | HelloMessage | ByeMessage | CommandMessage | LangMessage;
