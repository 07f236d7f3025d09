import { describe, expect, it } from 'vitest';
import type { EngineEvent } from '../../engine';
import type { Voice } from '../../shared/lang';
import { narrate } from './narration';

const EN_CLASS: Voice = { lang: 'en', words: 'classroom' };
const EN_KAFKA: Voice = { lang: 'en', words: 'kafka' };
const ES_CLASS: Voice = { lang: 'es', words: 'classroom' };
const ES_KAFKA: Voice = { lang: 'es', words: 'kafka' };

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
          memberId: 'ben-1',
          generation: 2,
          partitions: [
            ['notes', 2],
            ['notes', 3],
          ],
        },
        3,
      ),
    ];
    expect(narrate(EN_CLASS, events)).toBe(
      'ana fell asleep. shelves shared out in class: ben now reads shelves 2 and 3',
    );
    expect(narrate(EN_KAFKA, events)).toBe(
      'ana (class) stopped polling. rebalance done in class: ben reads notes-2, notes-3',
    );
    expect(narrate(ES_CLASS, events)).toBe(
      'ana se durmió. reparto de estantes en el grupo clase: ben ahora lee los estantes 2 y 3',
    );
    expect(narrate(ES_KAFKA, events)).toBe(
      'ana (class) dejó de hacer poll. rebalanceo terminado en class: ben lee notes-2, notes-3',
    );
  });

  it('keeps a burst short enough to follow', () => {
    const events = ['a', 'b', 'c', 'd', 'e'].map((m, i) =>
      ev({ type: 'memberAdded', group: 'g', member: m }, i),
    );
    expect(narrate(EN_CLASS, events)).toBe('a joined g. b joined g. c joined g, and 2 more');
  });

  it('names one shelf, three shelves and none in Spanish', () => {
    const assigned = (member: string, partitions: [string, number][]) =>
      ev(
        {
          type: 'partitionsAssigned',
          group: 'class',
          member,
          memberId: `${member}-1`,
          generation: 3,
          partitions,
        },
        1,
      );
    expect(narrate(ES_CLASS, [assigned('ana', [['notes', 0]])])).toBe(
      'reparto de estantes en el grupo clase: ana ahora lee el estante 0',
    );
    expect(
      narrate(ES_CLASS, [
        assigned('ana', [
          ['notes', 0],
          ['notes', 1],
          ['notes', 4],
        ]),
        assigned('ben', []),
      ]),
    ).toBe(
      'reparto de estantes en el grupo clase: ana ahora lee los estantes 0, 1 y 4; ben se queda sin estante',
    );
    expect(narrate(EN_CLASS, [assigned('ben', [])])).toBe(
      'shelves shared out in class: ben now reads no shelf',
    );
  });

  it('says nothing about routine traffic', () => {
    expect(narrate(EN_KAFKA, [ev({ type: 'committed', group: 'g', member: 'a', offsets: [] }, 1)])).toBe('');
    expect(narrate(ES_CLASS, [ev({ type: 'committed', group: 'g', member: 'a', offsets: [] }, 1)])).toBe('');
  });
});
