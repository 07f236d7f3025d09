/**
 * What the charts' maths reads of a sample: its moment, and for the lag line the lag per group. The
 * runtime's `Sample` (runtime/history.ts) has this shape; viz names only what it needs, so it stays below
 * the runtime.
 */
export interface TimedSample {
  readonly timeMs: number;
}
export interface LagSample extends TimedSample {
  /** Total lag per group id. */
  readonly lag: Readonly<Record<string, number>>;
}

/** One point of a line; `value` is undefined where the line has a gap (a group that did not exist yet). */
export interface Point {
  readonly t: number;
  readonly value: number | undefined;
}

/** Nice steps for a time axis, in seconds. */
const TIME_STEPS_S = [1, 2, 5, 10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200];

/** Ticks on whole, friendly seconds (0:30, 1:00, 1:30) for a domain in ms, about `count` of them. */
export function timeTicks(fromMs: number, toMs: number, count: number): number[] {
  const spanS = Math.max(1, (toMs - fromMs) / 1000);
  const step =
    (TIME_STEPS_S.find((s) => spanS / s <= count) ?? TIME_STEPS_S[TIME_STEPS_S.length - 1]!) * 1000;
  const ticks: number[] = [];
  for (let t = Math.ceil(fromMs / step) * step; t <= toMs; t += step) ticks.push(t);
  return ticks;
}

/** The samples with fromMs <= time <= toMs, plus one on either side so lines reach the edges. */
export function samplesIn<S extends TimedSample>(
  samples: readonly S[],
  fromMs: number,
  toMs: number,
): readonly S[] {
  let lo = 0;
  while (lo < samples.length && samples[lo]!.timeMs < fromMs) lo++;
  let hi = lo;
  while (hi < samples.length && samples[hi]!.timeMs <= toMs) hi++;
  return samples.slice(Math.max(0, lo - 1), Math.min(samples.length, hi + 1));
}

/** Every n-th sample (always the last), so a long run draws at most about `max` points per line. */
export function thin<T>(items: readonly T[], max: number): readonly T[] {
  if (items.length <= max) return items;
  const stride = Math.ceil(items.length / max);
  const out = items.filter((_, i) => i % stride === 0);
  const last = items[items.length - 1]!;
  if (out[out.length - 1] !== last) out.push(last);
  return out;
}

/** A group's lag over the samples. */
export function lagLine(samples: readonly LagSample[], group: string): Point[] {
  return samples.map((s) => ({ t: s.timeMs, value: s.lag[group] }));
}

/** Records per second from a running total, averaged over `window` samples to calm the jitter of batches. */
export function rateLine<S extends TimedSample>(
  samples: readonly S[],
  total: (s: S) => number | undefined,
  window = 3,
): Point[] {
  return samples.map((s, i) => {
    const before = samples[Math.max(0, i - window)]!;
    const now = total(s);
    const then = total(before);
    const seconds = (s.timeMs - before.timeMs) / 1000;
    if (now === undefined || then === undefined || seconds <= 0) return { t: s.timeMs, value: undefined };
    return { t: s.timeMs, value: Math.max(0, (now - then) / seconds) };
  });
}

/** The largest value of the lines, at least `floor` so a flat zero line sits at the bottom, not the middle. */
export function maxValue(lines: readonly (readonly Point[])[], floor: number): number {
  let max = floor;
  for (const line of lines) for (const p of line) if (p.value !== undefined && p.value > max) max = p.value;
  return max;
}

/** The smallest value of the lines, or 0 when none is below zero: the lag axis starts at 0 but for a negative lag. */
export function minValue(lines: readonly (readonly Point[])[]): number {
  let min = 0;
  for (const line of lines) for (const p of line) if (p.value !== undefined && p.value < min) min = p.value;
  return min;
}
