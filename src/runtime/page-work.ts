/**
 * The engine work this page has done, over every simulation it ran (players, lesson plans): the engine's
 * meter, in microseconds on its reference machine. A figure for the end-to-end tests and benchmarks of
 * issue 12 to assert on (work done, not wall time, which the machine's speed decides): a refused link does
 * none, an opened one at most its budget, a playing class at most a frame's budget per frame.
 */
let total = 0;

export function addPageWork(work: number): void {
  total += work;
}

export function pageEngineWork(): number {
  return total;
}

/** Slice ends kept: enough for a test to find which slices ran after an input arrived. */
const SLICE_ENDS_KEPT = 64;

/**
 * The slices of this page's opening replays (session/class-opening.ts), for the end-to-end tests of issue 12:
 * how many ran, the most engine work one did, and when the latest ones ended (the page's clock,
 * performance.now()), so a test can count the slices that ran between an input's arrival and its handling.
 */
export interface OpeningSlices {
  count: number;
  maxWork: number;
  /** The longest slice, in the page's own time (a benchmark's figure; tests assert on work). */
  maxMs: number;
  endedAt: number[];
}

const slices: OpeningSlices = { count: 0, maxWork: 0, maxMs: 0, endedAt: [] };

export function addOpeningSlice(work: number, startedAtMs: number, endedAtMs: number): void {
  slices.count++;
  slices.maxWork = Math.max(slices.maxWork, work);
  slices.maxMs = Math.max(slices.maxMs, endedAtMs - startedAtMs);
  slices.endedAt.push(endedAtMs);
  if (slices.endedAt.length > SLICE_ENDS_KEPT) slices.endedAt.shift();
}

export function openingSlices(): Readonly<OpeningSlices> {
  return { ...slices, endedAt: [...slices.endedAt] };
}
