import { forecastWork as engineForecast, type Scenario } from '../engine';

/**
 * How much engine work the page may do at once, in the engine's own unit (microseconds of CPU on its
 * reference machine, see the engine's work meter). A classroom laptop is taken as that machine with its CPU
 * slowed four times, as the browser benchmarks measure it.
 */
export const LAPTOP_SLOWDOWN = 4;

/**
 * Opening a shared class: the hard cap on its replay up to the shared moment, 2 s on the reference machine
 * (8 s by the meter on a classroom laptop). The replay runs in slices (OPEN_SLICE_WORK) with the page
 * answering between them and a progress bar with Cancel (session/class-opening.ts), so this is no longer
 * what one blocked moment may cost but how long a teacher waits: measured with the CPU slowed four times
 * on the shared host (bench:ui's limits part), the busy school at the cap's edge (shared at 53:25) opens
 * in 8.1 s (7.2 s of main-thread CPU) and 512 students at 16:21 in 7.0 s; on a busier host, up to about
 * twice that. Memory does not set it: the engine keeps its checkpoints, deleted records and events within
 * fixed budgets and the charts two hours of samples, whatever the run's length. Anything past it (a quiet
 * 16 x 64 class at 24 h: 31.5 million by the forecast) is refused by name, most of it before any work.
 */
export const OPEN_WORK_BUDGET = 2_000_000;

/**
 * Engine work in one slice of an opening replay, between two of which the page draws and answers: with
 * the CPU slowed four times a few to 17 ms of the busy school's replay (a long task is 50 ms), plus the
 * rest of the moment it is in (a fetch, a batch: far less; script-replay.test.ts).
 */
export const OPEN_SLICE_WORK = 1_000;

/**
 * A slice also ends once this much of the page's own time has passed, in pieces of OPEN_PIECE_WORK: the
 * engine's first slices run cold (before the JavaScript engine optimises it), and a trace of the busy
 * school's opening with the CPU slowed four times found a first slice of 1,000 units taking 109 ms.
 */
export const OPEN_SLICE_MS = 16;
export const OPEN_PIECE_WORK = 100;

/**
 * A lesson file runs twice before it shows (planned, then replayed into the page), each within this budget:
 * 1 s on the reference machine, so its opening waits as long as a link's at OPEN_WORK_BUDGET (8 s by the
 * meter on a classroom laptop; the busy school's lesson may run about 27 minutes). Every run of it is in
 * slices of OPEN_SLICE_WORK with progress and Cancel: the opening (session/lesson-opening.ts) and every
 * step change of its page, going back to the script after acting off it (its script replayed afresh, 4 s
 * by the meter) or along it (a seek from the nearest checkpoint, or from time 0 before the rewind floor)
 * (runtime/lesson-move.ts, store/lesson-actions.ts). Memory does not set it: checkpoints, deleted records,
 * events and chart samples are held to fixed budgets whatever the run's length, twice over while a fresh
 * replay runs beside the page's Player. It was 20,000 while a step change replayed the script in one go.
 */
export const LESSON_WORK_BUDGET = 1_000_000;

/**
 * A seek back before the oldest checkpoint kept (the engine's rewindFloorMs) replays from time 0; past this
 * much forecast work it lands on that checkpoint instead (scrubbing an hour back in the busy school's third
 * hour replayed two and a half hours: 14 s with the page frozen). Its own figure, not the opening's: the
 * page is already open and the rewind floor and checkpoints were measured against it (rewind-floor.test.ts,
 * seek-clipped.test.ts).
 */
export const SEEK_WORK_BUDGET = 120_000;

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
