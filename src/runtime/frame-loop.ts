/**
 * The application's one frame loop. It hands each frame's wall-clock delta to `onFrame`; everything that
 * moves on screen is a function of the time that callback computes, so there are no other timers.
 */
export function startFrameLoop(onFrame: (wallDeltaMs: number) => void): () => void {
  let last: number | null = null;
  let handle = 0;
  const frame = (now: number): void => {
    if (last !== null) onFrame(now - last);
    last = now;
    handle = requestAnimationFrame(frame);
  };
  handle = requestAnimationFrame(frame);
  return () => cancelAnimationFrame(handle);
}
