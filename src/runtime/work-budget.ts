import { forecastWork as engineForecast, type Scenario } from '../engine';

/**
 * How much engine work the page may do at once, in the engine's own unit (microseconds of CPU on its
 * reference machine, see the engine's work meter). A classroom laptop is taken as that machine with its CPU
 * slowed four times, as the browser benchmarks measure it.
 */
export const LAPTOP_SLOWDOWN = 4;

/**
 * Opening a shared class or a class file: the replay up to its moment. 0.12 s on the reference machine is
 * about half a second on a classroom laptop, leaving the rest of a second to load and draw the page
 * (bench:ui measured the busy school opened at 5 min, about 0.18 s of work, answering 1.4 s after the
 * page's own load with the CPU slowed four times).
 */
export const OPEN_WORK_BUDGET = 120_000;

/**
 * A seek back before the oldest checkpoint kept (the engine's rewindFloorMs) replays from time 0; past this
 * much forecast work it lands on that checkpoint instead (scrubbing an hour back in the busy school's third
 * hour replayed two and a half hours: 14 s with the page frozen).
 */
export const SEEK_WORK_BUDGET = OPEN_WORK_BUDGET;

/** A lesson file runs twice before it shows (planned, then replayed into the page): half each. */
export const LESSON_WORK_BUDGET = OPEN_WORK_BUDGET / 2;

/**
 * A forecast this far above the budget is refused before any work is done; below it, the replay runs and the
 * meter stops it at the budget (the forecast errs high on quiet classes, so it alone would refuse too much).
 */
export const FORECAST_MARGIN = 2;

/** Seconds a classroom laptop would spend on this much work. */
export function laptopSeconds(work: number): number {
  return (work * LAPTOP_SLOWDOWN) / 1_000_000;
}

/** The engine's cost model over a run with commands given on the way (commands read defensively). */
export function forecastWork(
  scenario: Scenario,
  commands: readonly { readonly timeMs: number; readonly command: unknown }[],
  untilMs: number,
): number {
  return engineForecast(scenario, commands, untilMs);
}

/** The engine's meter passed a budget: the replay stopped at `reachedMs` of `targetMs`. */
export class WorkBudgetError extends Error {
  constructor(
    readonly reachedMs: number,
    readonly budget: number,
  ) {
    super(`stopped at ${reachedMs} ms: more than ${budget} units of work`);
    this.name = 'WorkBudgetError';
  }
}

export function isWorkBudgetError(e: unknown): e is WorkBudgetError {
  return e instanceof WorkBudgetError;
}
