import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { COURSE } from '../lessons/course';
import type { Lesson } from '../lessons/lesson';
import { findScenario } from '../lessons/scenarios';
import { busySchoolLesson } from '../../test/fixtures/busy-lessons';
import { LessonPlanner, planLesson, type LessonPlan } from './lesson-plan';
import { isWorkBudgetError, WorkBudgetError } from './work-budget';

const stress = findScenario('stress')!.scenario;

/** Plans in slices of `slice` work; returns the plan and each slice's work. */
function sliced(lesson: Lesson, scenario: Scenario, slice: number, maxWork = Infinity) {
  const planner = new LessonPlanner(lesson, scenario, maxWork);
  const works: number[] = [];
  for (;;) {
    const before = planner.work;
    const plan = planner.step(slice);
    works.push(planner.work - before);
    if (plan !== null) return { plan, works, planner };
    expect(works.length).toBeLessThan(100_000);
  }
}

/** A lesson on the busy school: elapsed steps, a command, and steps that wait for an event and a backlog. */
const busyLesson = busySchoolLesson({
  firstMs: 4_000,
  sleepMaxMs: 20_000,
  woken: { kind: 'event', type: 'memberWoke' },
  lastMs: 6_000,
});

const cases: [string, Lesson, Scenario][] = [
  ['the busy school with waiting steps', busyLesson, stress],
  ...COURSE.filter((l) =>
    ['sleepy-student', 'calling-backup', 'machine-breaks', 'retention'].includes(l.id),
  ).map((l): [string, Lesson, Scenario] => [
    `the course's "${l.id}"`,
    l,
    findScenario(l.scenarioId)!.scenario,
  ]),
];

describe('LessonPlanner: a lesson planned in slices', () => {
  it.each(cases)('%s gives the plan planned in one go, at every slice size', (_, lesson, scenario) => {
    const once: LessonPlan = planLesson(lesson, scenario);
    expect(once.steps).toHaveLength(lesson.steps.length);
    for (const slice of [10, 300, 7_777]) {
      const { plan, works } = sliced(lesson, scenario, slice);
      expect(plan).toEqual(once);
      // Small slices cut the plan in pieces (the course's small classes do little work a second).
      if (slice === 10) expect(works.length).toBeGreaterThan(lesson === busyLesson ? 100 : 3);
    }
  });

  it('waits for the conditions it was given: the busy lesson ends its waiting steps early', () => {
    const { plan } = sliced(busyLesson, stress, 300);
    expect(plan.steps.map((s) => s.reached)).toEqual([true, true, true, true]);
    // The backlog step ended before its 20 s cap, and the next began 1 ms after it.
    expect(plan.steps[1]!.endMs).toBeLessThan(plan.steps[1]!.startMs + 20_000);
    expect(plan.steps[2]!.startMs).toBe(plan.steps[1]!.endMs + 1);
  });

  it('does at most its slice of work and the rest of one moment, or of a step end found again', () => {
    const slice = 500;
    const { works } = sliced(busyLesson, stress, slice);
    // A moment of the busy school is far smaller than a slice; finding a waiting step's first moment goes
    // back to a checkpoint (at most 5 simulated seconds, about 3,000 units on the busy school).
    expect(Math.max(...works)).toBeLessThan(slice + 4_000);
    // Only a slice that found a waiting step's end again (two such steps) did more than twice its work.
    expect(works.filter((w) => w >= 2 * slice).length).toBeLessThanOrEqual(2);
  });

  it('reports its progress in simulated time, up to the longest the lesson may run', () => {
    const planner = new LessonPlanner(busyLesson, stress);
    // Steps to their caps, 1 ms between two: 4 s + 20 s + 60 s (a waiting step's default cap) + 6 s.
    expect(planner.endMs).toBe(4_000 + 1 + 20_000 + 1 + 60_000 + 1 + 6_000);
    expect(planner.progress).toBe(0);
    let last = 0;
    while (planner.step(300) === null) {
      expect(planner.progress).toBeGreaterThanOrEqual(last);
      last = planner.progress;
    }
    expect(last).toBeGreaterThan(0);
    expect(planner.progress).toBe(1);
  });

  it('stops at its budget where the plan in one go stops, whatever the slices', () => {
    const budget = 5_000;
    let once: unknown;
    try {
      planLesson(busyLesson, stress, budget);
    } catch (e) {
      once = e;
    }
    expect(isWorkBudgetError(once)).toBe(true);
    for (const slice of [10, 300, 7_777]) {
      let error: unknown;
      try {
        sliced(busyLesson, stress, slice, budget);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(WorkBudgetError);
      expect((error as WorkBudgetError).reachedMs).toBe((once as WorkBudgetError).reachedMs);
    }
  });

  it('throws the engine refusal of a command, as the plan in one go does', () => {
    const broken: Lesson = {
      ...busyLesson,
      steps: [
        busyLesson.steps[0]!,
        { ...busyLesson.steps[1]!, commands: [{ type: 'sleep', group: 'english', member: 'nobody' }] },
      ],
    };
    expect(() => planLesson(broken, stress)).toThrow(/nobody/);
    expect(() => sliced(broken, stress, 300)).toThrow(/nobody/);
  });
});
