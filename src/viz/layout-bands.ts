import type { GroupStructure, StageStructure } from './stage-structure';

/**
 * The stage reads top to bottom in bands, one per topic: the teacher and her machine first, then each
 * machine a group writes into below the one it reads, each with its readers beside it.
 */
export interface Band {
  readonly topic: { readonly name: string; readonly partitions: number };
  readonly producers: readonly { readonly id: string; readonly topic: string }[];
  readonly groups: readonly GroupStructure[];
}

/** Depth of a topic: 0 when a producer writes it, one more than the topic a group reads to write it. */
function depths(s: StageStructure): Map<string, number> {
  const depth = new Map<string, number>();
  for (const t of s.topics) depth.set(t.name, s.producers.some((p) => p.topic === t.name) ? 0 : Infinity);
  // Relax a few times: chains of translators are short.
  for (const _pass of s.topics) {
    for (const g of s.groups) {
      if (g.outputTopic === null) continue;
      const from = Math.min(...g.topics.map((t) => depth.get(t) ?? Infinity));
      const to = depth.get(g.outputTopic) ?? Infinity;
      if (from + 1 < to) depth.set(g.outputTopic, from + 1);
    }
  }
  return depth;
}

export function stageBands(s: StageStructure): Band[] {
  const depth = depths(s);
  const order = s.topics
    .map((t, i) => ({ t, i, d: depth.get(t.name) ?? Infinity }))
    .sort((a, b) => (a.d === b.d ? a.i - b.i : a.d === Infinity ? 1 : b.d === Infinity ? -1 : a.d - b.d))
    .map((x) => x.t);
  const first = order[0]?.name;
  return order.map((topic) => ({
    topic,
    producers: s.producers.filter((p) => p.topic === topic.name),
    // A group sits beside the first topic it reads; a group reading nothing known sits in the first band.
    groups: s.groups.filter((g) => {
      const home = order.find((t) => g.topics.includes(t.name))?.name ?? first;
      return home === topic.name;
    }),
  }));
}
