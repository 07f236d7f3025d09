/**
 * What every opening in slices shares (a shared class's replay, a lesson file's plan and replay): a slice's
 * bounds (runtime/work-slice.ts), the browser's turn between two slices, and the loop that runs an opening
 * to its end. A lesson file's step changes run on the same loop (pages/sandbox/step-change.tsx).
 */

import type { SimulatorStore } from '../store/simulator-store';

/** A slice's bounds live beside the engine's meter, so a store's step change runs its first slice there too. */
export { runSlice } from '../runtime/work-slice';

/** An opening moved on a slice at a time: the store once it is open, else null. */
export interface SlicedOpening {
  step(maxWork?: number): SimulatorStore | null;
  /** The share of the opening done, 0 to 1. */
  readonly progress: number;
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
