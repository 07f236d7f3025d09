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

export interface MachineMetrics {
  readonly density: Density;
  readonly racks: number;
  readonly cellW: number;
  readonly labelW: number;
  readonly lanes: ReadonlyMap<string, readonly string[]>;
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
  return { density, racks, cellW, labelW, lanes };
}

export function rowHeight(m: MachineMetrics, lanes: number): number {
  const d = SHELF[m.density];
  return d.lane + d.cellH + stripeBlock(m.density, lanes) + d.under + d.gap;
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
  return MACHINE.header + rows * rowHeight(m, lanes) + MACHINE.pad;
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
  const rowH = rowHeight(m, lanes.length);
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
      underY: d.under > 0 ? stripeY + stripeBlock(m.density, lanes.length) + d.under - 7 : null,
      lanes,
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
