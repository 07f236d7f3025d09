import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ReplicaProgressView } from '../engine';
import {
  catchUpInView,
  copiesMoving,
  copyMoment,
  COPY_TRIP_MS,
  tripStart,
  truncationInView,
  TRUNCATE_MS,
} from './replica-motion';

const step = (timeMs: number, fromOffset: number, toOffset: number) => ({ timeMs, fromOffset, toOffset });
const longAgo = (): undefined => undefined;

describe('a follower catching up, as a function of the render time', () => {
  const p: ReplicaProgressView = { fetch: step(20_010, 12, 30), truncation: null, diskLogEndOffset: 30 };

  it('carries the fetched pages from the original’s row from the fetch on, then counts them on the copy', () => {
    expect(catchUpInView(p, 20_009, longAgo)).toBeNull();
    expect(catchUpInView(p, 20_010, longAgo)).toEqual({ fromOffset: 12, toOffset: 30, t: 0 });
    expect(catchUpInView(p, 20_010 + COPY_TRIP_MS / 2, longAgo)!.t).toBeCloseTo(0.5);
    expect(catchUpInView(p, 20_010 + COPY_TRIP_MS, longAgo)).toBeNull();
  });

  it('leaves ordinary copying of a note just written to the fill (the note landed after the fetch)', () => {
    expect(catchUpInView(p, 20_100, () => 20_500)).toBeNull();
    expect(catchUpInView(p, 20_100, () => 20_000)).not.toBeNull();
  });

  it('shows a truncation just before the fetch first, then the pages travel', () => {
    const q: ReplicaProgressView = {
      fetch: step(30_010, 20, 26),
      truncation: step(30_000, 35, 20),
      diskLogEndOffset: 26,
    };
    expect(tripStart(q)).toBe(30_000 + TRUNCATE_MS);
    expect(truncationInView(q, 30_000 + TRUNCATE_MS / 2)).toEqual({ fromOffset: 20, toOffset: 35, t: 0.5 });
    expect(catchUpInView(q, 30_000 + TRUNCATE_MS / 2, longAgo)!.t).toBe(0);
    expect(truncationInView(q, 30_000 + TRUNCATE_MS)).toBeNull();
  });

  it('property: the copy’s word and log end agree with its pages at every moment', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 200 }),
        fc.integer({ min: 1, max: 200 }),
        fc.option(fc.integer({ min: 0, max: 50 }), { nil: null }),
        fc.integer({ min: -500, max: 3000 }),
        fc.constantFrom('inSync', 'behind') as fc.Arbitrary<'inSync' | 'behind'>,
        (from, n, cutBefore, age, engineState) => {
          const fetchMs = 10_000;
          const to = from + n;
          const truncation = cutBefore === null ? null : step(fetchMs - 10, from + cutBefore, from);
          const prog: ReplicaProgressView = {
            fetch: step(fetchMs, from, to),
            truncation,
            diskLogEndOffset: to,
          };
          const now = fetchMs + age;
          const m = copyMoment({ state: engineState, logEnd: to }, prog, now, longAgo);
          const landedAt = tripStart(prog) + COPY_TRIP_MS;
          if (m.trip) {
            // In the air: the copy holds the pages before them, and says it is catching up.
            expect(m.logEnd).toBe(from);
            expect(m.state).toBe('catchingUp');
            expect([m.trip.fromOffset, m.trip.toOffset]).toEqual([from, to]);
            expect(m.trip.t).toBeGreaterThanOrEqual(0);
            expect(m.trip.t).toBeLessThanOrEqual(1);
            expect(copiesMoving([prog], now)).toBe(true);
          } else {
            expect(m.logEnd).toBe(to);
            if (now >= fetchMs) expect(now).toBeGreaterThanOrEqual(landedAt);
            if (!m.cut) expect(m.state).toBe(engineState);
          }
          const cutDone = now >= (truncation?.timeMs ?? 0) + TRUNCATE_MS;
          if (now >= landedAt && cutDone) expect(copiesMoving([prog], now)).toBe(false);
        },
      ),
    );
  });

  it('never moves a leader’s or a broken copy', () => {
    for (const state of ['leader', 'down'] as const)
      expect(copyMoment({ state, logEnd: 30 }, p, 20_100, longAgo)).toEqual({
        state,
        logEnd: 30,
        trip: null,
        cut: null,
      });
  });
});
