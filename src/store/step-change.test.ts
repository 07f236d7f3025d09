import { describe, expect, it } from 'vitest';
import { busySchoolLesson } from '../../test/fixtures/busy-lessons';
import { findScenario } from '../lessons/scenarios';
import { planLesson } from '../runtime/lesson-plan';
import { createSimulatorStore, type SimulatorStore } from './simulator-store';

/**
 * A lesson file's step changes in slices (runtime/lesson-move.ts through the store's stepChange): back on
 * the script after acting off it (the script replayed afresh), and along the script (a seek), each ends in
 * the state the change in one go ends in, at every step; Cancel leaves the honest state it says.
 */

const stress = findScenario('stress')!.scenario;

/** The busy school: a stretch, a sleep and a wait for the backlog, a wake. */
const busyLesson = busySchoolLesson({
  firstMs: 6_000,
  sleepMaxMs: 15_000,
  woken: { kind: 'elapsed', ms: 5_000 },
});
const plan = planLesson(busyLesson, stress);

const lessonStore = (stepSlice?: number): SimulatorStore =>
  createSimulatorStore(stress, { lesson: { lesson: busyLesson, plan, step: 0 }, stepSlice });

/** Runs the step change under way to its end a slice of `slice` work at a time; returns the slices it took. */
function drive(store: SimulatorStore, slice: number): number {
  let slices = 0;
  const change = store.getState().stepChange;
  while (change !== null && !change.advance(slice)) slices++;
  return slices;
}

/** Everything the page shows and replays from. */
function shown(store: SimulatorStore): string {
  const s = store.getState();
  return JSON.stringify([
    s.renderTime,
    s.playing,
    s.words,
    s.lesson && { ...s.lesson, lesson: s.lesson.lesson.id, plan: null },
    s.snapshot,
    s.recentEvents,
    s.milestones,
    s.samples,
    s.recordedCommands(),
  ]);
}

/** Acts off the lesson's script: into step 2, then, paused 2 s later, a student put to sleep. */
function actOff(store: SimulatorStore): void {
  store.getState().goToStep(1);
  drive(store, Infinity);
  store.getState().pause();
  store.getState().seek(plan.steps[1]!.startMs + 2_000);
  expect(store.getState().command({ type: 'sleep', group: 'spanish', member: 'sp-2' })).toBeNull();
  expect(store.getState().lesson?.offScript).toBe(true);
}

describe("a lesson file's step changes in slices", () => {
  it.each([1, 50, 3_333])(
    'at slices of %i work, end as in one go at every step, on and off the script',
    (slice) => {
      for (let step = 0; step < plan.steps.length; step++) {
        // Back on the script after acting off it: the script replayed afresh, then the step entered.
        const once = lessonStore();
        const sliced = lessonStore(slice);
        actOff(once);
        actOff(sliced);
        once.getState().goToStep(step);
        sliced.getState().goToStep(step);
        expect(once.getState().stepChange).toBeNull();
        const change = sliced.getState().stepChange;
        expect(change?.fresh).toBe(true);
        expect(drive(sliced, slice)).toBeGreaterThanOrEqual(slice === 3_333 ? 0 : 10);
        expect(sliced.getState().stepChange).toBeNull();
        expect(shown(sliced)).toBe(shown(once));
        // Along the script: back a step (its end), then forward to the last step's beginning.
        once.getState().previousStep();
        sliced.getState().previousStep();
        drive(sliced, slice);
        expect([step, 'back', sliced.getState().renderTime]).toEqual([
          step,
          'back',
          once.getState().renderTime,
        ]);
        expect(shown(sliced)).toBe(shown(once));
        once.getState().goToStep(plan.steps.length - 1);
        sliced.getState().goToStep(plan.steps.length - 1);
        drive(sliced, slice);
        expect([step, 'last', sliced.getState().renderTime]).toEqual([
          step,
          'last',
          once.getState().renderTime,
        ]);
        expect(shown(sliced)).toBe(shown(once));
      }
    },
  );

  it('Reset in a lesson replays its script afresh in slices, as in one go', () => {
    const once = lessonStore();
    const sliced = lessonStore(50);
    for (const store of [once, sliced]) {
      actOff(store);
      store.getState().reset();
    }
    expect(sliced.getState().stepChange).toMatchObject({ step: 0, fresh: true, setsAside: true });
    drive(sliced, 50);
    expect(shown(sliced)).toBe(shown(once));
  });

  it('shows the progress growing, and leaves the class as it was until the change is done', () => {
    const store = lessonStore(50);
    actOff(store);
    const before = shown(store);
    store.getState().backToLesson();
    const change = store.getState().stepChange!;
    expect(store.getState().playing).toBe(false);
    const progress: number[] = [];
    while (!change.advance(50)) {
      progress.push(change.progress);
      // The page still shows the class as the user left it, off the script, until the replay is done.
      expect(store.getState().lesson?.offScript).toBe(true);
    }
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress[0]).toBeLessThan(0.2);
    expect(progress[progress.length - 1]).toBeGreaterThan(0.8);
    expect(shown(store)).not.toBe(before);
    expect(store.getState().lesson?.offScript).toBe(false);
  });

  it('Cancel of a fresh replay leaves the class as the user left it, off the script', () => {
    const store = lessonStore(50);
    actOff(store);
    const before = shown(store);
    const snapshot = store.getState().snapshot;
    store.getState().backToLesson();
    store.getState().stepChange!.advance(50);
    store.getState().cancelStepChange();
    expect(store.getState().stepChange).toBeNull();
    expect(store.getState().snapshot).toBe(snapshot);
    expect(shown(store)).toBe(before);
    // Its own command is still there, and the class plays on freely from where it was.
    expect(
      store
        .getState()
        .recordedCommands()
        .some((c) => c.command.type === 'sleep' && c.command.member === 'sp-2'),
    ).toBe(true);
    store.getState().play();
    store.getState().tick(100);
    expect(store.getState().renderTime).toBeGreaterThan(plan.steps[1]!.startMs + 2_000);
  });

  it('Cancel of Reset on the script leaves it on the script, as it was', () => {
    const store = lessonStore(50);
    store.getState().goToStep(1);
    drive(store, Infinity);
    store.getState().pause();
    const before = shown(store);
    store.getState().reset();
    // Replayed afresh, but nothing of the user's own to set aside (the hint says so: pages/sandbox/step-change).
    expect(store.getState().stepChange).toMatchObject({ fresh: true, setsAside: false });
    store.getState().cancelStepChange();
    expect(shown(store)).toBe(before);
    expect(store.getState().lesson?.offScript).toBe(false);
  });

  it('Cancel of a seek along the script shows the moment it reached, paused, in that step, on the script', () => {
    const store = lessonStore(50);
    store.getState().goToStep(2);
    drive(store, Infinity);
    const script = store.getState().recordedCommands();
    store.getState().goToStep(1);
    const change = store.getState().stepChange!;
    expect(change).toMatchObject({ fresh: false, setsAside: false });
    change.advance(50);
    store.getState().cancelStepChange();
    const s = store.getState();
    expect(s.stepChange).toBeNull();
    expect(s.playing).toBe(false);
    // Somewhere between the checkpoint the seek started from and step 2's beginning: that moment, shown.
    expect(s.renderTime).toBeLessThan(plan.steps[1]!.startMs);
    expect(s.snapshot.timeMs).toBe(s.renderTime);
    const inStep = plan.steps.findLastIndex((p) => p.startMs - 1 <= s.renderTime);
    expect(s.lesson).toMatchObject({ step: inStep, phase: 'running', offScript: false, answer: null });
    // Still the lesson's script: nothing was given or forgotten, and Play runs the step to its end.
    expect(s.recordedCommands()).toEqual(script);
    s.play();
    for (let i = 0; i < 200 && store.getState().playing; i++) store.getState().tick(1_000);
    expect(store.getState().renderTime).toBe(plan.steps[inStep]!.endMs);
    expect(store.getState().lesson?.phase).toBe('done');
  });

  it('a step change that fits in its first slice is done at once, as in one go', () => {
    const store = lessonStore(3_333);
    store.getState().goToStep(1);
    drive(store, Infinity);
    store.getState().previousStep();
    expect(store.getState().stepChange).toBeNull();
    expect(store.getState().lesson?.step).toBe(0);
    expect(store.getState().renderTime).toBe(plan.steps[0]!.endMs);
  });
});
