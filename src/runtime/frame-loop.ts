/** What keeps the frame loop going: whether anything moves, and news that this may have changed. */
export interface FrameDemand {
  /** True while the picture moves with wall time (a class playing). */
  running(): boolean;
  /** Calls `listener` after any change that may start the picture moving again (Play, a new speed). */
  subscribe(listener: () => void): () => void;
}

/**
 * The application's one frame loop. It hands each frame's wall-clock delta to `onFrame`; everything that
 * moves on screen is a function of the time that callback computes, so there are no other timers.
 *
 * With a `demand`, frames are requested only while it is running: a paused class asks the browser for no
 * frames at all (every requested frame costs the main thread a lifecycle update even when nothing
 * changed: 25 ms a second for the smallest class, 150 ms on 1,024 shelves with the CPU slowed 4x), and
 * the next change that starts it again (Play, a key, a lesson step) requests one. The first frame after
 * a pause counts no wall time, as the very first does.
 */
export function startFrameLoop(onFrame: (wallDeltaMs: number) => void, demand?: FrameDemand): () => void {
  let last: number | null = null;
  let handle: number | null = null;
  const frame = (now: number): void => {
    handle = null;
    if (last !== null) onFrame(now - last);
    last = now;
    if (!demand || demand.running()) request();
    else last = null;
  };
  const request = (): void => {
    if (handle === null) handle = requestAnimationFrame(frame);
  };
  const unsubscribe = demand?.subscribe(() => {
    if (demand.running()) request();
  });
  if (!demand || demand.running()) request();
  return () => {
    unsubscribe?.();
    if (handle !== null) cancelAnimationFrame(handle);
    handle = null;
  };
}
