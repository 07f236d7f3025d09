import { box, type Box } from './geometry';
import type { ShelfLayout, StageLayout } from './layout-types';
import { slotLeft } from './tape';

/**
 * Where the stage's names and numbers stand, which notes in flight must never hide: the teacher's name and
 * rate, the machine's title, each shelf's number, its pile and the line under it (log start, log end) and
 * the lane above its notes where bookmarks fly their "@12" banners, the study group's title, state and
 * "who reads what" lines, and every desk's text; with several brokers, the rows of each shelf's copies. The flights layer paints cards and then clears these
 * boxes, so a card passes under a name instead of over it ("n" of Ben's name hidden; a card crossing the
 * machine's header or a re-deal's caption). The note cells themselves are left out: a card lands on its
 * own cell, and a fetched copy leaves from it.
 */
export function keepClear(layout: StageLayout): Box[] {
  const out: Box[] = [];
  for (const t of layout.teachers) {
    // Name and rate under the figure (teacher.tsx: baselines at 170 and 190).
    out.push(box(t.box.x, t.box.y + 150, t.box.w, t.box.h - 150 + 4));
  }
  if (layout.legend) out.push(layout.legend.box);
  for (const m of layout.machines) {
    out.push(m.header);
    for (const s of m.shelves) {
      out.push(s.label, s.fold);
      // The bookmarks' lane, over the pile and the notes, and as far right as the machine: banners of
      // bookmarks in the pile ("@21 +14") line up to the right and may run past the last note.
      const laneRight = Math.min(m.box.x + m.box.w, s.row.x + s.row.w + 20);
      out.push(box(s.fold.x - 8, s.laneY - 2, laneRight - s.fold.x + 8, s.laneH + 2));
      if (s.underY !== null) out.push(box(s.fold.x, s.underY - 15, s.tape.x + s.tape.w - s.fold.x, 20));
      // With several brokers: each copy's row, its room's name and its log end (a card passes under them).
      for (const c of s.copies ?? []) out.push(c.row);
    }
  }
  for (const g of layout.groups) {
    out.push(g.header, g.status, g.caption);
    for (const d of g.desks) {
      const right = d.box.x + d.box.w;
      if (layout.deskDensity === 'roomy') {
        // Four lines beside the figure, then "18 read ... bookmark 3 behind" across the desk's foot.
        out.push(box(d.textX, d.box.y + 4, right - d.textX, 82));
        out.push(box(d.box.x + 4, d.box.y + 84, d.box.w - 8, d.box.h - 86));
      } else {
        out.push(box(d.textX, d.box.y + 2, right - d.textX, d.box.h - 4));
      }
    }
  }
  return out;
}

/**
 * Where the page numbers of a shelf's cells from `from` to `to` (the next page included) stand, as drawn
 * with the tape's end at `end` (note-cell.tsx: centred, from the cell's middle to just above its foot),
 * leaving out the cells of `skip`: those a note is still flying to, which wait empty for it. The flights
 * layer clears these too, so a card landing on its cell or leaving another never hides a neighbour's page
 * number ("4" and "27" read as "427"); a copy leaving its own cell passes under the same number it bears.
 */
export function cellNumberBoxes(
  shelf: ShelfLayout,
  end: number,
  from: number,
  to: number,
  skip: ReadonlySet<number>,
): Box[] {
  const out: Box[] = [];
  const { tape, cellW } = shelf;
  for (let offset = from; offset <= to; offset++) {
    if (skip.has(offset)) continue;
    const left = slotLeft(shelf, end, offset);
    // The first cell may stand half under the pile, where copies for notes in the pile leave from; the
    // next page half past the tape's end while it slides (clipped there, but its number's box is whole).
    const x0 = Math.max(shelf.fold.x, left + 3);
    const x1 = left + cellW - 3;
    if (x1 - x0 < 4) continue;
    out.push(box(x0, tape.y + tape.h / 2 - 10, x1 - x0, tape.h / 2 + 4));
  }
  return out;
}
