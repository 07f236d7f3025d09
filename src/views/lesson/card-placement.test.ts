import { describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons/course';
import { cardPlacement, placeCard } from './card-placement';

describe('cardPlacement', () => {
  it('keeps the cards away from what the step talks about', () => {
    expect(cardPlacement([{ kind: 'member', group: 'class', member: 'ben' }])).toBe('left');
    expect(cardPlacement([{ kind: 'group', group: 'class' }])).toBe('left');
    expect(cardPlacement([{ kind: 'producer', id: 'teacher' }])).toBe('right');
    expect(cardPlacement([{ kind: 'partition', topic: 'notes', partition: 0 }])).toBe('right');
    expect(cardPlacement([{ kind: 'topic', topic: 'notes' }])).toBe('right');
    expect(cardPlacement(undefined)).toBe('right');
    expect(
      cardPlacement([
        { kind: 'producer', id: 'teacher' },
        { kind: 'member', group: 'class', member: 'ana' },
      ]),
    ).toBe('center');
    expect(
      cardPlacement([
        { kind: 'topic', topic: 'notes' },
        { kind: 'member', group: 'class', member: 'ana' },
      ]),
    ).toBe('left');
  });

  it('keeps to the left while the inspector covers the right', () => {
    expect(cardPlacement([{ kind: 'producer', id: 'teacher' }], true)).toBe('left');
    expect(cardPlacement(undefined, true)).toBe('left');
  });

  it('places every step of the course', () => {
    for (const lesson of COURSE)
      for (const step of lesson.steps)
        expect(['left', 'center', 'right']).toContain(cardPlacement(step.highlight));
  });
});

describe('placeCard', () => {
  const room = { w: 1024, h: 634, top: 12, inset: 12 };
  const card = { w: 480, h: 220 };
  const covers = (p: { x: number; y: number }, b: { x: number; y: number; w: number; h: number }): boolean =>
    p.x < b.x + b.w && b.x < p.x + card.w && p.y < b.y + b.h && b.y < p.y + card.h;

  it('keeps the card clear of what the step talks about, wherever it stands', () => {
    // A group under the machine, in the middle of the bottom: the card goes above, to a side.
    const group = { x: 370, y: 360, w: 370, h: 250 };
    const machine = { x: 370, y: 10, w: 620, h: 240 };
    const teacher = { x: 20, y: 20, w: 290, h: 290 };
    const p = placeCard(room, card, [group], [machine, teacher]);
    expect(covers(p, group)).toBe(false);
    // The machine spotlit, the group free: the card keeps off the machine.
    const q = placeCard(room, card, [machine], [group, teacher]);
    expect(covers(q, machine)).toBe(false);
  });

  it('prefers empty stage to covering other furniture', () => {
    const subject = { x: 12, y: 12, w: 300, h: 300 };
    const other = { x: 532, y: 12, w: 480, h: 220 };
    const p = placeCard(room, card, [subject], [other]);
    expect(covers(p, subject)).toBe(false);
    expect(covers(p, other)).toBe(false);
  });

  it('keeps clear of an open drawer', () => {
    const drawer = { x: 604, y: 0, w: 420, h: 634 };
    const p = placeCard(room, card, [], [], [drawer]);
    expect(covers(p, drawer)).toBe(false);
  });

  it('stays inside the stage, below the room kept at the top', () => {
    const p = placeCard({ ...room, top: 64 }, card, [{ x: 0, y: 0, w: 1024, h: 300 }], []);
    expect(p.y).toBeGreaterThanOrEqual(64);
    expect(p.y + card.h).toBeLessThanOrEqual(room.h);
    expect(p.x).toBeGreaterThanOrEqual(12);
    expect(p.x + card.w).toBeLessThanOrEqual(room.w);
  });
});
