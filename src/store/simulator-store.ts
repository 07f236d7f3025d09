import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command, EngineEvent, Scenario, Snapshot } from '../engine';
import type { Subject } from '../lessons/lesson';
import type { Words } from '../shared/words-mode';
import { advanceRenderTime, clampSpeed } from '../runtime/clock';
import type { Sample } from '../runtime/history';
import { Player } from '../runtime/player';

export type { Words };

/** What the inspector shows: anything on the stage a lesson could also highlight. */
export type Selection = Subject;

export interface PlaybackSlice {
  playing: boolean;
  /** 0.1x to 16x. */
  speed: number;
  /** Simulated ms with a fraction: animation reads it; the engine sits at its floor. */
  renderTime: number;
  /** The timeline's right end: the furthest moment reached or recorded. */
  horizonMs: number;
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
}

export interface UiSlice {
  words: Words;
  selection: Selection | null;
}

export interface SimulatorActions {
  play(): void;
  pause(): void;
  togglePlay(): void;
  setSpeed(speed: number): void;
  /** One frame of the frame loop: advances the playhead if playing. */
  tick(wallDeltaMs: number): void;
  seek(timeMs: number): void;
  stepForward(): void;
  stepBack(): void;
  reset(): void;
  /** Gives the engine a command at the playhead; returns the refusal or null. */
  command(command: Command): string | null;
  setWords(words: Words): void;
  select(selection: Selection | null): void;
  dismissRefusal(): void;
}

export type SimulatorState = PlaybackSlice & WorldSlice & UiSlice & SimulatorActions;
export type SimulatorStore = StoreApi<SimulatorState>;

export const RECENT_EVENTS = 200;

export interface SimulatorOptions {
  /** Open paused at this moment. */
  timeMs?: number;
  speed?: number;
  playing?: boolean;
  words?: Words;
}

/**
 * One store per simulator on screen. The engine lives in the closure (a Player), never in the state:
 * the state holds only what views read, republished after each change of the engine's time.
 */
export function createSimulatorStore(scenario: Scenario, options: SimulatorOptions = {}): SimulatorStore {
  let player = new Player(scenario);
  if (options.timeMs !== undefined && options.timeMs > 0) player.advanceTo(options.timeMs);
  let publishedSamples = -1;
  let publishedMilestones = '';
  let publishedEvents = -1;

  /** The world slice after the engine moved; lists are republished only when they changed. */
  const worldOf = (): Partial<WorldSlice> & { horizonMs: number } => {
    const snapshot = player.snapshot();
    const partial: Partial<WorldSlice> & { horizonMs: number } = { snapshot, horizonMs: player.horizonMs };
    if (publishedEvents !== snapshot.eventCount) {
      publishedEvents = snapshot.eventCount;
      partial.recentEvents = player.events(Math.max(0, snapshot.eventCount - RECENT_EVENTS));
    }
    const milestones = player.milestones();
    const milestonesKey = `${milestones.length}:${milestones[milestones.length - 1]?.id ?? -1}`;
    if (milestonesKey !== publishedMilestones) {
      publishedMilestones = milestonesKey;
      partial.milestones = milestones.slice();
    }
    if (publishedSamples !== player.samplesVersion) {
      publishedSamples = player.samplesVersion;
      partial.samples = player.samples().slice();
    }
    return partial;
  };

  return createStore<SimulatorState>()((set, get) => {
    /** After the engine moved: republish what views read. */
    const publish = (renderTime: number): void => set({ ...worldOf(), renderTime });

    const initial = worldOf();
    return {
      playing: options.playing ?? false,
      speed: clampSpeed(options.speed ?? 1),
      renderTime: player.now,
      horizonMs: initial.horizonMs,
      snapshot: initial.snapshot ?? player.snapshot(),
      recentEvents: initial.recentEvents ?? [],
      milestones: initial.milestones ?? [],
      samples: initial.samples ?? [],
      refusal: null,
      words: options.words ?? 'classroom',
      selection: null,

      play: () => set({ playing: true }),
      pause: () => set({ playing: false }),
      togglePlay: () => set({ playing: !get().playing }),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),

      tick: (wallDeltaMs) => {
        const { playing, renderTime, speed } = get();
        if (!playing) return;
        const next = advanceRenderTime(renderTime, wallDeltaMs, speed);
        if (Math.floor(next) === player.now) {
          set({ renderTime: next });
          return;
        }
        player.advanceTo(next);
        publish(next);
      },

      seek: (timeMs) => {
        player.seek(timeMs);
        publish(player.now);
      },

      stepForward: () => {
        player.stepForward();
        set({ playing: false });
        publish(player.now);
      },

      stepBack: () => {
        player.stepBack();
        set({ playing: false });
        publish(player.now);
      },

      reset: () => {
        player = player.reset();
        publishedSamples = -1;
        publishedMilestones = '';
        publishedEvents = -1;
        set({ playing: false, refusal: null, selection: null });
        publish(player.now);
      },

      command: (command) => {
        // The engine acts at whole milliseconds: the playhead snaps to the engine's time.
        const refusal = player.apply(command);
        set({ refusal });
        publish(player.now);
        return refusal;
      },

      setWords: (words) => set({ words }),
      select: (selection) => set({ selection }),
      dismissRefusal: () => set({ refusal: null }),
    };
  });
}
