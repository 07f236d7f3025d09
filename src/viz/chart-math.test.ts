import { describe, expect, it } from 'vitest';
import { rateLine, timeTicks } from './chart-math';

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
});
