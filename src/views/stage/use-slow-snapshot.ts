import type { Snapshot } from '../../engine';
import { useTextSample } from '../../store/use-sampled';

/**
 * The snapshot for the stage's furniture and text (desks, captions, the teacher's rate): in a calm class
 * whenever something they show changed, in a busy one twice a wall-clock second at any speed.
 * Numbers that change 60 times a second cannot be read anyway, and redrawing 24 desks every frame at 8x
 * was the stage's largest cost. Moving things read the live moment.
 */
export function useSlowSnapshot(): Snapshot {
  return useTextSample().snapshot;
}
