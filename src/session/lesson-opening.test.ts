import { describe, expect, it } from 'vitest';
import { COURSE } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { busySchoolLesson } from '../../test/fixtures/busy-lessons';
import { abortedAt } from '../../test/session/opening-fixtures';
import { openingSlices } from '../runtime/page-work';
import { FRAME_WORK_BUDGET, type SimulatorStore } from '../store/simulator-store';
import { OPEN_SLICE_WORK } from '../runtime/work-budget';
import { LessonOpening } from './lesson-opening';
import { finishOpening } from './opening-slices';
import { checkLesson, checkLessonFile, openLesson } from './open-shared';
import { isShareError, type ShareError } from './share';

const stress = findScenario('stress')!.scenario;
const sleepy = findScenario('sleepy-student')!.scenario;

/** Steps of the busy school: a stretch, a sleep, a wait for the backlog, a wake. */
const busyLesson = busySchoolLesson({
  firstMs: 6_000,
  sleepMaxMs: 15_000,
  woken: { kind: 'elapsed', ms: 5_000 },
});

/** Everything a page shows of a lesson's store at each of its steps. */
function shown(store: SimulatorStore): string {
  const s = store.getState();
  const steps: string[] = [];
  for (let i = 0; i < s.lesson!.plan.steps.length; i++) {
    store.getState().goToStep(i);
    // A lesson file's step change may go on in slices (the page runs them): here all at once.
    const change = store.getState().stepChange;
    while (change !== null && !change.advance(Infinity));
    const at = store.getState();
    steps.push(JSON.stringify([at.renderTime, at.snapshot, at.lesson?.step, at.recordedCommands()]));
  }
  return JSON.stringify([s.lesson?.plan, steps]);
}

const noWait = (): Promise<void> => Promise.resolve();

describe('opening a lesson in slices', () => {
  it('gives the lesson a plan and a replay in one go give, after many slices within their bounds', async () => {
    const checked = checkLesson(busyLesson, stress);
    if (!checked.ok) throw new Error('refused');
    const once = shown(openLesson(stress, checked.value));
    const before = openingSlices().count;
    const progress: number[] = [];
    const opening = new LessonOpening(stress, busyLesson);
    const store = await finishOpening(opening, { onProgress: (p) => progress.push(p), pause: noWait });
    expect(store).not.toBeNull();
    expect(store!.getState().lesson?.lesson).toBe(busyLesson);
    expect(shown(store!)).toBe(once);
    // Many slices, each within its work and one moment (or a waiting step's end found again).
    expect(openingSlices().count - before).toBeGreaterThan(10);
    expect(openingSlices().maxWork).toBeLessThanOrEqual(OPEN_SLICE_WORK + FRAME_WORK_BUDGET);
    // Progress only grows, past half once the plan is done.
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    expect(progress.some((p) => p > 0.5)).toBe(true);
    expect(opening.progress).toBe(1);
  });

  it.each([1, 50, 3_333])('gives the same lesson at slices of %i work', (slice) => {
    const lesson = COURSE.find((l) => l.id === 'calling-backup')!;
    const scenario = findScenario(lesson.scenarioId)!.scenario;
    const checked = checkLesson(lesson, scenario);
    if (!checked.ok) throw new Error('refused');
    const opening = new LessonOpening(scenario, lesson);
    let store: SimulatorStore | null = null;
    while (store === null) store = opening.step(slice);
    expect(shown(store)).toBe(shown(openLesson(scenario, checked.value)));
  });

  it('refuses a command the engine refuses, as checkLesson does, when the run reaches it', async () => {
    const lesson = structuredClone(COURSE.find((l) => l.id === 'sleepy-student')!);
    const scenario = structuredClone(sleepy);
    scenario.groups[0]!.members = [{ id: 'ana', recordsPerSec: 2 }];
    // Its shape and forecast pass: only the run finds the refusal.
    expect(checkLessonFile(lesson, scenario).ok).toBe(true);
    const once = checkLesson(lesson, scenario);
    expect(once.ok).toBe(false);
    let error: unknown;
    await finishOpening(new LessonOpening(scenario, lesson), { pause: noWait }).catch((e: unknown) => {
      error = e;
    });
    expect(isShareError(error)).toBe(true);
    const refusal = error as ShareError;
    expect(refusal.message).toMatch(/^the link holds a lesson with 1 problem: steps: a command was refused/);
    expect(refusal.problems.map((p) => p.message)).toEqual(
      !once.ok ? once.problems.map((p) => p.message) : [],
    );
  });

  it('stops between two slices when its signal is aborted', async () => {
    const { store, pauses } = await abortedAt(new LessonOpening(stress, busyLesson), 3);
    expect(store).toBeNull();
    expect(pauses).toBe(3);
  });
});
