import type { EngineEvent } from '../../engine';
import type { Words } from '../../store/simulator-store';
import { CHAPTER_TYPES, describeChapter } from '../controls/milestone-text';

/** At most this many things in one announcement; the rest are counted. */
export const MAX_ITEMS = 3;

function shelves(partitions: readonly [string, number][], words: Words): string {
  if (partitions.length === 0) return words === 'kafka' ? 'no partitions' : 'no shelf';
  if (words === 'kafka') return partitions.map(([t, p]) => `${t}-${p}`).join(', ');
  const ps = partitions.map(([, p]) => String(p));
  return `${ps.length === 1 ? 'shelf' : 'shelves'} ${ps.slice(0, -1).join(', ')}${ps.length > 1 ? ' and ' : ''}${ps[ps.length - 1]}`;
}

/**
 * What a screen reader says about a batch of new events, in plain words and at a pace a listener can
 * follow: chapters ("ana fell asleep") and, after a rebalance, who reads what ("rebalance: ben now reads
 * shelves 2 and 3"). Fetches, commits and the rest are left out: they happen many times a second.
 */
export function narrate(events: readonly EngineEvent[], words: Words): string {
  const items: string[] = [];
  const assigned = new Map<string, string[]>();
  for (const e of events) {
    if (CHAPTER_TYPES.has(e.type)) items.push(describeChapter(e, words));
    else if (e.type === 'partitionsAssigned') {
      const list = assigned.get(e.group) ?? [];
      list.push(`${e.member} ${words === 'kafka' ? 'reads' : 'now reads'} ${shelves(e.partitions, words)}`);
      assigned.set(e.group, list);
    }
  }
  for (const [group, list] of assigned) {
    items.push(
      `${words === 'kafka' ? 'rebalance done in' : 'shelves shared out in'} ${group}: ${list.join('; ')}`,
    );
  }
  if (items.length <= MAX_ITEMS) return items.join('. ');
  return `${items.slice(0, MAX_ITEMS).join('. ')}, and ${items.length - MAX_ITEMS} more`;
}
