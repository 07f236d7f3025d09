/**
 * A fake browser's frames for tests that count the frame loop's work in fake time (vi.useFakeTimers with
 * setTimeout and Date faked): stub requestAnimationFrame with fakeRequestAnimationFrame.
 */
/** A display's refresh, 59.94 Hz (a common one), which does not divide the class's moments. */
export const FRAME_MS = 1000 / 59.94;

/**
 * Chromium's frames as they come: each is stamped with its vsync's time, and a frame asked for by an idle
 * page (a timer) runs soon after the request but is stamped with the vsync before it (seen in traces of
 * the light class). The page's own work in a frame is PAGE_MS: it asks for its next frame or sets its
 * timer that long after the stamp.
 */
const PAGE_MS = 3;
export function fakeRequestAnimationFrame(cb: FrameRequestCallback): ReturnType<typeof setTimeout> {
  const now = Date.now();
  const vsync = Math.floor(now / FRAME_MS) * FRAME_MS;
  const stamp = inFrame ? vsync + FRAME_MS : vsync;
  return setTimeout(
    () => {
      inFrame = true;
      try {
        cb(stamp);
      } finally {
        inFrame = false;
      }
    },
    Math.max(1, stamp - now) + PAGE_MS,
  );
}
let inFrame = false;

/** Before each test: no frame is running. */
export function resetFakeFrames(): void {
  inFrame = false;
}
