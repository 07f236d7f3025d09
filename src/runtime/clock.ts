/**
 * The playback clock, as pure functions: wall-clock milliseconds in, simulated milliseconds out.
 */

/** Slowest and fastest playback; the slider between them is logarithmic, so 1x sits in the middle. */
export const MIN_SPEED = 0.1;
export const MAX_SPEED = 16;

/** A frame longer than this (a hidden tab, a debugger pause) counts as this long: nothing jumps on return. */
export const MAX_FRAME_DELTA_MS = 100;

export function clampSpeed(speed: number): number {
  if (!Number.isFinite(speed)) return 1;
  return Math.min(MAX_SPEED, Math.max(MIN_SPEED, speed));
}

/** Slider position in [0, 1] for a speed, on a log scale. */
export function speedToSlider(speed: number): number {
  return Math.log(clampSpeed(speed) / MIN_SPEED) / Math.log(MAX_SPEED / MIN_SPEED);
}

/** Speed for a slider position, rounded to two significant digits so labels stay tidy. */
export function sliderToSpeed(position: number): number {
  const raw = MIN_SPEED * Math.pow(MAX_SPEED / MIN_SPEED, Math.min(1, Math.max(0, position)));
  return clampSpeed(Number(raw.toPrecision(2)));
}

/**
 * The speeds the slider stops at: roughly even steps on the log scale (each about a quarter faster than the
 * last), in numbers a teacher can say aloud. Each arrow key press moves one stop, from any speed, so a speed
 * set by a link (2.3x) or by the old rounding (0.17x) never sticks.
 */
export const SPEED_STOPS: readonly number[] = [
  0.1, 0.12, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.75, 1, 1.2, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10, 12, 16,
];

/** The index of the stop nearest to a speed on the log scale (where the slider's thumb is drawn). */
export function nearestSpeedStop(speed: number): number {
  const s = Math.log(clampSpeed(speed));
  let best = 0;
  SPEED_STOPS.forEach((stop, i) => {
    if (Math.abs(Math.log(stop) - s) < Math.abs(Math.log(SPEED_STOPS[best]!) - s)) best = i;
  });
  return best;
}

/** The next stop strictly faster (direction 1) or slower (-1) than a speed; at either end, that end. */
export function stepSpeed(speed: number, direction: 1 | -1): number {
  const s = clampSpeed(speed);
  if (direction > 0) return SPEED_STOPS.find((stop) => stop > s + 1e-9) ?? MAX_SPEED;
  return [...SPEED_STOPS].reverse().find((stop) => stop < s - 1e-9) ?? MIN_SPEED;
}

/**
 * The render time after one frame: the clamped wall delta times the speed. `sleptMs` is how long the frame
 * loop chose to wait before this frame (a calm class wakes only when something changes): that much wall
 * time is the class's own, and only what passes it is clamped.
 */
export function advanceRenderTime(
  renderTime: number,
  wallDeltaMs: number,
  speed: number,
  sleptMs = 0,
): number {
  const delta = Math.min(Math.max(0, sleptMs) + MAX_FRAME_DELTA_MS, Math.max(0, wallDeltaMs));
  return renderTime + delta * speed;
}

/**
 * The playback clock as another thread reads it (the worker painting what flies): the render time at a
 * wall moment, the speed, and whether it runs. Wall times are `performance.timeOrigin + performance.now()`,
 * the one clock a page and its workers share.
 */
export interface ClockAnchor {
  readonly renderTime: number;
  readonly wallMs: number;
  readonly speed: number;
  readonly playing: boolean;
  /** The render time never passes this (a lesson step's end); Infinity in free play. */
  readonly stopAtMs: number;
}

/**
 * How far past its anchor a reader extrapolates the clock, in wall ms: the page re-anchors it at every
 * frame it draws (a few times a second at least), so this is only reached when the page stopped (a hidden
 * tab, a debugger), and the picture then waits for it rather than running on.
 */
export const MAX_EXTRAPOLATION_MS = 1_000;

/** The render time at wall moment `wallMs`: a pure function of the anchor, so pause and seeks need nothing. */
export function renderTimeAt(anchor: ClockAnchor, wallMs: number): number {
  if (!anchor.playing) return anchor.renderTime;
  const elapsed = Math.min(MAX_EXTRAPOLATION_MS, Math.max(0, wallMs - anchor.wallMs));
  const ahead = Math.min(anchor.stopAtMs, anchor.renderTime + elapsed * anchor.speed);
  return Math.max(anchor.renderTime, ahead);
}
