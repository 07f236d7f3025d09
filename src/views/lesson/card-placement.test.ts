import { describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons/course';
import { cardPlacement } from './card-placement';

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
