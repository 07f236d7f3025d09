import { addPageWork } from './page-work';
import { createSimulation, type Command, type Scenario, type Simulation } from '../engine';
import type { Condition, Lesson } from '../lessons/lesson';
import { conditionHolds, describeCondition } from './conditions';
import { WorkBudgetError } from './work-budget';

/** Default cap on a step that waits for a condition. */
export const DEFAULT_STEP_MAX_MS = 60_000;
/**
 * A step's commands are given this long after the previous step's end, so that end is a moment of its own:
 * the class sees the step finish on its own picture, and the next step's commands happen in front of it.
 * (Given at the very same millisecond, a seek to the end replayed them too: "Ben keeps up" ended asleep.)
 */
export const COMMAND_GAP_MS = 1;
/** How often a waiting step's condition is tried before the planner looks for its exact first moment. */
export const PLAN_RESOLUTION_MS = 100;

export interface StepPlan {
  /** When the step begins: its commands are given at this moment. */
  readonly startMs: number;
  /** When it pauses: the moment its condition became true (or its cap). */
  readonly endMs: number;
  /** Whether its condition held (false: it ran into maxMs). */
  readonly reached: boolean;
  /** Expectations that failed at the end of the step, in words (empty when the story holds). */
  readonly broken: readonly string[];
}

export interface LessonPlan {
  readonly lessonId: string;
  readonly steps: readonly StepPlan[];
  /** Every command of the lesson with the time it is given: what a replay needs. */
  readonly script: readonly { timeMs: number; command: Command }[];
}

/** How long a step may run at most. */
export function stepCapMs(until: Condition, maxMs: number | undefined): number {
  return until.kind === 'elapsed' ? until.ms : (maxMs ?? DEFAULT_STEP_MAX_MS);
}

/**
 * Runs a lesson headless from its first step to its last, finding when each step begins and ends. The
 * engine is deterministic, so this plan holds for every later run: stepping to step k is a seek to its start.
 *
 * A step ends on the moment its condition becomes true, not some time after (see runUntil). The next
 * step's commands come COMMAND_GAP_MS later, so nothing of the next step is in this step's end.
 * With `maxWork`, the engine's meter stops a lesson heavier than that (a WorkBudgetError). In one go: a page
 * plans a lesson from outside in slices instead (LessonPlanner, the same run).
 */
export function planLesson(lesson: Lesson, scenario: Scenario, maxWork = Infinity): LessonPlan {
  return new LessonPlanner(lesson, scenario, maxWork).step(Infinity)!;
}

/**
 * Moves the planner's engine to a moment; when the slice's work runs out first it yields (the planner goes
 * on from there at its next slice), and past the whole plan's budget it throws a WorkBudgetError.
 */
type Advance = (timeMs: number) => Generator<void, void, void>;

/** The planner's run, paused (a `yield`) wherever an advance ran out of its slice's work. */
function* planSteps(sim: Simulation, lesson: Lesson, advance: Advance): Generator<void, LessonPlan, void> {
  const steps: StepPlan[] = [];
  const script: { timeMs: number; command: Command }[] = [];
  for (const [i, step] of lesson.steps.entries()) {
    const previousEnd = steps[i - 1]?.endMs;
    // The first step starts at 0, or 1 ms in if it gives commands, so its entry frame shows the class before them.
    const startMs =
      previousEnd !== undefined
        ? previousEnd + COMMAND_GAP_MS
        : (step.commands?.length ?? 0) > 0
          ? COMMAND_GAP_MS
          : 0;
    yield* advance(startMs);
    const firstEvent = sim.snapshot().eventCount;
    for (const command of step.commands ?? []) {
      sim.apply(command);
      script.push({ timeMs: startMs, command });
    }
    const capMs = startMs + stepCapMs(step.until, step.maxMs);
    const reached = yield* runUntil(sim, advance, step.until, startMs, firstEvent, capMs);
    const snapshot = sim.snapshot();
    const events = sim.events(firstEvent);
    const broken = (step.expect ?? [])
      .filter((c) => !conditionHolds(c, snapshot, events, sim.now - startMs))
      .map(describeCondition);
    steps.push({ startMs, endMs: sim.now, reached, broken });
  }
  return { lessonId: lesson.id, steps, script };
}

/**
 * Advances to the first moment `until` holds, or to `capMs`; says whether it held. The condition is tried
 * every PLAN_RESOLUTION_MS (a busy class has a scheduled moment every millisecond or so, and a check builds
 * a snapshot); once it holds, the planner goes back to the last check that failed and walks forward one
 * scheduled moment at a time, so the step ends on the moment the condition became true. (A state that is
 * true for less than PLAN_RESOLUTION_MS between two tries, such as a lag that dips for a few ms, may be
 * passed over for a later one: the step still ends on a moment where it holds, never after it.)
 */
function* runUntil(
  sim: Simulation,
  advance: Advance,
  until: Condition,
  startMs: number,
  firstEvent: number,
  capMs: number,
): Generator<void, boolean, void> {
  if (until.kind === 'elapsed') {
    yield* advance(capMs);
    return true;
  }
  const holds = (): boolean =>
    conditionHolds(until, sim.snapshot(), sim.events(firstEvent), sim.now - startMs);
  if (holds()) return true;
  while (sim.now < capMs) {
    const from = sim.now;
    const to = Math.min(capMs, from + PLAN_RESOLUTION_MS);
    yield* advance(to);
    if (!holds()) continue;
    // The engine's state changes only when a timer fires: the first moment is one of those in (from, to].
    sim.seek(from);
    do yield* advance(Math.min(to, Math.max(sim.now + 1, sim.nextTimerAt())));
    while (!holds() && sim.now < to);
    return true;
  }
  return false;
}

/**
 * A lesson planned a slice of engine work at a time: `step(maxWork)` runs the plan on by at most that much
 * work (the meter's units) and the rest of the moment it is in, then returns, so a page can plan a lesson
 * from a file and answer between two slices. Its targets are planLesson's: each advance, check and seek
 * happens as in one go, only an advance may stop between two moments and go on at the next slice, so the
 * plan is the one planLesson gives (the engine is deterministic and its meter stops between moments;
 * lesson-planner.test.ts compares them).
 */
export class LessonPlanner {
  private readonly sim: Simulation;
  private readonly run: Generator<void, LessonPlan, void>;
  /** The engine's meter at which the whole plan's budget is spent, and at which this slice ends. */
  private readonly limit: number;
  private sliceEnd = Infinity;
  private counted = 0;
  /** The furthest moment reached (a waiting step's end is found again from a moment before it). */
  private reachedMs = 0;
  private plan: LessonPlan | null = null;
  /** The latest moment the plan may reach: every step running to its cap. */
  readonly endMs: number;

  constructor(
    lesson: Lesson,
    scenario: Scenario,
    private readonly maxWork = Infinity,
  ) {
    this.sim = createSimulation(scenario);
    this.sim.advanceTo(0);
    this.limit = this.sim.work + maxWork;
    const first = (lesson.steps[0]?.commands?.length ?? 0) > 0 ? COMMAND_GAP_MS : 0;
    this.endMs = lesson.steps.reduce(
      (end, step, i) => end + (i > 0 ? COMMAND_GAP_MS : 0) + stepCapMs(step.until, step.maxMs),
      first,
    );
    this.run = planSteps(this.sim, lesson, (timeMs) => this.advance(timeMs));
  }

  private *advance(timeMs: number): Generator<void, void, void> {
    const { sim } = this;
    while (!sim.advanceWithin(timeMs, Math.min(this.limit, this.sliceEnd) - sim.work)) {
      if (sim.work >= this.limit) throw new WorkBudgetError(sim.now, this.maxWork);
      yield;
    }
  }

  /** The engine work done so far. */
  get work(): number {
    return this.sim.work;
  }

  /** How far the plan got, as a share of the longest it may run (0 to 1; a step that ends early skips on). */
  get progress(): number {
    return this.plan !== null ? 1 : this.endMs <= 0 ? 0 : Math.min(1, this.reachedMs / this.endMs);
  }

  /**
   * Plans on by at most `maxWork` of engine work (and the rest of its moment): the plan once it is whole,
   * else null. Throws a WorkBudgetError past the whole plan's budget, or the engine's CommandError for a
   * command it refuses.
   */
  step(maxWork: number): LessonPlan | null {
    if (this.plan !== null) return this.plan;
    this.sliceEnd = this.sim.work + maxWork;
    try {
      const next = this.run.next();
      if (next.done === true) this.plan = next.value;
    } finally {
      addPageWork(this.sim.work - this.counted);
      this.counted = this.sim.work;
      this.reachedMs = Math.max(this.reachedMs, this.sim.now);
    }
    return this.plan;
  }
}
