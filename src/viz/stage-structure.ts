import type { Snapshot } from '../engine';

/**
 * What the layout depends on: the stage's furniture, not its contents. Two snapshots with the same
 * structure share one layout, so the layout is computed when a student joins or a topic appears, not on
 * every frame.
 */
export interface StageStructure {
  /**
   * Per topic: its name, its shelves, and with more than one broker `copies`, its replication factor: each
   * shelf then shows a row per copy (absent with one broker, whose picture has no copies).
   */
  readonly topics: readonly {
    readonly name: string;
    readonly partitions: number;
    readonly copies?: number;
  }[];
  readonly producers: readonly { readonly id: string; readonly topic: string }[];
  readonly groups: readonly GroupStructure[];
  /**
   * Digits of the largest offset any shelf holds or reaches within OFFSET_RESERVE_S at its writers' rates
   * (at least 3): cells widen when numbers grow, a minute before they need to.
   */
  readonly offsetDigits: number;
  /** Whether any note carries a key, so the legend of subjects needs room. */
  readonly hasKeys: boolean;
  /**
   * Topics left off the stage (presenter mode, a translator's output nobody reads): each stands as a
   * small labelled stub in the teacher's column, so the picture still says it exists.
   */
  readonly offstage?: readonly string[];
}

export interface GroupStructure {
  readonly id: string;
  readonly topics: readonly string[];
  readonly outputTopic: string | null;
  /** Consumer names, one per desk. */
  readonly members: readonly string[];
  /** Kafka member ids, parallel to `members`: a restarted consumer and its crashed incarnation share a name. */
  readonly memberIds: readonly string[];
}

/**
 * Simulated seconds of writing the cells are made wide enough for in advance. A new digit widens the
 * cells, and a wider cell moves everything (the layout fits the stage again): in the busy school at 8x
 * that came 5 and 75 wall seconds after opening, each a frame that changed about 2,000 DOM attributes
 * (600 ms of main thread on the loaded host, 280 of it layout). With a minute's reserve its cells start
 * five digits wide and next widen at page 88,000, about seven wall minutes at 8x; a lesson's teacher
 * (at most 4 notes a second) reserves 240 pages, so its three-digit cells stay until page 760.
 */
export const OFFSET_RESERVE_S = 60;

export function stageStructure(snapshot: Snapshot): StageStructure {
  // Notes a second written into each topic: its teachers', and its translators' (a member writes what it reads).
  const writing = new Map<string, number>();
  const add = (topic: string, perSec: number): void =>
    void writing.set(topic, (writing.get(topic) ?? 0) + perSec);
  for (const p of snapshot.producers) add(p.topic, p.recordsPerSec);
  for (const g of snapshot.groups)
    if (g.outputTopic !== null) for (const m of g.members) add(g.outputTopic, m.recordsPerSec);
  let maxOffset = 0;
  let hasKeys = false;
  for (const t of snapshot.topics) {
    const reserve = Math.ceil((writing.get(t.name) ?? 0) * OFFSET_RESERVE_S);
    for (const p of t.partitions) {
      maxOffset = Math.max(maxOffset, p.logEndOffset + reserve);
      if (!hasKeys) hasKeys = p.recent.some((r) => r.key !== null);
    }
  }
  return {
    topics: snapshot.topics.map((t) =>
      // With one broker nothing is replicated: the structure (and so the picture) is as it always was.
      snapshot.brokers.length > 1
        ? { name: t.name, partitions: t.partitions.length, copies: t.replicationFactor }
        : { name: t.name, partitions: t.partitions.length },
    ),
    producers: snapshot.producers.map((p) => ({ id: p.id, topic: p.topic })),
    groups: snapshot.groups.map((g) => ({
      id: g.id,
      topics: g.topics,
      outputTopic: g.outputTopic,
      members: g.members.map((m) => m.id),
      memberIds: g.members.map((m) => m.memberId),
    })),
    offsetDigits: Math.max(3, String(maxOffset).length),
    hasKeys,
  };
}

/**
 * Whether two structures are the same furniture (field by field, no strings built): the stage keeps the
 * structure it has while this holds, so the layout's memo input only changes when the furniture does.
 */
export function sameStructure(a: StageStructure, b: StageStructure): boolean {
  return (
    a.offsetDigits === b.offsetDigits &&
    a.hasKeys === b.hasKeys &&
    sameList(
      a.topics,
      b.topics,
      (x, y) => x.name === y.name && x.partitions === y.partitions && x.copies === y.copies,
    ) &&
    sameList(a.producers, b.producers, (x, y) => x.id === y.id && x.topic === y.topic) &&
    sameList(a.groups, b.groups, sameGroup)
  );
}

function sameGroup(a: GroupStructure, b: GroupStructure): boolean {
  return (
    a.id === b.id &&
    a.outputTopic === b.outputTopic &&
    sameList(a.topics, b.topics) &&
    sameList(a.members, b.members) &&
    sameList(a.memberIds, b.memberIds)
  );
}

function sameList<T>(a: readonly T[], b: readonly T[], same: (x: T, y: T) => boolean = Object.is): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (!same(a[i]!, b[i]!)) return false;
  return true;
}

/** Whether two maps hold the same entries in the same order (the stage's rates: which notes fly). */
export function sameEntries<K, V>(a: ReadonlyMap<K, V>, b: ReadonlyMap<K, V>): boolean {
  if (a.size !== b.size) return false;
  const other = b.entries();
  for (const [k, v] of a) {
    const [ok, ov] = other.next().value as [K, V];
    if (!Object.is(k, ok) || !Object.is(v, ov)) return false;
  }
  return true;
}
