/**
 * How big a class is, in what the stage would have to draw: shelves (partitions over all topics), desks
 * (members over all groups), machines (topics), study groups and teachers (producers).
 */
export interface ClassSize {
  readonly shelves: number;
  readonly desks: number;
  readonly topics: number;
  readonly groups: number;
  readonly producers: number;
}

/**
 * Up to these sizes the stage draws every shelf, note and desk; past any of them it draws the class as an
 * overview instead (a row per topic with its totals, a row per study group with its members counted),
 * whose size does not grow with the partitions or the students. The busy school (12 shelves, 24 desks,
 * 3 groups) is within them, drawn in full where the stage is large enough (ALWAYS_DETAILED). Past them the full picture cannot stay readable on a 1024x768 projector
 * (1,024 shelves drew 125,000 SVG elements into a strip 60 px wide) nor keep 30 frames a second on a
 * classroom laptop (1.2-2.6 fps with the CPU slowed four times).
 */
export const DETAILED_LIMITS: ClassSize = { shelves: 24, desks: 32, topics: 6, groups: 6, producers: 8 };

/** Whether a class is past the detailed picture's limits: the stage draws its overview. */
export function isLargeClass(size: ClassSize): boolean {
  return (
    size.shelves > DETAILED_LIMITS.shelves ||
    size.desks > DETAILED_LIMITS.desks ||
    size.topics > DETAILED_LIMITS.topics ||
    size.groups > DETAILED_LIMITS.groups ||
    size.producers > DETAILED_LIMITS.producers
  );
}

/**
 * Up to these shelves and desks (every lesson's class: at most 8 shelves and 5 desks) the detailed picture
 * is drawn at any stage size, as the lessons were designed. Between them and DETAILED_LIMITS (the busy
 * school: 12 shelves, 24 desks) the detailed picture is drawn only where the stage is large enough for its
 * names and numbers to reach 20 px (stage-layout.ts `isLegible`); on a smaller stage (a 1024x768 projector,
 * a 1280x720 laptop, a phone) the class is drawn as its overview, which is, unless the reader asks for
 * every shelf anyway (views/stage/picture-toggle.tsx).
 */
export const ALWAYS_DETAILED: Pick<ClassSize, 'shelves' | 'desks'> = { shelves: 8, desks: 8 };

/** Whether a class within the detailed limits is past ALWAYS_DETAILED: its picture depends on the stage's size. */
export function isCrowdedClass(size: ClassSize): boolean {
  return size.shelves > ALWAYS_DETAILED.shelves || size.desks > ALWAYS_DETAILED.desks;
}

/** The size of anything shaped like a snapshot or a scenario (a topic's partitions as a count or a list). */
export function classSize(c: {
  readonly topics: readonly { readonly partitions: number | readonly unknown[] }[];
  readonly groups: readonly { readonly members: readonly unknown[] }[];
  readonly producers: readonly unknown[];
}): ClassSize {
  let shelves = 0;
  for (const t of c.topics) shelves += typeof t.partitions === 'number' ? t.partitions : t.partitions.length;
  let desks = 0;
  for (const g of c.groups) desks += g.members.length;
  return { shelves, desks, topics: c.topics.length, groups: c.groups.length, producers: c.producers.length };
}
