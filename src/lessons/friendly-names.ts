import type { EngineEvent, Snapshot } from '../engine';

/** Names for new students, easy to say aloud in class and distinct at a glance. */
export const FRIENDLY_NAMES: readonly string[] = [
  'ana',
  'ben',
  'carla',
  'dev',
  'eva',
  'farid',
  'gus',
  'hana',
  'ivan',
  'julia',
  'kofi',
  'lena',
  'mateo',
  'nora',
  'omar',
  'priya',
  'quinn',
  'rosa',
  'sami',
  'tara',
  'umar',
  'vera',
  'wei',
  'yara',
  'zoe',
];

/** Names for new study groups: the languages the class translates into. */
export const GROUP_NAMES: readonly string[] = [
  'french',
  'german',
  'italian',
  'japanese',
  'hindi',
  'swahili',
  'portuguese',
  'arabic',
  'korean',
  'dutch',
];

/** Every member id seen in the run, current or gone, so a newcomer never reuses a name. */
export function usedMemberIds(snapshot: Snapshot, milestones: readonly EngineEvent[]): Set<string> {
  const used = new Set<string>();
  for (const g of snapshot.groups) for (const m of g.members) used.add(m.id);
  for (const e of milestones) if (e.type === 'memberAdded' || e.type === 'memberRemoved') used.add(e.member);
  return used;
}

/** The first `count` names of `names` not in `used`, then numbered ones if the list runs out. */
export function freeNames(count: number, used: ReadonlySet<string>, names = FRIENDLY_NAMES): string[] {
  const out: string[] = [];
  const taken = (n: string): boolean => used.has(n) || out.includes(n);
  for (const n of names) {
    if (out.length >= count) return out;
    if (!taken(n)) out.push(n);
  }
  for (let i = 2; out.length < count; i++) {
    for (const n of names) {
      if (out.length >= count) break;
      if (!taken(`${n}${i}`)) out.push(`${n}${i}`);
    }
  }
  return out;
}
