/**
 * A short tag per consumer group ("E" for english, "S" for spanish), drawn on its bookmarks and beside its
 * name, so a group is recognisable without its colour. Colliding initials grow to two letters ("Sp", "Sc").
 */
export function groupTags(ids: readonly string[]): Map<string, string> {
  const initial = (id: string): string => (id[0] ?? '?').toUpperCase();
  const counts = new Map<string, number>();
  for (const id of ids) counts.set(initial(id), (counts.get(initial(id)) ?? 0) + 1);
  const tags = new Map<string, string>();
  const used = new Set<string>();
  for (const id of ids) {
    let tag = initial(id);
    if ((counts.get(tag) ?? 0) > 1) tag = tag + (id[1] ?? '').toLowerCase();
    // Still taken (e.g. "spanish" and "spelling"): number it, which stays short and unique.
    let n = 2;
    const base = tag;
    while (used.has(tag)) tag = `${base}${n++}`;
    used.add(tag);
    tags.set(id, tag);
  }
  return tags;
}
