/**
 * What every opening in slices shares (a shared class's replay, a lesson file's plan and replay): a slice's
 * bounds, the browser's turn between two slices, and the loop that runs an opening to its end. A slice does
 * at most OPEN_SLICE_WORK of engine work and the rest of its moment, ended sooner once OPEN_SLICE_MS of the
 * page's time have passed (in pieces of OPEN_PIECE_WORK): the engine's first slices run cold, and work the
 * meter does not count (a lesson's condition checks) still takes time.
 */

import { addOpeningSlice } from '../runtime/page-work';
import { OPEN_PIECE_WORK, OPEN_SLICE_MS } from '../runtime/work-budget';
import type { SimulatorStore } from '../store/simulator-store';

/** An opening moved on a slice at a time: the store once it is open, else null. */
export interface SlicedOpening {
  step(maxWork?: number): SimulatorStore | null;
  /** The share of the opening done, 0 to 1. */
  readonly progress: number;
}

/**
 * Runs one slice: `piece(work)` moves the opening on by at most that much work and says whether it is done;
 * `work()` reads the engine's meter. With `maxWork` Infinity, one piece does it all (tests and tools, not
 * counted as a slice). Returns whether the opening is done.
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

/** Hands the browser its turn between two slices: it draws, and handles a click (Cancel) or a key. */
function yieldToPage(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

export interface OpeningOptions {
  /** Told the share of the opening done after each slice that moved it on. */
  onProgress?: (progress: number) => void;
  /** Stops the opening between two slices (Cancel, or the page left): the result is then null. */
  signal?: AbortSignal;
  /** Waits between two slices; the browser's turn by default. */
  pause?: () => Promise<void>;
}

/**
 * Runs an opening to its end a slice at a time, yielding to the page between slices: the store, or null if
 * stopped by `signal`. Throws what the opening's `step` throws (a ShareError).
 */
export async function finishOpening(
  opening: SlicedOpening,
  { onProgress, signal, pause = yieldToPage }: OpeningOptions = {},
): Promise<SimulatorStore | null> {
  for (;;) {
    if (signal?.aborted) return null;
    const store = opening.step();
    if (store !== null) return store;
    onProgress?.(opening.progress);
    await pause();
  }
}
