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

/** The render time after one frame: the clamped wall delta times the speed. */
export function advanceRenderTime(renderTime: number, wallDeltaMs: number, speed: number): number {
  const delta = Math.min(MAX_FRAME_DELTA_MS, Math.max(0, wallDeltaMs));
  return renderTime + delta * speed;
}
