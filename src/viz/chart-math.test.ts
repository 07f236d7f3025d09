import { describe, expect, it } from 'vitest';
import { maxValue, minValue, rateLine, timeTicks } from './chart-math';

describe('chart maths', () => {
  it('puts time ticks on friendly seconds', () => {
    expect(timeTicks(0, 120_000, 4)).toEqual([0, 30_000, 60_000, 90_000, 120_000]);
    expect(timeTicks(5_000, 30_000, 6)).toEqual([5_000, 10_000, 15_000, 20_000, 25_000, 30_000]);
  });

  it('turns running totals into rates per second', () => {
    const samples = [0, 1, 2, 3, 4].map((i) => ({
      timeMs: i * 1000,
      lag: {},
      appended: { notes: i * 2 },
      processed: {},
    }));
    const line = rateLine(samples, (s) => s.appended['notes'], 2);
    expect(line.map((p) => p.value)).toEqual([undefined, 2, 2, 2, 2]);
  });

  it('reaches below zero only for a negative lag (a bookmark past the log end after a truncation)', () => {
    const up = [
      { t: 0, value: 3 },
      { t: 1, value: undefined },
    ];
    expect(minValue([up])).toBe(0);
    expect(minValue([up, [{ t: 2, value: -12 }]])).toBe(-12);
    expect(maxValue([up], 5)).toBe(5);
  });
});
