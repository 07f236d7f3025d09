import { describe, expect, it } from 'vitest';
import { SHIFT_MS } from './stage-metrics';
import { cellCenter, isStream, landed, pendingSlide, slotLeft, tapeBase, tapeView } from './tape';
import { record, SHELF } from '../../test/viz/fixtures';

const atRest = (logEnd: number, logStart = 0) => ({
  logStartOffset: logStart,
  logEndOffset: logEnd,
  recent: Array.from({ length: Math.min(24, logEnd - logStart) }, (_, i) =>
    record(logEnd - 1 - i, 0),
  ).reverse(),
});

describe('the shelf tape', () => {
  it('keeps the next slot as the rightmost cell when at rest', () => {
    const v = tapeView(SHELF, atRest(20), 100_000, false);
    expect(v.end).toBe(20);
    expect(slotLeft(SHELF, v.end, 20)).toBe(350);
    expect(slotLeft(SHELF, v.end, 19)).toBe(300);
  });

  it('shows slots - 1 notes and piles up the rest', () => {
    const v = tapeView(SHELF, atRest(20), 100_000, false);
    expect(v.firstVisible).toBe(15);
    expect(v.hidden).toBe(15);
    expect(tapeView(SHELF, atRest(20, 12), 100_000, false).hidden).toBe(3);
    expect(tapeView(SHELF, atRest(3), 100_000, false).hidden).toBe(0);
  });

  it('slides one cell over SHIFT_MS after an append, eased, and stops', () => {
    const recent = [record(9, 1000)];
    expect(pendingSlide(recent, 1000, false)).toBeCloseTo(1);
    const half = pendingSlide(recent, 1000 + SHIFT_MS / 2, false);
    expect(half).toBeGreaterThan(0);
    expect(half).toBeLessThan(0.5); // ease-out: most of the way early
    expect(pendingSlide(recent, 1000 + SHIFT_MS, false)).toBe(0);
    expect(pendingSlide(recent, 1000, true)).toBe(0);
  });

  it('translates one group of cells instead of moving each cell', () => {
    const p = atRest(2000);
    const v = tapeView(SHELF, p, 100_000, false);
    expect(v.base).toBe(tapeBase(2000));
    expect(v.base).toBeLessThanOrEqual(v.firstVisible);
    // A cell at (offset - base) * cellW inside the group lands on its slot.
    expect(v.shiftX + (1995 - v.base) * SHELF.cellW).toBeCloseTo(slotLeft(SHELF, v.end, 1995));
  });

  it('finds cells slid under the pile at the pile', () => {
    expect(cellCenter(SHELF, 20, 2)).toEqual({ x: 40 + 27, y: 40 });
    expect(cellCenter(SHELF, 20, 19)).toEqual({ x: 325, y: 40 });
  });

  it('lands a note FLIGHT_MS after it was appended', () => {
    expect(landed(1000, 1000)).toBe(0);
    expect(landed(1000, 100_000)).toBe(1);
  });
});

describe('streams', () => {
  it('treats a shelf as a stream when too many notes arrive per wall-clock second to follow', () => {
    expect(isStream(1, 1)).toBe(false);
    expect(isStream(1.5, 8)).toBe(true);
    expect(isStream(200 / 12, 0.5)).toBe(false);
    expect(isStream(200 / 12, 1)).toBe(true);
  });
});
