import type { Snapshot } from '../../engine';
import { useSampled } from '../../store/use-sampled';

/** How often, in wall-clock ms, the stage's words and numbers follow a playing class. */
export const TEXT_REFRESH_MS = 125;

/**
 * The snapshot for the stage's furniture and text (desks, captions, the teacher's rate): about eight
 * times a wall-clock second while playing, at any speed. Numbers that change 60 times a second cannot be
 * read anyway, and redrawing 24 desks every frame at 8x was the stage's largest cost. Moving things read
 * the live moment.
 */
export function useSlowSnapshot(): Snapshot {
  return useSampled(TEXT_REFRESH_MS).snapshot;
}
