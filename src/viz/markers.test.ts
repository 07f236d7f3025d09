import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { caretX, hiddenUnread, ribbons, RIBBON_W, stripes } from './markers';
import { slotLeft, tapeView } from './tape';
import { record, SHELF } from '../../test/viz/fixtures';
import type { ShelfLayout } from './layout-types';

describe('bookmarks, backlog and carets', () => {
  it('stands a bookmark on the boundary before the committed offset', () => {
    const [r] = ribbons(SHELF, 20, [{ group: 'class', committed: 18, from: 18 }]);
    expect(r!.poleX).toBe(250);
    expect(r!.x).toBe(250);
    expect(r!.inPile).toBe(false);
  });

  it('moves apart bookmarks of groups at the same place, keeping their order', () => {
    const rs = ribbons(SHELF, 20, [
      { group: 'a', committed: 18, from: 18 },
      { group: 'b', committed: 18, from: 18 },
      { group: 'c', committed: 19, from: 19 },
    ]);
    for (let i = 1; i < rs.length; i++) expect(rs[i]!.x - rs[i - 1]!.x).toBeGreaterThanOrEqual(RIBBON_W);
    expect(rs.map((r) => r.poleX)).toEqual([250, 250, 300]);
  });

  it('stands a bookmark further back than the drawn cells on the pile, as far along as its offset', () => {
    // Cells 15..19 are drawn; 0..14 are in the pile. Page 3 is a fifth of the way along it.
    const [r] = ribbons(SHELF, 20, [{ group: 'class', committed: 3, from: 3 }]);
    expect(r!.inPile).toBe(true);
    expect(r!.hiddenUnread).toBe(12);
    expect(r!.poleX).toBeCloseTo(SHELF.fold.x + 2 + (3 / 15) * (SHELF.fold.w - 10));
    // Its backlog starts there too, not at the first drawn cell.
    expect(stripes(SHELF, 20, 20, [{ group: 'class', committed: 3, from: 3 }])[0]!.x0).toBe(r!.poleX);
  });

  it('stands a bookmark below the log start (deleted by retention) at the start of the pile', () => {
    const [r] = ribbons(SHELF, 60, [{ group: 'class', committed: 28, from: 42 }], 42);
    expect(r!.inPile).toBe(true);
    expect(r!.poleX).toBe(SHELF.fold.x + 2);
    expect(r!.hiddenUnread).toBe(55 - 28);
  });

  it('keeps a ribbon on the cells clear of a banner in the pile', () => {
    const rs = ribbons(
      SHELF,
      20,
      [
        { group: 'a', committed: 2, from: 2 },
        { group: 'b', committed: 15, from: 15 },
      ],
      0,
      () => 60,
    );
    const [a, b] = rs;
    expect(a!.bannerW).toBe(60);
    expect(b!.x - RIBBON_W / 2).toBeGreaterThanOrEqual(a!.x + RIBBON_W / 2 + 60);
  });

  it("keeps a run of banners on its shelf: back left, toward the pile's left end, past the tape's end no more", () => {
    const marks = ['a', 'b', 'c'].map((group, i) => ({ group, committed: 1 + i, from: 1 + i }));
    const end = SHELF.tape.x + SHELF.tape.w;
    const width = (end - SHELF.fold.x) / 3 - RIBBON_W - 2;
    const rs = ribbons(SHELF, 40, marks, 0, () => width);
    const last = rs.at(-1)!;
    expect(last.x + RIBBON_W / 2 + last.bannerW).toBeLessThanOrEqual(end + 1e-9);
    // Moved back no further than the pile's left end (a ribbon at its pole may stand there already).
    expect(rs[0]!.x).toBeGreaterThanOrEqual(Math.min(rs[0]!.poleX, SHELF.fold.x + RIBBON_W / 2) - 1e-9);
    expect(rs[0]!.x).toBeLessThan(rs[0]!.poleX + 1e-9);
    // Still in order, each banner after the one before.
    for (let i = 1; i < rs.length; i++)
      expect(rs[i]!.x - RIBBON_W / 2).toBeGreaterThanOrEqual(rs[i - 1]!.x + RIBBON_W / 2 + width - 1e-9);
  });

  it('draws no bookmark before the first commit, but still the backlog, from the start of the pile', () => {
    const marks = [{ group: 'class', committed: null, from: 0 }];
    expect(ribbons(SHELF, 20, marks)).toEqual([]);
    expect(stripes(SHELF, 20, 20, marks)[0]).toMatchObject({ x0: SHELF.fold.x + 2, x1: 350 });
  });

  it('runs the backlog from the bookmark to the log end, one lane per group', () => {
    const [s] = stripes(SHELF, 20, 20, [{ group: 'class', committed: 17, from: 17 }]);
    expect(s).toEqual({ group: 'class', x0: 200, x1: 350, y: SHELF.stripeY });
  });

  it('puts a reader caret at her position', () => {
    expect(caretX(SHELF, 20, 19)).toBe(300);
  });
});

/** A shelf of `slots` cells of `cellW`, its pile of `foldW`, somewhere on the stage. */
const shelfArb = fc
  .record({
    x: fc.integer({ min: 0, max: 400 }),
    slots: fc.integer({ min: 5, max: 16 }),
    cellW: fc.integer({ min: 30, max: 70 }),
    foldW: fc.integer({ min: 40, max: 70 }),
  })
  .map(({ x, slots, cellW, foldW }): ShelfLayout => ({
    ...SHELF,
    fold: { x, y: 20, w: foldW, h: 40 },
    tape: { x: x + foldW + 6, y: 20, w: slots * cellW, h: 40 },
    slots,
    cellW,
  }));

/** A partition at rest, and bookmarks and reading positions anywhere from before its start to its end. */
const snapshotArb = fc
  .record({
    shelf: shelfArb,
    logStart: fc.integer({ min: 0, max: 5000 }),
    length: fc.integer({ min: 0, max: 5000 }),
  })
  .chain(({ shelf, logStart, length }) =>
    fc.record({
      shelf: fc.constant(shelf),
      logStart: fc.constant(logStart),
      logEnd: fc.constant(logStart + length),
      committed: fc.array(fc.integer({ min: Math.max(0, logStart - 50), max: logStart + length }), {
        minLength: 1,
        maxLength: 4,
      }),
    }),
  );

describe('every mark is drawn where its offset is (property)', () => {
  it('on the drawn cells at its boundary, or on the pile with the count the pile hides', () => {
    fc.assert(
      fc.property(snapshotArb, ({ shelf, logStart, logEnd, committed }) => {
        const recent = Array.from({ length: Math.min(24, logEnd - logStart) }, (_, i) =>
          record(logEnd - 1 - i, 0),
        ).reverse();
        const view = tapeView(shelf, { logStartOffset: logStart, logEndOffset: logEnd, recent }, 1e9, false);
        const marks = committed.map((c, i) => ({ group: `g${i}`, committed: c, from: c }));
        const rs = ribbons(shelf, view.end, marks, logStart, () => 40);
        const pileRight = shelf.fold.x + shelf.fold.w - 6;
        // The offset whose cell starts at the tape's left edge (before the log start on a short shelf,
        // where the empty cells before the log start are drawn).
        const firstDrawn = view.end + 1 - shelf.slots;
        for (const r of rs) {
          if (r.offset >= firstDrawn) {
            // A drawn cell (or the next slot): exactly the boundary before it, nothing hidden.
            expect(r.inPile).toBe(false);
            expect(r.poleX).toBeCloseTo(slotLeft(shelf, view.end, r.offset), 6);
            expect(r.hiddenUnread).toBe(0);
          } else {
            // Older than every drawn cell: on the pile's face, and the banner's count adds up to the lag
            // with the unread notes drawn.
            expect(r.inPile).toBe(true);
            expect(r.poleX).toBeGreaterThanOrEqual(shelf.fold.x);
            expect(r.poleX).toBeLessThanOrEqual(pileRight);
            const drawnUnread = logEnd - firstDrawn;
            expect(r.hiddenUnread + drawnUnread).toBe(logEnd - r.offset);
            expect(hiddenUnread(shelf, view.end, r.offset)).toBe(r.hiddenUnread);
          }
        }
        // Order on the picture is order of offsets: an older bookmark is never drawn right of a newer one.
        const byOffset = [...rs].sort((a, b) => a.offset - b.offset);
        for (let i = 1; i < byOffset.length; i++)
          expect(byOffset[i]!.poleX).toBeGreaterThanOrEqual(byOffset[i - 1]!.poleX - 1e-9);
        // The backlog starts where the bookmark is, and a reader's caret at that offset stands there too.
        const ss = stripes(shelf, view.end, logEnd, marks, logStart);
        for (const r of rs) {
          expect(ss.find((s) => s.group === r.group)!.x0).toBeCloseTo(r.poleX, 6);
          expect(caretX(shelf, view.end, r.offset, logStart)).toBeCloseTo(r.poleX, 6);
        }
        // Banners never overlap each other, and no ribbon on the cells stands on a banner.
        const edges = rs.map((r) => [r.x - RIBBON_W / 2, r.x + RIBBON_W / 2 + r.bannerW] as const);
        const sorted = [...edges].sort((a, b) => a[0] - b[0]);
        for (let i = 1; i < sorted.length; i++)
          expect(sorted[i]![0]).toBeGreaterThanOrEqual(sorted[i - 1]![1] - 0.01);
      }),
      { numRuns: 400 },
    );
  });
});
