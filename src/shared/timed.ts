/** Anything that happened at a simulated moment. */
export interface Timed {
  readonly timeMs: number;
}

/**
 * How many of `events` (in time order) happened at or before `timeMs`: a binary search, cheap enough to
 * run every frame over a long run's milestones. Events past `timeMs` are a recorded future after a rewind.
 */
export function countReached(events: readonly Timed[], timeMs: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (events[mid]!.timeMs <= timeMs) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
