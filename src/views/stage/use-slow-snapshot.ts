import type { Snapshot } from '../../engine';
import { TEXT_REFRESH_MS, useSampled } from '../../store/use-sampled';

/**
 * The snapshot for the stage's furniture and text (desks, captions, the teacher's rate): three times a
 * wall-clock second while playing, at any speed. Numbers that change 60 times a second cannot be read
 * anyway, and redrawing 24 desks every frame at 8x was the stage's largest cost. Moving things read the
 * live moment.
 */
export function useSlowSnapshot(): Snapshot {
  return useSampled(TEXT_REFRESH_MS).snapshot;
}
