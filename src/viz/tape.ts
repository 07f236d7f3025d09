import { easeCubicOut } from 'd3-ease';
import { clamp, type Point } from './geometry';
import type { ShelfLayout } from './layout-types';
import { FLIGHT_MS, SHIFT_MS, STREAM_CELLS_PER_SEC } from './stage-metrics';

/**
 * A shelf is a tape of note cells read right to left: the empty slot for the next note is always the
 * rightmost cell, older notes slide left under the pile of "earlier notes". When a note is appended the
 * tape slides one cell over SHIFT_MS, so the slot opens before the note lands. Everything here is a pure
 * function of the partition and the render time.
 */
export interface TapeRecord {
  readonly offset: number;
  readonly timestamp: number;
}

export interface TapePartition {
  readonly logStartOffset: number;
  readonly logEndOffset: number;
  /** Oldest first, as in the snapshot. */
  readonly recent: readonly TapeRecord[];
}

export interface TapeView {
  /** The log end as drawn: it lags the true one by the part of the slide still to come. */
  readonly end: number;
  /** Cells are drawn at (offset - base) * cellW inside a group translated by `shiftX`. */
  readonly base: number;
  readonly shiftX: number;
  /** The first offset whose cell shows at least in part. */
  readonly firstVisible: number;
  /** Kept notes entirely hidden in the pile on the left. */
  readonly hidden: number;
}

/** How many cells the tape still has to slide for notes appended less than SHIFT_MS ago. */
export function pendingSlide(recent: readonly TapeRecord[], renderTime: number, reduced: boolean): number {
  if (reduced) return 0;
  let rest = 0;
  for (let i = recent.length - 1; i >= 0; i--) {
    const age = renderTime - recent[i]!.timestamp;
    if (age >= SHIFT_MS) break;
    if (age >= 0) rest += 1 - easeCubicOut(age / SHIFT_MS);
  }
  return rest;
}

/** How many notes appended less than SHIFT_MS ago the tape is still sliding for. */
export function slidingNotes(recent: readonly TapeRecord[], renderTime: number): number {
  let n = 0;
  for (let i = recent.length - 1; i >= 0; i--) {
    const age = renderTime - recent[i]!.timestamp;
    if (age >= SHIFT_MS) break;
    if (age >= 0) n++;
  }
  return n;
}

/**
 * The one note the tape slides for, when it slides for exactly one: the browser can then run the slide
 * itself (one cell over SHIFT_MS, eased as pendingSlide eases it), declared from the note's time and the
 * render time, instead of the page drawing every frame of it. Null when it slides for none or several.
 */
export function singleSlide(recent: readonly TapeRecord[], renderTime: number): TapeRecord | null {
  return slidingNotes(recent, renderTime) === 1 ? recent[recent.length - 1]! : null;
}

/**
 * The slide of one cell as keyframes for the browser (Web Animations), over SHIFT_MS: the tape drawn at
 * its end, offset by what is still to slide, `cellW * (1 - easeCubicOut(t))`, sampled in ten steps (linear
 * in between: within a hundredth of a cell of pendingSlide's curve).
 */
export function slideKeyframes(cellW: number): { offset: number; transform: string }[] {
  return Array.from({ length: 11 }, (_, i) => {
    const t = i / 10;
    return { offset: t, transform: `translateX(${(cellW * (1 - easeCubicOut(t))).toFixed(3)}px)` };
  });
}

/** Group origin for cells: rounded down to a stable multiple, so cells keep their x across many appends. */
export function tapeBase(logEndOffset: number): number {
  return Math.max(0, Math.floor((logEndOffset - 64) / 1024) * 1024);
}

/** Left edge of the cell of `offset`, with the tape at `end`. */
export function slotLeft(shelf: ShelfLayout, end: number, offset: number): number {
  return shelf.tape.x + shelf.tape.w - (end + 1 - offset) * shelf.cellW;
}

export function tapeView(
  shelf: ShelfLayout,
  p: TapePartition,
  renderTime: number,
  reduced: boolean,
): TapeView {
  const end = p.logEndOffset - pendingSlide(p.recent, renderTime, reduced);
  const base = tapeBase(p.logEndOffset);
  const firstFull = Math.ceil(end + 1 - shelf.slots - 1e-9);
  return {
    end,
    base,
    shiftX: slotLeft(shelf, end, base),
    firstVisible: Math.max(p.logStartOffset, Math.floor(end - shelf.slots) + 1),
    hidden: Math.max(0, Math.min(p.logEndOffset, firstFull) - p.logStartOffset),
  };
}

/** Centre of a cell; cells slid under the pile are found at the pile. */
export function cellCenter(shelf: ShelfLayout, end: number, offset: number): Point {
  const x = slotLeft(shelf, end, offset) + shelf.cellW / 2;
  const y = shelf.tape.y + shelf.tape.h / 2;
  if (x < shelf.tape.x) return { x: shelf.fold.x + shelf.fold.w / 2, y };
  return { x: Math.min(x, shelf.tape.x + shelf.tape.w - shelf.cellW / 2), y };
}

/**
 * How far a note has come: 1 once it has landed on its shelf. With reduced motion nothing travels and
 * the cell fades in instead, over the same time.
 */
export function landed(timestamp: number, renderTime: number): number {
  return clamp((renderTime - timestamp) / FLIGHT_MS, 0, 1);
}

/** Whether a shelf receiving `perShelfRate` notes per simulated second is a stream at this speed. */
export function isStream(perShelfRate: number, speed: number): boolean {
  return perShelfRate * speed > STREAM_CELLS_PER_SEC;
}
