import { describe, expect, it } from 'vitest';
import { fadeOut, recentEvents, sleepZeds } from './time-fades';

const events = [100, 200, 300, 400, 500].map((timeMs, id) => ({ id, timeMs }));

describe('time fades', () => {
  it('finds the events of a recent window, skipping a recorded future', () => {
    expect(recentEvents(events, 350, 200).map((e) => e.timeMs)).toEqual([200, 300]);
    expect(recentEvents(events, 50, 1000)).toEqual([]);
    expect(recentEvents([], 50, 1000)).toEqual([]);
  });

  it('fades from 1 to 0', () => {
    expect(fadeOut(0, 100)).toBe(1);
    expect(fadeOut(50, 100)).toBe(0.5);
    expect(fadeOut(150, 100)).toBe(0);
  });

  it('lets the z rise with simulated time, and holds them still with reduced motion', () => {
    const head = { x: 0, y: 100 };
    const a = sleepZeds(head, 1000, false);
    const b = sleepZeds(head, 1300, false);
    expect(b[0]!.y).toBeLessThan(a[0]!.y);
    expect(sleepZeds(head, 1000, true)).toEqual(sleepZeds(head, 9000, true));
    // A loop: the same picture one period later.
    expect(sleepZeds(head, 1000 + 2400, false)[0]!.y).toBeCloseTo(a[0]!.y);
  });
});
