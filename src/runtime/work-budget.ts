import { forecastWork as engineForecast, type Scenario } from '../engine';

/**
 * How much engine work the page may do at once, in the engine's own unit (microseconds of CPU on its
 * reference machine, see the engine's work meter). A classroom laptop is taken as that machine with its CPU
 * slowed four times, as the browser benchmarks measure it.
 */
export const LAPTOP_SLOWDOWN = 4;

/**
 * Opening a shared class or a class file: the replay up to its moment. 0.04 s on the reference machine, so
 * the heaviest link or lesson file let in answers in about a second on a classroom laptop, loading and
 * drawing the page included. Measured, not assumed (bench:ui's limits part, December 2026): at 120,000 a
 * refused link cost the page 0.49-0.85 s of main-thread CPU with the CPU slowed four times, and the heaviest
 * admitted ones 0.76 s (a quiet class) to 1.75 s (the busy school, whose replay costs the browser about
 * twice what the meter counts); 60,000 still let the busy school open in 1.3 s.
 */
export const OPEN_WORK_BUDGET = 40_000;

/**
 * A seek back before the oldest checkpoint kept (the engine's rewindFloorMs) replays from time 0; past this
 * much forecast work it lands on that checkpoint instead (scrubbing an hour back in the busy school's third
 * hour replayed two and a half hours: 14 s with the page frozen). Its own figure, not the opening's: the
 * page is already open and the rewind floor and checkpoints were measured against it (rewind-floor.test.ts,
 * seek-clipped.test.ts).
 */
export const SEEK_WORK_BUDGET = 120_000;

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
