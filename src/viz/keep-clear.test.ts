import { describe, expect, it } from 'vitest';
import type { Box, Point } from './geometry';
import { cellNumberBoxes, keepClear } from './keep-clear';
import { slotLeft } from './tape';
import { layoutStage } from './stage-layout';
import { structure } from '../../test/viz/fixtures';

const inside = (p: Point, b: Box): boolean =>
  p.x >= b.x && p.x <= b.x + b.w && p.y >= b.y && p.y <= b.y + b.h;
const covered = (p: Point, boxes: readonly Box[]): boolean => boxes.some((b) => inside(p, b));

const SCENES = {
  translation: structure(
    [2, 2],
    [
      ['translators', 2, 'notes', 'topic1'],
      ['spanish', 1, 'topic1'],
    ],
  ),
  backup: structure([4, 4], [['translators', 5, 'notes', 'topic1']]),
  stress: structure(
    [12],
    [
      ['english', 8],
      ['spanish', 8],
      ['french', 8],
    ],
  ),
};
const VIEWPORTS = [
  { widthPx: 1024, heightPx: 634 },
  { widthPx: 1280, heightPx: 577 },
  { widthPx: 1024, heightPx: 400 },
];

describe('where cards in flight pass under', () => {
  for (const [name, s] of Object.entries(SCENES)) {
    for (const vp of VIEWPORTS) {
      it(`covers every name and number and leaves where cards land free: ${name} at ${vp.widthPx}x${vp.heightPx}`, () => {
        for (const presenter of [false, true]) {
          const l = layoutStage(s, vp, presenter ? { chart: false, offstage: { keep: [] } } : {});
          const clear = keepClear(l);
          for (const t of l.teachers) {
            // The name's baseline, and the rate's.
            expect(covered({ x: t.box.x + t.box.w / 2, y: t.box.y + 165 }, clear)).toBe(true);
            expect(covered({ x: t.box.x + t.box.w / 2, y: t.box.y + 186 }, clear)).toBe(true);
          }
          for (const m of l.machines) {
            expect(covered({ x: m.header.x + 30, y: m.header.y + 24 }, clear)).toBe(true);
            for (const sh of m.shelves) {
              expect(covered({ x: sh.label.x + sh.label.w / 2, y: sh.label.y + sh.label.h / 2 }, clear)).toBe(
                true,
              );
              // A bookmark's banner in the lane, anywhere along the shelf.
              for (let x = sh.fold.x; x <= sh.tape.x + sh.tape.w; x += 10)
                expect(covered({ x, y: sh.laneY + sh.laneH / 2 }, clear)).toBe(true);
              // The cells stay free: a written note lands on its own cell, a fetched copy leaves from it.
              for (let i = 0; i < sh.slots; i++) {
                const c = { x: sh.tape.x + (i + 0.5) * sh.cellW, y: sh.tape.y + sh.tape.h / 2 };
                expect(covered(c, clear)).toBe(false);
              }
            }
          }
          for (const g of l.groups) {
            expect(covered({ x: g.caption.x + 5, y: g.caption.y + 10 }, clear)).toBe(true);
            expect(covered({ x: g.status.x + 5, y: g.status.y + 10 }, clear)).toBe(true);
            for (const d of g.desks) {
              // Where the name stands, and where the fetched copies land (the student's hands).
              expect(covered({ x: d.textX + 4, y: d.box.y + 16 }, clear)).toBe(true);
              expect(covered(d.anchor, clear)).toBe(false);
            }
          }
        }
      });
    }
  }
});

describe('page numbers the cards pass under', () => {
  const l = layoutStage(SCENES.backup, VIEWPORTS[0]!);
  const shelf = l.machines[0]!.shelves[0]!;
  const end = 20;
  // Where note-cell.tsx writes a cell's number: centred, its middle (no subject) or above its foot (one).
  const numberAt = (offset: number, keyed: boolean): Point => ({
    x: slotLeft(shelf, end, offset) + shelf.cellW / 2,
    y: shelf.tape.y + (keyed ? shelf.tape.h - 14 : shelf.tape.h / 2),
  });

  it('holds every number from the first cell shown to the next page, but the cells notes fly to', () => {
    const boxes = cellNumberBoxes(shelf, end, 15, 21, new Set([20]));
    for (const offset of [15, 16, 17, 18, 19, 21]) {
      expect(covered(numberAt(offset, false), boxes)).toBe(true);
      expect(covered(numberAt(offset, true), boxes)).toBe(true);
    }
    // The cell note 20 flies to waits empty: its card brings the number and is not cut there.
    expect(covered(numberAt(20, false), boxes)).toBe(false);
    // A neighbour's box stays within its cell: the gap between two cells is free.
    expect(covered({ x: slotLeft(shelf, end, 20) + 1, y: numberAt(20, false).y }, boxes)).toBe(false);
  });

  it('keeps the subject band at the top of each cell free', () => {
    const boxes = cellNumberBoxes(shelf, end, 15, 21, new Set());
    for (let offset = 15; offset <= 21; offset++)
      expect(covered({ x: numberAt(offset, false).x, y: shelf.tape.y + 4 }, boxes)).toBe(false);
  });
});
