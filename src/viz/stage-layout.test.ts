import { describe, expect, it } from 'vitest';
import { bottom, intersects, right, type Box } from './geometry';
import type { StageLayout, Viewport } from './layout-types';
import { CHART_MIN_STAGE_PX, CORNER_PX, isLegible, layoutStage, sinkTopics } from './stage-layout';
import type { StageStructure } from './stage-structure';
import { structure } from '../../test/viz/fixtures';

const VIEWPORTS: Viewport[] = [
  { widthPx: 1024, heightPx: 624 },
  { widthPx: 1280, heightPx: 576 },
  { widthPx: 2560, heightPx: 1296 },
];

const SCENES: Record<string, StageStructure> = {
  'one shelf, one student': structure([1], [['class', 1]]),
  translation: structure(
    [2, 2],
    [
      ['translators', 1, 'notes', 'topic1'],
      ['spanish', 1, 'topic1'],
    ],
  ),
  'three topics': structure(
    [3, 2, 2],
    [
      ['translators', 2, 'notes', 'topic1'],
      ['editors', 1, 'topic1', 'topic2'],
      ['readers', 2, 'topic2'],
    ],
  ),
  stress: structure(
    [12],
    [
      ['english', 8],
      ['spanish', 8],
      ['french', 8],
    ],
  ),
  'sixteen groups': structure(
    [4],
    Array.from({ length: 16 }, (_, i): [string, number] => [`group${i}`, 1 + (i % 3)]),
  ),
};

function furniture(l: StageLayout): { name: string; box: Box }[] {
  return [
    ...l.teachers.map((t) => ({ name: `teacher ${t.id}`, box: t.box })),
    ...(l.legend ? [{ name: 'legend', box: l.legend.box }] : []),
    ...l.machines.map((m) => ({ name: `machine ${m.topic}`, box: m.box })),
    ...l.groups.map((g) => ({ name: `group ${g.id}`, box: g.box })),
  ];
}

const inside = (inner: Box, outer: Box, slack = 0.5): boolean =>
  inner.x >= outer.x - slack &&
  inner.y >= outer.y - slack &&
  right(inner) <= right(outer) + slack &&
  bottom(inner) <= bottom(outer) + slack;

/**
 * Stages of small windows and short lessons: 800x257 is a lesson at 800x700 (the header and the caption
 * take two rows each), 640x171 one at 640x600, 1024x310 one on a 1024x600 laptop, 384x298 the sandbox's
 * preview at 800x600. Each once threw instead of laying out.
 */
const SMALL_VIEWPORTS: Viewport[] = [
  { widthPx: 800, heightPx: 257 },
  { widthPx: 800, heightPx: 231 },
  { widthPx: 640, heightPx: 171 },
  { widthPx: 640, heightPx: 131 },
  { widthPx: 1024, heightPx: 310 },
  { widthPx: 1280, heightPx: 200 },
  { widthPx: 384, heightPx: 298 },
  { widthPx: 800, heightPx: 370 },
  { widthPx: 1000, heightPx: 360 },
  { widthPx: 50, heightPx: 50 },
];

describe.each(Object.entries(SCENES))('layout of %s', (_name, s) => {
  it.each([...VIEWPORTS, ...SMALL_VIEWPORTS])('fits $widthPx x $heightPx without overlap', (vp) => {
    const l = layoutStage(s, vp);
    const view = { x: 0, y: 0, w: l.width, h: l.height };
    // The viewBox has the viewport's aspect ratio, so the picture fills the stage.
    expect(l.width / l.height).toBeCloseTo(vp.widthPx / vp.heightPx, 3);
    const items = furniture(l);
    for (const a of items) expect(inside(a.box, view), `${a.name} inside the stage`).toBe(true);
    for (let i = 0; i < items.length; i++) {
      for (let j = i + 1; j < items.length; j++) {
        expect(intersects(items[i]!.box, items[j]!.box), `${items[i]!.name} vs ${items[j]!.name}`).toBe(
          false,
        );
      }
    }
    // The chart's corner stays free.
    for (const a of items) expect(intersects(a.box, l.corner), `${a.name} in the chart's corner`).toBe(false);
    for (const m of l.machines) {
      for (const sh of m.shelves) {
        expect(inside(sh.row, m.box)).toBe(true);
        expect(sh.tape.w).toBeCloseTo(sh.slots * sh.cellW, 6);
        expect(sh.slots).toBeGreaterThanOrEqual(5);
      }
      for (let i = 1; i < m.shelves.length; i++) {
        for (let j = 0; j < i; j++) expect(intersects(m.shelves[i]!.row, m.shelves[j]!.row)).toBe(false);
      }
    }
    for (const g of l.groups) {
      for (const d of g.desks) expect(inside(d.box, g.box), `${d.member} at ${g.id}`).toBe(true);
      for (let i = 1; i < g.desks.length; i++) {
        for (let j = 0; j < i; j++) expect(intersects(g.desks[i]!.box, g.desks[j]!.box)).toBe(false);
      }
    }
  });
});

describe('stage layout', () => {
  it('reads left to right: teacher, machine, students', () => {
    const l = layoutStage(SCENES.translation!, VIEWPORTS[0]);
    const teacher = l.teachers[0]!.box;
    const machine = l.machines[0]!.box;
    for (const g of l.groups) expect(g.box.x).toBeGreaterThan(right(machine));
    expect(machine.x).toBeGreaterThan(right(teacher));
  });

  it('puts the machine a group writes below the one it reads, with its readers beside it', () => {
    const l = layoutStage(SCENES.translation!, VIEWPORTS[0]);
    const [notes, notas] = l.machines;
    expect(notas!.box.y).toBeGreaterThan(bottom(notes!.box));
    const spanish = l.groups.find((g) => g.id === 'spanish')!;
    expect(spanish.box.y).toBeGreaterThanOrEqual(notas!.box.y - 0.5);
  });

  it('keeps a small class readable on a 1024x768 projector', () => {
    expect(layoutStage(SCENES['one shelf, one student']!, VIEWPORTS[0]).zoom).toBeGreaterThanOrEqual(1);
    expect(layoutStage(SCENES.translation!, VIEWPORTS[0]).zoom).toBeGreaterThanOrEqual(1);
  });

  it('grows the picture on a big screen, up to a limit', () => {
    const small = layoutStage(SCENES['one shelf, one student']!, VIEWPORTS[0]);
    const big = layoutStage(SCENES['one shelf, one student']!, VIEWPORTS[2]);
    expect(big.zoom).toBeGreaterThan(1.9 * small.zoom);
    expect(big.zoom).toBeLessThanOrEqual(2.4);
  });

  it('is a pure function of structure and viewport', () => {
    expect(layoutStage(SCENES.stress!, VIEWPORTS[1])).toEqual(layoutStage(SCENES.stress!, VIEWPORTS[1]));
  });

  it('lays out any stage from 50 px up, keeping the corner only where the page shows the chart', () => {
    const s = SCENES.translation!;
    for (let w = 50; w <= 2600; w += 110) {
      for (let h = 50; h <= 1400; h += 45) {
        const l = layoutStage(s, { widthPx: w, heightPx: h });
        expect(l.width / l.height, `${w}x${h}`).toBeCloseTo(w / h, 3);
        if (h < CHART_MIN_STAGE_PX) {
          expect(l.corner.w, `no corner at ${w}x${h}`).toBe(0);
        } else {
          expect(l.corner.w * l.zoom, `corner at ${w}x${h}`).toBeCloseTo(CORNER_PX.w, 6);
          expect(bottom(l.corner)).toBeCloseTo(l.height, 6);
        }
      }
    }
  });

  it('gives a short stage to the picture: readable, not squeezed above the chart', () => {
    // A lesson at 800x700: the picture stays as large as a 1024x768 projector shows it, nearly.
    expect(layoutStage(SCENES['one shelf, one student']!, SMALL_VIEWPORTS[0]).zoom).toBeGreaterThan(0.7);
    expect(layoutStage(SCENES.translation!, { widthPx: 1024, heightPx: 310 }).zoom).toBeGreaterThan(0.6);
  });

  it('falls back to the projector size before the stage is measured', () => {
    expect(layoutStage(SCENES.translation!, { widthPx: 0, heightPx: 0 })).toEqual(
      layoutStage(SCENES.translation!, VIEWPORTS[0]),
    );
  });
});

describe('presenter mode', () => {
  // Calling-backup: four shelves read by a translating group of five, writing four shelves nobody reads.
  const backup = structure([4, 4], [['translators', 5, 'notes', 'topic1']]);
  const projector: Viewport = { widthPx: 1024, heightPx: 634 };
  const wide: Viewport = { widthPx: 1280, heightPx: 577 };

  it('finds the machine nobody reads', () => {
    expect(sinkTopics(backup)).toEqual(['topic1']);
    expect(sinkTopics(SCENES.translation!)).toEqual([]);
  });

  it('leaves a machine nobody reads off the stage when that makes names and numbers 20 px', () => {
    for (const vp of [projector, wide]) {
      const all = layoutStage(backup, vp, { chart: false });
      expect(isLegible(all)).toBe(false);
      const shown = layoutStage(backup, vp, { chart: false, offstage: { keep: [] } });
      expect(isLegible(shown)).toBe(true);
      expect(shown.machines.map((m) => m.topic)).toEqual(['notes']);
      // The group and its five desks are all there.
      expect(shown.groups[0]!.desks).toHaveLength(5);
      // The machine left off still stands as a stub in the teacher's column, on the stage, clear of the rest.
      expect(shown.offstage?.map((o) => o.topic)).toEqual(['topic1']);
      const stub = shown.offstage![0]!.box;
      expect(stub.x).toBeGreaterThanOrEqual(0);
      expect(bottom(stub)).toBeLessThanOrEqual(shown.height);
      expect(right(stub)).toBeLessThanOrEqual(shown.machines[0]!.box.x);
      const others = [
        ...shown.teachers.map((t) => t.box),
        ...(shown.legend ? [shown.legend.box] : []),
        ...shown.machines.map((m) => m.box),
        ...shown.groups.map((g) => g.box),
      ];
      for (const o of others) expect(intersects(stub, o)).toBe(false);
    }
  });

  it('keeps a machine the step talks about, and keeps everything when it is legible anyway', () => {
    const kept = layoutStage(backup, projector, { chart: false, offstage: { keep: ['topic1'] } });
    expect(kept.machines.map((m) => m.topic)).toEqual(['notes', 'topic1']);
    expect(kept.offstage).toBeUndefined();
    const small = structure([2, 2], [['translators', 1, 'notes', 'topic1']]);
    const l = layoutStage(small, projector, { chart: false, offstage: { keep: [] } });
    expect(l.machines.map((m) => m.topic)).toEqual(['notes', 'topic1']);
    expect(isLegible(l)).toBe(true);
  });
});
