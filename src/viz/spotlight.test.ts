import { describe, expect, it } from 'vitest';
import { SPOTLIGHT_PAD, spotlightBoxes, veilPath } from './spotlight';
import type { StageLayout } from './layout-types';

const box = (x: number, y: number, w: number, h: number) => ({ x, y, w, h });

const layout = {
  width: 1000,
  height: 600,
  teachers: [{ id: 'teacher', topic: 'notes', box: box(10, 10, 100, 200), hand: { x: 0, y: 0 } }],
  machines: [
    {
      topic: 'notes',
      box: box(200, 10, 400, 300),
      header: box(200, 10, 400, 40),
      shelves: [{ topic: 'notes', partition: 0, row: box(210, 60, 380, 60) }],
    },
  ],
  groups: [
    { id: 'class', box: box(700, 10, 250, 300), desks: [{ member: 'ana', box: box(710, 100, 230, 80) }] },
  ],
} as unknown as StageLayout;

describe('spotlight', () => {
  it('finds each highlighted subject on the stage, with room around it', () => {
    const boxes = spotlightBoxes(layout, [
      { kind: 'producer', id: 'teacher' },
      { kind: 'partition', topic: 'notes', partition: 0 },
      { kind: 'member', group: 'class', member: 'ana' },
      { kind: 'group', group: 'nobody' },
    ]);
    expect(boxes).toEqual([
      box(10 - SPOTLIGHT_PAD, 10 - SPOTLIGHT_PAD, 100 + 2 * SPOTLIGHT_PAD, 200 + 2 * SPOTLIGHT_PAD),
      box(210 - SPOTLIGHT_PAD, 60 - SPOTLIGHT_PAD, 380 + 2 * SPOTLIGHT_PAD, 60 + 2 * SPOTLIGHT_PAD),
      box(710 - SPOTLIGHT_PAD, 100 - SPOTLIGHT_PAD, 230 + 2 * SPOTLIGHT_PAD, 80 + 2 * SPOTLIGHT_PAD),
    ]);
  });

  it('veils the whole stage with one hole per box', () => {
    const d = veilPath(1000, 600, [box(10, 10, 100, 50), box(500, 200, 80, 80)]);
    expect(d.startsWith('M0,0H1000V600H0Z')).toBe(true);
    expect(d.match(/Z/g)).toHaveLength(3);
  });
});
