import { createStore } from 'zustand/vanilla';
import type { Scenario } from '../engine';
import type { Words } from '../shared/words-mode';
import { BUSY_REFRESH_MS } from '../shared/busy-refresh';
import { advanceRenderTime, clampSpeed } from '../runtime/clock';
import { Player, type ScriptedCommand } from '../runtime/player';
import { Scrub } from '../runtime/scrub';
import { runSlice } from '../runtime/work-slice';
import type { Lesson } from '../lessons/lesson';
import type { LessonPlan } from '../runtime/lesson-plan';
import {
  afterCommand,
  entryTime,
  openedAt,
  playMeaning,
  stepEndedAt,
  stopAtMs,
} from '../runtime/lesson-phase';
import { lessonActions } from './lesson-actions';
import type { MotionSource, SeekRun, SimulatorState, SimulatorStore } from './state';
import { CALM_ANCHOR_MS, isCalm } from './pace';
import { WorldPublisher } from './world-publisher';

export type { LessonState, StepPhase } from '../runtime/lesson-phase';
export type {
  LessonSlice,
  MotionSource,
  PlaybackSlice,
  SeekRun,
  Selection,
  SimulatorActions,
  SimulatorState,
  SimulatorStore,
  UiSlice,
  WorldSlice,
} from './state';
export type { Words };

export { RECENT_EVENTS } from './world-publisher';

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
  /**
   * The engine work a lesson's step change does at once; past it the change goes on in slices the page runs
   * (`stepChange`, a lesson file's page). In one go by default (built-in lessons, whose runs are small).
   */
  stepSlice?: number;
  /**
   * At most this much engine work to build the store (replaying a lesson's script); past it the factory
   * throws a WorkBudgetError. Later actions are not limited.
   */
  maxWork?: number;
  /**
   * A Player already run (a shared class replayed in slices while the page answered): the store starts from
   * it, at `timeMs` if given, instead of building its own.
   */
  player?: Player;
}

/**
 * Engine work one frame may do (the engine's meter: microseconds on its reference machine, about 16 ms on a
 * classroom laptop). A class heavier than that at the chosen speed plays slower than the clock instead of
 * holding up the frame: the picture keeps moving and Pause stays clickable.
 */
export const FRAME_WORK_BUDGET = 4_000;

/**
 * Wall-clock period at which a playing class past the detailed picture's limits (isLargeClass) republishes
 * its world: its stage is an overview of numbers, read twice a second as any busy class's text is
 * (BUSY_REFRESH_MS; a snapshot built more often than the text reads it is thrown away), while a snapshot
 * of 1,024 shelves costs a classroom laptop 20-90 ms to build. The engine still moves every frame and the
 * render time with it; paused, every change is published at once.
 */
export const LARGE_CLASS_REFRESH_MS = BUSY_REFRESH_MS;

/**
 * One store per simulator on screen. The engine lives in the closure (a Player), never in the state:
 * the state holds only what views read, republished after each change of the engine's time.
 */
export function createSimulatorStore(scenario: Scenario, options: SimulatorOptions = {}): SimulatorStore {
  const lessonOption = options.lesson;
  const maxWork = options.maxWork ?? null;
  const world = new WorldPublisher(
    options.player
      ? options.player
      : options.script
        ? Player.withScript(scenario, options.script, options.timeMs ?? 0, maxWork)
        : lessonOption
          ? Player.forLesson(scenario, lessonOption.plan, maxWork)
          : new Player(scenario),
  );
  if (lessonOption) world.player.seek(entryTime(lessonOption.plan.steps[lessonOption.step]!));
  else if (options.timeMs !== undefined && options.timeMs >= 0) world.player.seek(options.timeMs);

  return createStore<SimulatorState>()((set, get) => {
    /** Wall time since the world was last published, and whether the engine moved since (a large class). */
    let sincePublish = 0;
    let stale = false;
    /** After the engine moved: republish what views read. */
    const publish = (renderTime: number): void => {
      sincePublish = 0;
      stale = false;
      set({ ...world.slice(), renderTime });
    };
    const steps = lessonActions({
      get,
      set,
      world,
      scenario,
      stepSlice: options.stepSlice ?? Infinity,
      publish,
    });

    /** The timeline seek under way in slices (if it did not land in its first), and the page's handle on it. */
    let scrub: { scrub: Scrub; run: SeekRun } | null = null;
    const seekingOf = ({ scrub: s, run }: { scrub: Scrub; run: SeekRun }): SimulatorState['seeking'] => ({
      askedMs: s.askedMs,
      targetMs: s.targetMs,
      run,
    });
    /** A seek landed: the moment shown, and said so if it is later than asked (out of reach). */
    const land = (s: Scrub): void => {
      scrub = null;
      const seekClipped = s.clipped ? { askedMs: s.askedMs, landedMs: world.player.now } : null;
      set(
        seekClipped !== null || get().seekClipped !== null
          ? { seeking: null, seekClipped }
          : { seeking: null },
      );
      publish(world.player.now);
    };
    /** Another action came during a seek in slices: it stops where it is, a true moment, shown. */
    const stopSeek = (): void => {
      if (scrub === null) return;
      scrub = null;
      set({ seeking: null });
      publish(world.player.now);
    };
    /** An action that first stops a step change or a seek under way. */
    const stopping =
      <A extends unknown[], R>(action: (...args: A) => R) =>
      (...args: A): R => {
        stopSeek();
        return action(...args);
      };
    const lesson = { ...steps, cancelStepChange: stopping(steps.cancelStepChange) };
    /** The parts' motions (addMotion), asked by wakeInMs. */
    const motions = new Set<MotionSource>();

    const initial = world.slice();
    const initialLesson = lessonOption
      ? openedAt(lessonOption.lesson, lessonOption.plan, lessonOption.step)
      : null;
    return {
      playing: options.playing ?? false,
      speed: clampSpeed(options.speed ?? 1),
      renderTime: world.player.now,
      horizonMs: initial.horizonMs,
      seekClipped: null,
      seeking: null,
      busyRefreshMs: BUSY_REFRESH_MS,
      snapshot: initial.snapshot ?? world.player.snapshot(),
      recentEvents: initial.recentEvents ?? [],
      milestones: initial.milestones ?? [],
      samples: initial.samples ?? [],
      refusal: null,
      unreachable: initial.unreachable ?? null,
      words: options.words ?? 'classroom',
      selection: null,
      lesson: initialLesson,
      stepChange: null,

      play: () => {
        lesson.cancelStepChange();
        // In a lesson Play (or a clicker's Space) may move the story on or reveal the answer instead.
        const meaning = playMeaning(get().lesson);
        if (meaning.kind === 'enter') lesson.enterStep(meaning.step);
        else if (meaning.kind === 'reveal') get().reveal();
        else if (meaning.kind === 'play') set({ playing: true });
      },
      pause: () => {
        stopSeek();
        set({ playing: false });
        // Paused, the picture is the live moment.
        if (stale) publish(get().renderTime);
      },
      togglePlay: () => (get().playing ? get().pause() : get().play()),
      setSpeed: (speed) => set({ speed: clampSpeed(speed) }),
      setBusyRefresh: (busyRefreshMs) => {
        if (get().busyRefreshMs !== busyRefreshMs) set({ busyRefreshMs });
      },

      tick: (wallDeltaMs, sleptMs = 0) => {
        const { playing, renderTime, speed, lesson: l } = get();
        // A seek in slices holds the playhead until it lands.
        if (!playing || scrub !== null) return;
        let next = advanceRenderTime(renderTime, wallDeltaMs, speed, sleptMs);
        // A lesson step pauses at its own end.
        const end = stopAtMs(l);
        if (next >= end) next = end;
        const { player } = world;
        const before = player.now;
        // Out of work for this frame: the picture shows the moment the engine reached.
        if (Math.floor(next) !== before && !player.advanceWithin(next, FRAME_WORK_BUDGET)) next = player.now;
        const ended = stepEndedAt(l, next);
        if (ended) set({ playing: false, lesson: ended });
        sincePublish += wallDeltaMs;
        const sampled = player.isLarge && ended === null && sincePublish < LARGE_CLASS_REFRESH_MS;
        if (player.now === before || sampled) {
          stale ||= player.now !== before;
          set({ renderTime: next });
          return;
        }
        publish(next);
      },

      wakeInMs: () => {
        const s = get();
        // A busy class changes every frame; a large one is published on its own period.
        if (!s.playing || !isCalm(s) || world.player.isLarge) return 0;
        const { renderTime, speed } = s;
        // The engine's next moment (behind the clock, when a frame ran out of work: at once).
        let next = Math.min(world.player.nextEventAt, stopAtMs(s.lesson));
        // The clocks step on their own timer (use-clock-time.ts), anchored at this page's frames: a frame
        // at least every CALM_ANCHOR_MS keeps their extrapolation short.
        next = Math.min(next, renderTime + CALM_ANCHOR_MS * speed);
        for (const motion of motions) next = Math.min(next, motion(s));
        return Math.max(0, (next - renderTime) / speed);
      },

      addMotion: (source) => {
        motions.add(source);
        return () => void motions.delete(source);
      },

      seek: (timeMs, sliceWork = Infinity) => {
        steps.cancelStepChange();
        if (scrub !== null) {
          // The latest moment wins: the seek under way turns there at its next slice (in one go: now).
          scrub.scrub.retarget(timeMs);
          set({ seeking: seekingOf(scrub) });
          if (sliceWork === Infinity) scrub.run.advance(Infinity);
          return;
        }
        const s = new Scrub(world.player, timeMs);
        if (
          runSlice(
            sliceWork,
            () => s.work,
            (w) => s.step(w),
          )
        )
          return land(s);
        const run: SeekRun = {
          get progress() {
            return s.progress;
          },
          get work() {
            return s.work;
          },
          advance: (maxWork) => {
            if (scrub?.scrub !== s) return true;
            if (!s.step(maxWork)) return false;
            land(s);
            return true;
          },
        };
        scrub = { scrub: s, run };
        set({ seeking: seekingOf(scrub) });
      },

      cancelSeek: () => {
        if (scrub === null) return;
        const { askedMs } = scrub.scrub;
        scrub = null;
        set({
          seeking: null,
          playing: false,
          seekClipped: { askedMs, landedMs: world.player.now, stopped: true },
        });
        publish(world.player.now);
      },

      stepForward: () => {
        lesson.cancelStepChange();
        world.player.stepForward();
        set({ playing: false });
        publish(world.player.now);
      },

      stepBack: () => {
        lesson.cancelStepChange();
        world.player.stepBack();
        set({ playing: false });
        publish(world.player.now);
      },

      reset: () => {
        lesson.cancelStepChange();
        // In a lesson: its first step, the script replayed afresh (whatever the user did, it is undone).
        if (get().lesson) return lesson.enterStep(0, true);
        world.replace(world.player.reset());
        set({ playing: false, refusal: null, selection: null, seekClipped: null });
        publish(world.player.now);
      },

      command: (command) => {
        lesson.cancelStepChange();
        // The engine acts at whole milliseconds: the playhead snaps to the engine's time.
        const refusal = world.player.apply(command);
        const offScript = afterCommand(get().lesson, refusal === null);
        set(offScript ? { refusal, lesson: offScript } : { refusal });
        publish(world.player.now);
        return refusal;
      },

      setWords: (words) => set({ words }),

      goToStep: stopping(steps.goToStep),
      nextStep: stopping(steps.nextStep),
      previousStep: stopping(steps.previousStep),
      replayStep: stopping(steps.replayStep),
      chooseAnswer: stopping(steps.chooseAnswer),
      reveal: stopping(steps.reveal),
      backToLesson: stopping(steps.backToLesson),
      playFreely: stopping(steps.playFreely),
      cancelStepChange: lesson.cancelStepChange,
      select: (selection) => set({ selection }),
      dismissRefusal: () => set({ refusal: null }),
      dismissSeekNotice: () => set({ seekClipped: null }),
      recordedCommands: () => world.player.script(),
      limitWork: (maxWork) => world.player.limitWork(maxWork),
    };
  });
}
