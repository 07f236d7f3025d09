import type { EngineEvent } from '../../engine';
import { shownName } from '../../shared/characters';
import type { Lang, Voice } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import { CHAPTER_TYPES, describeChapter } from '../milestone-text';

/** At most this many things in one announcement; the rest are counted. */
export const MAX_ITEMS = 3;

type Partitions = readonly [string, number][];

/** "2 and 3", "2, 3 y 4": the last two joined by the language's "and". */
function list(items: readonly string[], and: string): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} ${and} ${items.at(-1)}`;
}

const kafkaList = (partitions: Partitions): string => partitions.map(([t, p]) => `${t}-${p}`).join(', ');
const numbers = (partitions: Partitions): string[] => partitions.map(([, p]) => String(p));

/** The sentences of a listener's announcement, in each language and vocabulary. */
const PHRASES: Record<
  Lang,
  Record<Words, { reads(member: string, partitions: Partitions): string; shared(group: string): string }>
> = {
  en: {
    classroom: {
      reads: (m, ps) =>
        `${m} now reads ${ps.length === 0 ? 'no shelf' : `${ps.length === 1 ? 'shelf' : 'shelves'} ${list(numbers(ps), 'and')}`}`,
      shared: (g) => `shelves shared out in ${g}`,
    },
    kafka: {
      reads: (m, ps) => `${m} reads ${ps.length === 0 ? 'no partitions' : kafkaList(ps)}`,
      shared: (g) => `rebalance done in ${g}`,
    },
  },
  es: {
    classroom: {
      reads: (m, ps) =>
        ps.length === 0
          ? `${m} se queda sin estante`
          : `${m} ahora lee ${ps.length === 1 ? 'el estante' : 'los estantes'} ${list(numbers(ps), 'y')}`,
      shared: (g) => `reparto de estantes en el grupo ${g}`,
    },
    kafka: {
      reads: (m, ps) => (ps.length === 0 ? `${m} se queda sin particiones` : `${m} lee ${kafkaList(ps)}`),
      shared: (g) => `rebalanceo terminado en ${g}`,
    },
  },
};

const MORE: Record<Lang, (n: number) => string> = { en: (n) => `, and ${n} more`, es: (n) => ` y ${n} más` };

/**
 * What a screen reader says about a batch of new events, in plain words and at a pace a listener can
 * follow: chapters ("ana fell asleep") and, after a rebalance, who reads what ("rebalance: ben now reads
 * shelves 2 and 3"). Fetches, commits and the rest are left out: they happen many times a second.
 */
export function narrate(voice: Voice, events: readonly EngineEvent[]): string {
  const say = PHRASES[voice.lang][voice.words];
  const items: string[] = [];
  const assigned = new Map<string, string[]>();
  for (const e of events) {
    if (CHAPTER_TYPES.has(e.type)) items.push(describeChapter(voice, e));
    else if (e.type === 'partitionsAssigned') {
      const found = assigned.get(e.group) ?? [];
      found.push(say.reads(e.member, e.partitions));
      assigned.set(e.group, found);
    }
  }
  for (const [group, found] of assigned)
    items.push(`${say.shared(shownName(voice, 'group', group))}: ${found.join('; ')}`);
  if (items.length <= MAX_ITEMS) return items.join('. ');
  return `${items.slice(0, MAX_ITEMS).join('. ')}${MORE[voice.lang](items.length - MAX_ITEMS)}`;
}
