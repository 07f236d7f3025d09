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
  seekClipped: { readonly askedMs: number; readonly landedMs: number } | null;
  /**
   * Wall-clock period of a busy class's read parts (text and streaming shelves; the chrome steps at half
   * of it): BUSY_REFRESH_MS, or CROWDED_DETAIL_REFRESH_MS while the stage draws a crowded class's detailed
   * picture (shared/busy-refresh.ts; set by the stage, setBusyRefresh).
   */
  busyRefreshMs: number;
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
  seek(timeMs: number): void;
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
