import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Command, EngineEvent, Scenario, Snapshot } from '../engine';
import type { Subject } from '../lessons/lesson';
import type { Words } from '../shared/words-mode';
import { advanceRenderTime, clampSpeed } from '../runtime/clock';
import type { Sample } from '../runtime/history';
import { Player, type ScriptedCommand } from '../runtime/player';
import type { Lesson } from '../lessons/lesson';
import type { LessonPlan } from '../runtime/lesson-plan';
import { entryTime, type LessonActions, type LessonState } from './lesson-slice';

export type { LessonState, StepPhase } from './lesson-slice';

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

export interface LessonSlice {
  /** The guided lesson in progress, or null in free play. */
  lesson: LessonState | null;
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
  /** The commands given so far with their times, for a share link. */
  recordedCommands(): readonly ScriptedCommand[];
}

export type SimulatorState = PlaybackSlice &
  WorldSlice &
  UiSlice &
  LessonSlice &
  SimulatorActions &
  LessonActions;
export type SimulatorStore = StoreApi<SimulatorState>;

export const RECENT_EVENTS = 200;

export interface SimulatorOptions {
  /** Open paused at this moment. */
  timeMs?: number;
  speed?: number;
  playing?: boolean;
  words?: Words;
  /** Commands to replay, each at its time (a shared class); `timeMs` then says where to open. */
  script?: readonly ScriptedCommand[];
  /** Open a guided lesson at this step (0-based) instead of free play. */
  lesson?: { lesson: Lesson; plan: LessonPlan; step: number };
}

/**
 * One store per simulator on screen. The engine lives in the closure (a Player), never in the state:
 * the state holds only what views read, republished after each change of the engine's time.
 */
export function createSimulatorStore(scenario: Scenario, options: SimulatorOptions = {}): SimulatorStore {
  const lessonOption = options.lesson;
  const fresh = (): Player =>
    lessonOption ? Player.forLesson(scenario, lessonOption.plan) : new Player(scenario);
  let player = options.script ? Player.withScript(scenario, options.script, options.timeMs ?? 0) : fresh();
  if (lessonOption) player.seek(entryTime(lessonOption.plan.steps[lessonOption.step]!));
  else if (options.timeMs !== undefined && options.timeMs >= 0) player.seek(options.timeMs);
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

    /** Enters a lesson step at its beginning: its question first if it has one, else it plays. */
    const enterStep = (index: number): void => {
      const l = get().lesson;
      if (!l) return;
      const step = Math.max(0, Math.min(l.lesson.steps.length - 1, index));
      if (l.offScript) {
        player = fresh();
        publishedSamples = -1;
      }
      const lessonStep = l.lesson.steps[step]!;
      player.seek(entryTime(l.plan.steps[step]!));
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
      publish(player.now);
    };

    const initial = worldOf();
    const initialLesson: LessonState | null = lessonOption
      ? {
          lesson: lessonOption.lesson,
          plan: lessonOption.plan,
          step: lessonOption.step,
          phase: 'done',
          answer: null,
          revealed: false,
          offScript: false,
        }
      : null;
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
      lesson: initialLesson,

      play: () => {
        const l = get().lesson;
        // At the end of a lesson step, Play (or the clicker's Space) moves the story on.
        if (l && !l.offScript && l.phase === 'done') {
          if (l.step + 1 < l.lesson.steps.length) enterStep(l.step + 1);
          return;
        }
        // While the class guesses, Play (Space on a clicker) reveals the answer and runs the step.
        if (l && !l.offScript && l.phase === 'asking') {
          get().reveal();
          return;
        }
        set({ playing: true });
      },
      pause: () => set({ playing: false }),
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),

      tick: (wallDeltaMs) => {
        const { playing, renderTime, speed, lesson } = get();
        if (!playing) return;
        let next = advanceRenderTime(renderTime, wallDeltaMs, speed);
        if (lesson && !lesson.offScript && lesson.phase === 'running') {
          // A lesson step pauses at its own end.
          const end = lesson.plan.steps[lesson.step]!.endMs;
          if (next >= end) {
            next = end;
            set({ playing: false, lesson: { ...lesson, phase: 'done' } });
          }
        }
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
        const l = get().lesson;
        if (l) {
          set({ lesson: { ...l, offScript: true } });
          enterStep(0);
          return;
        }
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
        const l = get().lesson;
        set(
          refusal === null && l && !l.offScript
            ? { refusal, lesson: { ...l, offScript: true } }
            : { refusal },
        );
        publish(player.now);
        return refusal;
      },

      setWords: (words) => set({ words }),

      goToStep: enterStep,
      nextStep: () => {
        const l = get().lesson;
        if (l && l.step + 1 < l.lesson.steps.length) enterStep(l.step + 1);
      },
      previousStep: () => {
        const l = get().lesson;
        if (!l || l.step === 0) return;
        // Back shows the previous step as the class left it: its end, at once, with nothing replayed.
        if (l.offScript) {
          player = fresh();
          publishedSamples = -1;
        }
        player.seek(l.plan.steps[l.step - 1]!.endMs);
        set({
          lesson: { ...l, step: l.step - 1, phase: 'done', answer: null, revealed: false, offScript: false },
          playing: false,
        });
        publish(player.now);
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
      select: (selection) => set({ selection }),
      dismissRefusal: () => set({ refusal: null }),
      recordedCommands: () => player.script(),
    };
  });
}
