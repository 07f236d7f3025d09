import { addOpeningSlice } from './page-work';
import { OPEN_PIECE_WORK, OPEN_SLICE_MS } from './work-budget';

/**
 * Runs one slice of engine work between two of which the page draws and answers (an opening's replay, a
 * lesson's step change): `piece(work)` moves the work on by at most that much and says whether it is done;
 * `work()` reads the engine's meter. A slice does at most `maxWork` and the rest of its moment, ended sooner
 * once OPEN_SLICE_MS of the page's time have passed (in pieces of OPEN_PIECE_WORK): the engine's first
 * slices run cold, and work the meter does not count (a lesson's condition checks) still takes time. With
 * `maxWork` Infinity, one piece does it all (in one go: tests, tools, built-in lessons; not counted as a
 * slice). Returns whether the work is done.
 */
export function runSlice(maxWork: number, work: () => number, piece: (maxWork: number) => boolean): boolean {
  if (maxWork === Infinity) return piece(Infinity);
  const before = work();
  const started = performance.now();
  let done = false;
  try {
    // Each piece gets what is left of the slice: the slice's own bound holds whatever the pieces do.
    while (!done && work() - before < maxWork && performance.now() - started < OPEN_SLICE_MS) {
      done = piece(Math.min(OPEN_PIECE_WORK, maxWork - (work() - before)));
    }
  } finally {
    addOpeningSlice(work() - before, started, performance.now());
  }
  return done;
}
