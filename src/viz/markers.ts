import { boundaryX } from './tape';
import type { ShelfLayout } from './layout-types';

/**
 * Bookmarks (committed offsets) stand between two cells as ribbons; a group's backlog runs from its
 * bookmark to the log end as a stripe under the cells; a student's reading position is a thin caret.
 */
export const RIBBON_W = 18;

export interface BookmarkInput {
  readonly group: string;
  /** The committed offset, or null before the group ever committed. */
  readonly committed: number | null;
  /** Where the backlog starts: the committed offset, or where auto.offset.reset would start. */
  readonly from: number;
}

export interface Ribbon {
  readonly group: string;
  /** The true boundary... */
  readonly poleX: number;
  /** ...and where the ribbon is drawn, moved aside when two groups share a boundary. */
  readonly x: number;
  /** The bookmark is further back than the cells drawn: it pokes out of the pile. */
  readonly inPile: boolean;
}

export interface Stripe {
  readonly group: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

export function ribbons(shelf: ShelfLayout, end: number, marks: readonly BookmarkInput[]): Ribbon[] {
  const placed = marks
    .filter((m) => m.committed !== null)
    .map((m) => {
      const raw = shelf.tape.x + shelf.tape.w - (end + 1 - m.committed!) * shelf.cellW;
      return { group: m.group, poleX: boundaryX(shelf, end, m.committed!), inPile: raw < shelf.tape.x - 0.5 };
    })
    .sort((a, b) => a.poleX - b.poleX);
  return dodge(placed, shelf.tape.x - RIBBON_W / 2, shelf.tape.x + shelf.tape.w + RIBBON_W / 2);
}

/** One-dimensional label placement: keep order, push right to clear neighbours, then back inside `hi`. */
function dodge<T extends { poleX: number }>(items: T[], lo: number, hi: number): (T & { x: number })[] {
  const out = items.map((it) => ({ ...it, x: it.poleX }));
  const step = RIBBON_W + 2;
  for (let i = 0; i < out.length; i++) {
    const prev = out[i - 1];
    out[i]!.x = Math.max(out[i]!.x, lo, prev ? prev.x + step : -Infinity);
  }
  for (let i = out.length - 1; i >= 0; i--) {
    const next = out[i + 1];
    out[i]!.x = Math.min(out[i]!.x, hi, next ? next.x - step : Infinity);
  }
  return out;
}

export function stripes(
  shelf: ShelfLayout,
  end: number,
  logEndOffset: number,
  marks: readonly BookmarkInput[],
): Stripe[] {
  return marks.map((m) => {
    const lane = Math.max(0, shelf.lanes.indexOf(m.group));
    return {
      group: m.group,
      x0: boundaryX(shelf, end, m.from),
      x1: boundaryX(shelf, end, logEndOffset),
      y: shelf.stripeY + lane * shelf.stripeStep,
    };
  });
}

export function caretX(shelf: ShelfLayout, end: number, position: number): number {
  return boundaryX(shelf, end, position);
}
