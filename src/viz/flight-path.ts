import { easeCubicInOut } from 'd3-ease';
import { interpolateNumber } from 'd3-interpolate';
import type { Point } from './geometry';

/**
 * Where a card is at fraction `t` (0..1, already eased) of a short arc from `from` to `to`: a quadratic
 * Bézier whose control point sits above the midpoint, so cards visibly travel rather than slide.
 */
export function arcPoint(from: Point, to: Point, t: number, lift: number): Point {
  const cx = (from.x + to.x) / 2;
  const cy = Math.min(from.y, to.y) - lift;
  const u = 1 - t;
  return {
    x: u * u * from.x + 2 * u * t * cx + t * t * to.x,
    y: u * u * from.y + 2 * u * t * cy + t * t * to.y,
  };
}

/** Eased progress of a trip that started `age` ms ago and lasts `duration`, or null when not travelling. */
export function tripProgress(age: number, duration: number): number | null {
  if (age < 0 || age >= duration) return null;
  return easeCubicInOut(age / duration);
}

/** A lift proportional to the distance, so long and short trips have the same shape. */
export function liftFor(from: Point, to: Point): number {
  return Math.min(120, Math.hypot(to.x - from.x, to.y - from.y) * 0.22);
}

/** Linear blend of two points (for markers that glide, such as the log start after a deletion). */
export function mix(a: number, b: number, t: number): number {
  return interpolateNumber(a, b)(t);
}
