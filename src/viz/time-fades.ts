import { countReached, type Timed } from '../shared/timed';
import { clamp, type Point } from './geometry';

/**
 * Things that fade or rise as a function of time since an event: no animation state, so scrubbing back
 * shows the same frame as playing through.
 */
export type { Timed };

/**
 * Events of the last `windowMs` up to `renderTime`, oldest first. The list is ordered by time and may
 * hold a recorded future after a rewind, which is skipped.
 */
export function recentEvents<T extends Timed>(
  events: readonly T[],
  renderTime: number,
  windowMs: number,
): T[] {
  const lo = countReached(events, renderTime);
  const out: T[] = [];
  for (let i = lo - 1; i >= 0 && events[i]!.timeMs > renderTime - windowMs; i--) out.push(events[i]!);
  return out.reverse();
}

/** 1 at the event, 0 after `duration`. */
export function fadeOut(age: number, duration: number): number {
  return 1 - clamp(age / duration, 0, 1);
}

export interface Zed {
  readonly x: number;
  readonly y: number;
  readonly size: number;
  readonly opacity: number;
}

const ZED_PERIOD_MS = 2400;

/**
 * Three "z" rising from a sleeper's head in a loop. The period is in simulated time, so a paused class
 * shows a still picture. Reduced motion: three still letters.
 */
export function sleepZeds(head: Point, renderTime: number, reduced: boolean): Zed[] {
  return [0, 1, 2].map((i) => {
    const phase = reduced ? 0.2 + i * 0.3 : (((renderTime / ZED_PERIOD_MS + i / 3) % 1) + 1) % 1;
    // Up and to the right of the head, staying inside the desk (the text starts further right).
    return {
      x: head.x + 10 + phase * 14,
      y: head.y + 10 - phase * 18,
      size: 11 + phase * 7,
      opacity: reduced ? 0.9 : Math.sin(Math.PI * phase),
    };
  });
}
