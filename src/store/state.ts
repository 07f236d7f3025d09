import type { StoreApi } from 'zustand/vanilla';
import type { Command, EngineEvent, Snapshot } from '../engine';
import type { Subject } from '../lessons/lesson';
import type { Words } from '../shared/words-mode';
import type { Sample } from '../runtime/history';
import type { ScriptedCommand, TimeSpan } from '../runtime/player';
import type { LessonActions, LessonState, StepChange } from './lesson-slice';

/**
 * The shape of a simulator store: its slices and actions. Apart from the factory
 * (`simulator-store.ts`) so the parts the factory is built from (lesson actions, the world publisher)
 * can name the state without importing the factory.
 */

/** What the inspector shows: anything on the stage a lesson could also highlight, or a broker (issue 14). */
export type Selection = Subject | BrokerSelection;

/** A broker (a room of the class): its panel holds the break and repair actions. */
export interface BrokerSelection {
  readonly kind: 'broker';
  readonly broker: number;
}

export interface PlaybackSlice {
  playing: boolean;
  /** 0.1x to 16x. */
  speed: number;
  /** Simulated ms with a fraction: animation reads it; the engine sits at its floor. */
  renderTime: number;
  /** The timeline's right end: the furthest moment reached or recorded. */
  horizonMs: number;
  /**
   * The last seek, when it could not reach the moment asked for (a heavy class's early history is too
   * long to replay; see Player.unreachable) and landed at the earliest moment kept; null otherwise.
   */
  seekClipped: {
    readonly askedMs: number;
    readonly landedMs: number;
    /** Stopped by Cancel on its way (a seek in slices), rather than out of reach. */
    readonly stopped?: true;
  } | null;
  /** A timeline seek under way in slices, the page running it on between its frames (see SeekRun), or null. */
  seeking: {
    /** The moment last asked for (the slider's thumb). */
    readonly askedMs: number;
    /** Where it lands: that moment, or the rewind floor when it is out of reach (see Player.reachable). */
    readonly targetMs: number;
    readonly run: SeekRun;
  } | null;
  /**
   * Wall-clock period of a busy class's read parts (text and streaming shelves; the chrome steps at half
   * of it): BUSY_REFRESH_MS, or CROWDED_DETAIL_REFRESH_MS while the stage draws a crowded class's detailed
   * picture (shared/busy-refresh.ts; set by the stage, setBusyRefresh).
   */
  busyRefreshMs: number;
}

/**
 * A timeline seek the page runs in slices (runtime/scrub.ts through the store's `seeking`): one object from
 * the seek's first slice to its landing, however often it is turned elsewhere meanwhile.
 */
export interface SeekRun {
  /** The share of the seek done, 0 to 1 (of its replay since it last turned). */
  readonly progress: number;
  /** The engine work done so far by the page's Player (the meter), for the page's slices. */
  readonly work: number;
  /** Moves it on by at most `maxWork`; once landed the store shows the moment and forgets the seek. */
  advance(maxWork: number): boolean;
}

export interface WorldSlice {
  snapshot: Snapshot;
  /** The newest events, for narration and the event list (at most RECENT_EVENTS). */
  recentEvents: readonly EngineEvent[];
  /** Rebalances, sleeps, wakes, deletions... of the whole run: the timeline's markers. */
  milestones: readonly EngineEvent[];
  samples: readonly Sample[];
  /** The last refusal of a command, shown to the user, or null. */
  refusal: string | null;
  /** The stretch of the timeline a seek cannot reach (see Player.unreachable), or null. */
  unreachable: TimeSpan | null;
}

export interface UiSlice {
  words: Words;
  selection: Selection | null;
}

export interface LessonSlice {
  /** The guided lesson in progress, or null in free play. */
  lesson: LessonState | null;
  /** A step change the page runs in slices (a lesson file's), or null. */
  stepChange: StepChange | null;
}

export interface SimulatorActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** What the stage draws sets how often a busy class's read parts redraw (see busyRefreshMs). */
  setBusyRefresh(periodMs: number): void;
  /**
   * One frame of the frame loop: advances the playhead if playing. `sleptMs`: how long the loop chose to
   * wait before it (see wakeInMs), wall time that is not clamped.
   */
  tick(wallDeltaMs: number, sleptMs?: number): void;
  /**
   * While playing, the wall ms until the picture next changes by itself: 0 while anything moves
   * continuously or the class is busy (every frame is drawn), else the time to the first of the engine's
   * next event, a lesson step's end, what the parts added by `addMotion` say, and at most CALM_ANCHOR_MS
   * (the page's clocks step on their own timer between its frames).
   */
  wakeInMs(): number;
  /**
   * Adds a part's motion (see MotionSource) to what wakeInMs waits for; returns its removal. The stage
   * adds its own (viz/stage-motion.ts).
   */
  addMotion(source: MotionSource): () => void;
  /**
   * Moves the class to `timeMs` (back or forth). In one go by default; the timeline passes a slice of
   * engine work (`sliceWork`): past it the seek goes on in slices the page runs (`seeking`), and a seek asked
   * meanwhile turns it to the newer moment (the latest wins, nothing is queued). Any other action stops it
   * where it is, at a true moment.
   */
  seek(timeMs: number, sliceWork?: number): void;
  /** Stops the seek under way (Cancel): the moment it reached, paused, and the notice says so. */
  cancelSeek(): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  /** Gives the engine a command at the playhead; returns the refusal or null. */
  command(command: Command): string | null;
  setWords(words: Words): void;
  select(selection: Selection | null): void;
  dismissRefusal(): void;
  dismissSeekNotice(): void;
  /** The commands given so far with their times, for a share link. */
  recordedCommands(): readonly ScriptedCommand[];
  /**
   * Limits the engine work of what follows (seeks, commands) to `maxWork` (the engine's meter); past it
   * they throw a WorkBudgetError. `null` lifts the limit. Opening a shared class uses it.
   */
  limitWork(maxWork: number | null): void;
}

/**
 * When a part of the picture next changes by itself, as a pure function of the state: the render time of
 * its next change, the render time itself (or less) while it moves continuously, Infinity if it stays as
 * it is until the world changes.
 */
export type MotionSource = (s: SimulatorState) => number;

export type SimulatorState = PlaybackSlice &
  WorldSlice &
  UiSlice &
  LessonSlice &
  SimulatorActions &
  LessonActions;
export type SimulatorStore = StoreApi<SimulatorState>;
