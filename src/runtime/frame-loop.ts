/** What keeps the frame loop going: whether anything moves, and news that this may have changed. */
export interface FrameDemand {
  /** True while the picture moves with wall time (a class playing). */
  running(): boolean;
  /** Calls `listener` after any change that may start the picture moving again (Play, a new speed). */
  subscribe(listener: () => void): () => void;
  /**
   * While running, the wall ms until the picture next changes by itself (0: it moves continuously, so the
   * next frame). Without it, every frame is drawn.
   */
  wakeInMs?(): number;
}

/** Waits shorter than this are not worth a timer: the next frame comes about as soon. */
export const MIN_SLEEP_MS = 24;

/**
 * What the loop did, for tests counting work rather than timing it: frames run, frames requested, and
 * sleeps (a timer instead of the next frame).
 */
export interface FrameCounts {
  frames: number;
  requested: number;
  sleeps: number;
}

/**
 * The application's one frame loop. It hands each frame's wall-clock delta to `onFrame`; everything that
 * moves on screen is a function of the time that callback computes, so there are no other clocks (the
 * flights' painter reads the same clock from an anchor the page posts).
 *
 * With a `demand`, frames are requested only while it is running: a paused class asks the browser for no
 * frames at all (every requested frame costs the main thread a lifecycle update even when nothing
 * changed: 25 ms a second for the smallest class, 150 ms on 1,024 shelves with the CPU slowed 4x), and
 * the next change that starts it again (Play, a key, a lesson step) requests one. The first frame after
 * a pause counts no wall time, as the very first does. While running, the demand's `wakeInMs` may say the
 * picture stays as it is for a while (a calm class between two of its moments): the loop then sleeps on a
 * timer instead of asking for frames, and tells `onFrame` how long it chose to sleep (`sleptMs`), so that
 * wall time is not clamped as a hidden tab's would be. Any change the demand reports wakes it at once.
 */
export function startFrameLoop(
  onFrame: (wallDeltaMs: number, sleptMs: number) => void,
  demand?: FrameDemand,
  counts?: FrameCounts,
): () => void {
  let last: number | null = null;
  let handle: number | null = null;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let slept = 0;
  /** Asleep, the frame time the timer is due at; null awake or woken early by a change. */
  let due: number | null = null;
  let inFrame = false;
  const frame = (stamp: number): void => {
    handle = null;
    if (counts) counts.frames++;
    // A frame's time is its vsync's, which Chromium stamps before the timer that asked for it when the
    // page was idle (up to a frame earlier): counted as is, the frame after a sleep fell short of the
    // moment it slept for and asked for a second frame at once, doubling every wake. The sleep is whole.
    const now = due === null ? stamp : Math.max(stamp, due);
    due = null;
    inFrame = true;
    try {
      if (last !== null) onFrame(now - last, slept);
    } finally {
      inFrame = false;
    }
    last = now;
    slept = 0;
    if (!demand || demand.running()) next();
    else last = null;
  };
  const request = (): void => {
    if (handle !== null) return;
    if (counts) counts.requested++;
    handle = requestAnimationFrame(frame);
  };
  const next = (): void => {
    const wait = demand?.wakeInMs?.() ?? 0;
    if (!(wait >= MIN_SLEEP_MS)) {
      request();
      return;
    }
    if (counts) counts.sleeps++;
    // Asleep, the next frame's delta is the sleep itself (see `sleptMs`); a finite wait, however long.
    slept = Math.min(wait, 60_000);
    due = last === null ? null : last + slept;
    timer = setTimeout(() => {
      timer = null;
      request();
    }, slept);
  };
  const wake = (): void => {
    if (timer === null) return;
    clearTimeout(timer);
    timer = null;
    // Woken early: the wall time that really passed counts.
    due = null;
    request();
  };
  const unsubscribe = demand?.subscribe(() => {
    // A change made by a frame itself is seen when the frame picks its next one.
    if (inFrame || !demand.running()) return;
    if (timer !== null) wake();
    else request();
  });
  if (!demand || demand.running()) request();
  return () => {
    unsubscribe?.();
    if (handle !== null) cancelAnimationFrame(handle);
    if (timer !== null) clearTimeout(timer);
    handle = null;
    timer = null;
  };
}
