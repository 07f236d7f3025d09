import { clamp } from './geometry';
import { slotLeft } from './tape';
import type { ShelfLayout } from './layout-types';

/**
 * Bookmarks (committed offsets) stand between two cells as ribbons; a group's backlog runs from its
 * bookmark to the log end as a stripe under the cells; a student's reading position is a thin caret.
 *
 * Every mark stands where its offset is. On the drawn cells that is the boundary before the offset. An
 * offset older than the drawn cells is in the pile of earlier notes, and is drawn on the pile, as far
 * along it as the offset is between the log start and the first drawn cell: a bookmark at 5 with the
 * cells starting at 13 stands on the pile, not at the left edge of the cells (which would show a small
 * backlog beside a large number). Such a bookmark carries its offset and how many unread notes the pile
 * hides, so the picture adds up to the lag.
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
  readonly offset: number;
  /** The true place of the offset... */
  readonly poleX: number;
  /** ...and where the ribbon is drawn, moved aside when two groups share a boundary. */
  readonly x: number;
  /** The bookmark is further back than the cells drawn: it stands on the pile. */
  readonly inPile: boolean;
  /** Unread notes between the bookmark and the first drawn cell (0 unless in the pile). */
  readonly hiddenUnread: number;
  /** Width of the banner with the offset and hidden count, right of the ribbon (0: none). */
  readonly bannerW: number;
}

export interface Stripe {
  readonly group: string;
  readonly x0: number;
  readonly x1: number;
  readonly y: number;
}

/** The offset whose cell starts at the tape's left edge (fractional while the tape slides). */
export function firstFullOffset(shelf: ShelfLayout, end: number): number {
  return end + 1 - shelf.slots;
}

/** Whether `offset` lies in the pile of earlier notes rather than on the drawn cells. */
export function inPile(shelf: ShelfLayout, end: number, offset: number): boolean {
  return offset < firstFullOffset(shelf, end) - 1e-6;
}

/**
 * Where the boundary before `offset` is drawn: on the cells, or along the pile in proportion to how far
 * the offset is from the log start to the first drawn cell (an offset before the log start, deleted by
 * retention, stands at the pile's left end). Never decreasing in `offset`.
 */
export function offsetX(shelf: ShelfLayout, end: number, logStart: number, offset: number): number {
  const { tape, fold } = shelf;
  if (!inPile(shelf, end, offset)) return Math.min(slotLeft(shelf, end, offset), tape.x + tape.w);
  const first = firstFullOffset(shelf, end);
  const span = first - logStart;
  const along = span > 0 ? clamp((offset - logStart) / span, 0, 1) : 0;
  // The pile's face runs from fold.x to fold.x + fold.w - 6 (see ShelfPile); keep 2 units inside it.
  return fold.x + 2 + along * (fold.w - 10);
}

/** Unread notes the pile hides from a bookmark at `offset`: up to the first drawn cell. */
export function hiddenUnread(shelf: ShelfLayout, end: number, offset: number): number {
  return Math.max(0, Math.ceil(firstFullOffset(shelf, end) - 1e-6) - offset);
}

/**
 * The ribbons of a shelf. A bookmark in the pile flies a banner to its right (its offset and the unread
 * notes the pile hides, `bannerWidth` wide), and the next banner or a ribbon on the cells keeps clear of it.
 */
export function ribbons(
  shelf: ShelfLayout,
  end: number,
  marks: readonly BookmarkInput[],
  logStart = 0,
  bannerWidth: (r: { offset: number; hiddenUnread: number }) => number = () => 0,
): Ribbon[] {
  const placed = marks
    .filter((m) => m.committed !== null)
    .map((m) => {
      const offset = m.committed!;
      const pile = inPile(shelf, end, offset);
      return {
        group: m.group,
        offset,
        poleX: offsetX(shelf, end, logStart, offset),
        inPile: pile,
        hiddenUnread: pile ? hiddenUnread(shelf, end, offset) : 0,
      };
    })
    .sort((a, b) => a.poleX - b.poleX || a.offset - b.offset);
  const out: Ribbon[] = [];
  const half = RIBBON_W / 2;
  // Banners of bookmarks in the pile, left to right, each after the one before.
  let right = -Infinity;
  for (const r of placed.filter((p) => p.inPile)) {
    const x = Math.max(r.poleX, right + half + 2);
    const bannerW = bannerWidth(r);
    out.push({ ...r, x, bannerW });
    right = x + half + bannerW;
  }
  // A run of banners longer than the pile (three groups far behind, as in the busy school) ran past the
  // shelf's end, into the next rack or off the stage: it moves back left, as far as the pile's left end,
  // each banner still after the one before, a leader from its ribbon to its place.
  const over = right - (shelf.tape.x + shelf.tape.w);
  const first = out[0];
  if (over > 0 && first) {
    const shift = Math.min(over, Math.max(0, first.x - (shelf.fold.x + half)));
    for (let i = 0; i < out.length; i++) out[i] = { ...out[i]!, x: out[i]!.x - shift };
    right -= shift;
  }
  const onCells = placed.filter((r) => !r.inPile);
  const hi = shelf.tape.x + shelf.tape.w + half;
  for (const r of dodge(onCells, Math.max(shelf.tape.x - half, right + half + 2), hi))
    out.push({ ...r, bannerW: 0 });
  return out;
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
  logStart = 0,
): Stripe[] {
  return marks.map((m) => {
    const lane = Math.max(0, shelf.lanes.indexOf(m.group));
    return {
      group: m.group,
      x0: offsetX(shelf, end, logStart, m.from),
      x1: offsetX(shelf, end, logStart, logEndOffset),
      y: shelf.stripeY + lane * shelf.stripeStep,
    };
  });
}

export function caretX(shelf: ShelfLayout, end: number, position: number, logStart = 0): number {
  return offsetX(shelf, end, logStart, position);
}
