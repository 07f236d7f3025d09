import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine';
import { narrate } from './narration';

const ev = (body: object, id: number): EngineEvent => ({ ...body, id, timeMs: id * 100 }) as EngineEvent;

describe('narration', () => {
  it('tells chapters and who reads what after a rebalance, in both vocabularies', () => {
    const events = [
      ev({ type: 'memberSlept', group: 'class', member: 'ana' }, 1),
      ev(
        {
          type: 'fetched',
          group: 'class',
          member: 'ben',
          topic: 'notes',
          partition: 0,
          fromOffset: 0,
          toOffset: 3,
          again: 0,
        },
        2,
      ),
      ev(
        {
          type: 'partitionsAssigned',
          group: 'class',
          member: 'ben',
          generation: 2,
          partitions: [
            ['notes', 2],
            ['notes', 3],
          ],
        },
        3,
      ),
    ];
    expect(narrate(events, 'classroom')).toBe(
      'ana fell asleep. shelves shared out in class: ben now reads shelves 2 and 3',
    );
    expect(narrate(events, 'kafka')).toBe(
      'ana (class) stopped polling. rebalance done in class: ben reads notes-2, notes-3',
    );
  });

  it('keeps a burst short enough to follow', () => {
    const events = ['a', 'b', 'c', 'd', 'e'].map((m, i) =>
      ev({ type: 'memberAdded', group: 'g', member: m }, i),
    );
    expect(narrate(events, 'classroom')).toBe('a joined g. b joined g. c joined g, and 2 more');
  });

  it('says nothing about routine traffic', () => {
    expect(narrate([ev({ type: 'committed', group: 'g', member: 'a', offsets: [] }, 1)], 'kafka')).toBe('');
  });
});
