import { describe, expect, it } from 'vitest';
import { bottom, right } from './geometry';
import type { StageLayout } from './layout-types';
import { COPY, machineHeight, machineMetrics, rowHeight } from './layout-machine';
import { keepClear } from './keep-clear';
import { DEFAULT_VIEWPORT, isLegible, layoutStage } from './stage-layout';
import type { StageStructure } from './stage-structure';
import { structure } from '../../test/viz/fixtures';

/** A class on `brokers` brokers: every topic's shelves with `copies` copies each. */
function replicated(s: StageStructure, copies: number): StageStructure {
  return { ...s, topics: s.topics.map((t) => ({ ...t, copies })) };
}

function shelves(l: StageLayout) {
  return l.machines.flatMap((m) => m.shelves);
}

describe('the copies under a replicated shelf', () => {
  it('gives a class on one broker no copy rows: its layout is the one it always had', () => {
    const s = structure([3], [['class', 3]]);
    const l = layoutStage(s);
    for (const shelf of shelves(l)) expect(shelf.copies).toBeUndefined();
    const m = machineMetrics(s, 'roomy', 1);
    expect(m.copies.size).toBe(0);
    expect(rowHeight(m, 1)).toBe(rowHeight(m, 1, 0));
  });

  it('puts a row per copy under each shelf, in the shelf’s own columns, inside the shelf and its machine', () => {
    for (const copies of [1, 2, 3, 5]) {
      const l = layoutStage(replicated(structure([3], [['class', 2]]), copies));
      const machine = l.machines[0]!;
      for (const shelf of machine.shelves) {
        const rows = shelf.copies!;
        expect(rows).toHaveLength(copies);
        rows.forEach((r, i) => {
          expect(r.index).toBe(i);
          // Page n of every copy stands under page n of the shelf.
          expect(r.tape.x).toBe(shelf.tape.x);
          expect(r.tape.w).toBe(shelf.tape.w);
          expect(r.tape.h).toBe(COPY.cellH);
          // Below the shelf's cells and backlog stripes, each under the one before, inside the shelf's row.
          expect(r.row.y).toBeGreaterThanOrEqual(shelf.stripeY + shelf.lanes.length * shelf.stripeStep);
          if (i > 0) expect(r.row.y).toBeGreaterThanOrEqual(bottom(rows[i - 1]!.row));
          expect(bottom(r.row)).toBeLessThanOrEqual(bottom(shelf.row) + 1e-6);
          // The room's name stands left of the pages.
          expect(right(r.name)).toBeLessThanOrEqual(r.tape.x);
        });
        // The line of small print (the high watermark's label) is under the last copy, inside the row.
        expect(shelf.underY!).toBeGreaterThan(bottom(rows[copies - 1]!.row));
        expect(shelf.underY!).toBeLessThanOrEqual(bottom(shelf.row));
        expect(bottom(shelf.row)).toBeLessThanOrEqual(bottom(machine.box));
      }
      expect(
        machineHeight(machineMetrics(replicated(structure([3], []), copies), 'roomy', 1), {
          name: 'notes',
          partitions: 3,
        }),
      ).toBeGreaterThan(
        machineHeight(machineMetrics(structure([3], []), 'roomy', 1), { name: 'notes', partitions: 3 }),
      );
    }
  });

  it('keeps notes in flight off every copy’s name and log end', () => {
    const l = layoutStage(replicated(structure([2], [['class', 1]]), 3));
    const clear = keepClear(l);
    for (const shelf of shelves(l)) for (const r of shelf.copies!) expect(clear).toContainEqual(r.row);
  });

  it('keeps the lessons’ sizes legible on a 1024x768 projector: 1-3 shelves, 3 copies, a group of 1-3', () => {
    for (const partitions of [1, 2, 3]) {
      for (const members of [1, 2, 3]) {
        const s = replicated(structure([partitions], [['class', members]]), 3);
        // Presenter mode: the whole 1024x768 screen minus a two-line caption, no chart corner.
        const l = layoutStage(s, { widthPx: 1024, heightPx: 620 }, { chart: false, offstage: { keep: [] } });
        expect(isLegible(l), `${partitions} shelves, ${members} students: zoom ${l.zoom}`).toBe(true);
      }
    }
  });

  it('still lays out five copies of many shelves, every shelf inside its machine', () => {
    const l = layoutStage(replicated(structure([12], [['class', 6]]), 5), DEFAULT_VIEWPORT);
    for (const shelf of shelves(l)) expect(shelf.copies).toHaveLength(5);
    const m = l.machines[0]!;
    for (const shelf of m.shelves) {
      expect(right(shelf.row)).toBeLessThanOrEqual(right(m.box) + 1e-6);
      expect(bottom(shelf.row)).toBeLessThanOrEqual(bottom(m.box) + 1e-6);
    }
    expect(right(m.box)).toBeLessThanOrEqual(l.width);
    expect(bottom(m.box)).toBeLessThanOrEqual(l.height);
  });
});
