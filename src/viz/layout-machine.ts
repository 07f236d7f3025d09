import type { StageStructure } from './stage-structure';
import { box } from './geometry';
import type { Density, MachineLayout, ShelfLayout } from './layout-types';
import { FONT, MAX_SLOTS } from './stage-metrics';

/** Shelf row geometry per density. Heights stack: bookmark lane, cells, backlog stripes, small print, gap. */
export const SHELF = {
  roomy: { lane: 25, cellH: 42, stripe: 6, under: 21, gap: 8, fold: 62, minCellW: 48, digitW: 13 },
  compact: { lane: 17, cellH: 34, stripe: 4, under: 0, gap: 6, fold: 54, minCellW: 42, digitW: 11.1 },
} as const;

export const MACHINE = { pad: 10, header: 40, rackGap: 22, endPad: 10 } as const;

/**
 * A replicated shelf's copies, one row each under the shelf (replicated.ts): the room's name in the
 * label's and pile's columns, a thin tape of the pages it holds under the shelf's own cells, its log end.
 * `top` is the gap above the first row; `under` the line of small print after the last (the high
 * watermark's label), which a replicated shelf has in either density.
 */
export const COPY = { top: 2, row: 22, cellH: 10, under: 22 } as const;

/**
 * Room for a copy's room name at 20 units, bold, before its pages: the longest of "room 5", "sala 5" and
 * "broker 5" (views/stage/stage-replicas.test.ts checks every voice fits).
 */
export const ROOM_NAME_W = 92;

export interface MachineMetrics {
  readonly density: Density;
  readonly racks: number;
  readonly cellW: number;
  readonly labelW: number;
  readonly lanes: ReadonlyMap<string, readonly string[]>;
  /** Copies per shelf of each replicated topic (absent: not replicated, no copy rows). */
  readonly copies: ReadonlyMap<string, number>;
}

export function machineMetrics(s: StageStructure, density: Density, racks: number): MachineMetrics {
  const d = SHELF[density];
  const cellW = Math.ceil(Math.max(d.minCellW, s.offsetDigits * d.digitW + 12));
  // A shelf is labelled by its number in a badge (the machine's header names the topic), which costs far
  // less width than "notes-11" on every row; the full name is in the shelf's accessible name.
  const digits = String(Math.max(0, ...s.topics.map((t) => t.partitions - 1))).length;
  const labelW = Math.ceil(Math.max(30, digits * FONT.number * 0.62 + 14) + 10);
  const lanes = new Map<string, string[]>();
  for (const t of s.topics)
    lanes.set(
      t.name,
      s.groups.filter((g) => g.topics.includes(t.name)).map((g) => g.id),
    );
  const copies = new Map<string, number>();
  for (const t of s.topics) if (t.copies !== undefined) copies.set(t.name, t.copies);
  // A copy's room name stands in the label's and pile's columns: widen the label's if they are too narrow.
  const roomW = copies.size > 0 ? Math.ceil(ROOM_NAME_W + 6 - d.fold) : 0;
  return { density, racks, cellW, labelW: Math.max(labelW, roomW), lanes, copies };
}

export function rowHeight(m: MachineMetrics, lanes: number, copies = 0): number {
  const d = SHELF[m.density];
  if (copies === 0) return d.lane + d.cellH + stripeBlock(m.density, lanes) + d.under + d.gap;
  // The small print moves under the copies, where it also carries the high watermark's label.
  return d.lane + d.cellH + stripeBlock(m.density, lanes) + copyBlock(copies) + d.gap;
}

/** The copy rows and the line of small print under them. */
function copyBlock(copies: number): number {
  return COPY.top + copies * COPY.row + COPY.under;
}

function stripeBlock(density: Density, lanes: number): number {
  return Math.max(1, lanes) * (SHELF[density].stripe + 1) + 4;
}

function rackWidth(m: MachineMetrics, slots: number): number {
  return m.labelW + SHELF[m.density].fold + slots * m.cellW + MACHINE.endPad;
}

/** Width of a machine whose shelves show `slots` cells each. */
export function machineWidth(m: MachineMetrics, slots: number): number {
  return 2 * MACHINE.pad + m.racks * rackWidth(m, slots) + (m.racks - 1) * MACHINE.rackGap;
}

/**
 * How many cells fit per shelf in `width` (capped: past MAX_SLOTS a shelf only gets emptier). The inverse
 * of machineWidth: a width made for n slots holds n, whatever the rounding of the sums in between.
 */
export function slotsFor(m: MachineMetrics, width: number): number {
  const rack = (width - 2 * MACHINE.pad - (m.racks - 1) * MACHINE.rackGap) / m.racks;
  const slots = Math.floor((rack - m.labelW - SHELF[m.density].fold - MACHINE.endPad) / m.cellW + 1e-9);
  return Math.min(MAX_SLOTS, slots);
}

export function machineHeight(m: MachineMetrics, topic: { name: string; partitions: number }): number {
  const rows = Math.ceil(topic.partitions / Math.min(m.racks, Math.max(1, topic.partitions)));
  const lanes = m.lanes.get(topic.name)?.length ?? 0;
  return MACHINE.header + rows * rowHeight(m, lanes, m.copies.get(topic.name) ?? 0) + MACHINE.pad;
}

/** Places one machine with its top-left corner at (x, y). */
export function placeMachine(
  m: MachineMetrics,
  topic: { name: string; partitions: number },
  x: number,
  y: number,
  slots: number,
): MachineLayout {
  const d = SHELF[m.density];
  const lanes = m.lanes.get(topic.name) ?? [];
  const racks = Math.min(m.racks, Math.max(1, topic.partitions));
  const perRack = Math.ceil(topic.partitions / racks);
  const copies = m.copies.get(topic.name) ?? 0;
  const rowH = rowHeight(m, lanes.length, copies);
  const rw = rackWidth(m, slots);
  const shelves: ShelfLayout[] = [];
  for (let p = 0; p < topic.partitions; p++) {
    const rack = Math.floor(p / perRack);
    const rx = x + MACHINE.pad + rack * (rw + MACHINE.rackGap);
    const ry = y + MACHINE.header + (p % perRack) * rowH;
    const cellY = ry + d.lane;
    const stripeY = cellY + d.cellH + 4;
    const foldX = rx + m.labelW;
    const tapeX = foldX + d.fold;
    const stripesEnd = stripeY + stripeBlock(m.density, lanes.length);
    const copyRows = Array.from({ length: copies }, (_, i) => {
      const top = stripesEnd + COPY.top + i * COPY.row;
      return {
        index: i,
        row: box(rx, top, rw, COPY.row),
        name: box(rx, top, tapeX - rx - 4, COPY.row),
        tape: box(tapeX, top + (COPY.row - COPY.cellH) / 2, slots * m.cellW, COPY.cellH),
      };
    });
    const underY =
      copies > 0
        ? stripesEnd + COPY.top + copies * COPY.row + COPY.under - 5
        : d.under > 0
          ? stripeY + stripeBlock(m.density, lanes.length) + d.under - 7
          : null;
    shelves.push({
      topic: topic.name,
      partition: p,
      row: box(rx, ry, rw, rowH - d.gap),
      label: box(rx, cellY, m.labelW - 10, d.cellH),
      fold: box(foldX, cellY, d.fold - 6, d.cellH),
      tape: box(tapeX, cellY, slots * m.cellW, d.cellH),
      slots,
      cellW: m.cellW,
      laneY: ry,
      laneH: d.lane,
      stripeY,
      stripeH: d.stripe,
      stripeStep: d.stripe + 1,
      underY,
      lanes,
      ...(copies > 0 ? { copies: copyRows } : {}),
    });
  }
  const w = machineWidth({ ...m, racks }, slots);
  return {
    topic: topic.name,
    box: box(x, y, w, machineHeight(m, topic)),
    header: box(x, y, w, MACHINE.header),
    shelves,
  };
}
