/**
 * What the tests of openings in slices (`src/session/class-opening.test.ts`, `lesson-opening.test.ts`)
 * share: an opening run to its end with its signal aborted at a given pause.
 */
import { finishOpening, type SlicedOpening } from '../../src/session/opening-slices';
import type { SimulatorStore } from '../../src/store/simulator-store';

/**
 * Runs `opening` on with no wait between slices, aborting its signal at the `abortAt`-th pause: the store
 * it gave (null when stopped) and the pauses it made.
 */
export async function abortedAt(
  opening: SlicedOpening,
  abortAt: number,
): Promise<{ store: SimulatorStore | null; pauses: number }> {
  const controller = new AbortController();
  let pauses = 0;
  const store = await finishOpening(opening, {
    signal: controller.signal,
    pause: () => {
      if (++pauses === abortAt) controller.abort();
      return Promise.resolve();
    },
  });
  return { store, pauses };
}
