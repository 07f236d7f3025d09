import type { Snapshot } from '../engine';

/**
 * What the layout depends on: the stage's furniture, not its contents. Two snapshots with the same
 * structure share one layout, so the layout is computed when a student joins or a topic appears, not on
 * every frame.
 */
export interface StageStructure {
  readonly topics: readonly { readonly name: string; readonly partitions: number }[];
  readonly producers: readonly { readonly id: string; readonly topic: string }[];
  readonly groups: readonly GroupStructure[];
  /** Digits of the largest offset on any shelf (at least 3): cells widen when numbers grow. */
  readonly offsetDigits: number;
  /** Whether any note carries a key, so the legend of subjects needs room. */
  readonly hasKeys: boolean;
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

export function stageStructure(snapshot: Snapshot): StageStructure {
  let maxOffset = 0;
  let hasKeys = false;
  for (const t of snapshot.topics) {
    for (const p of t.partitions) {
      maxOffset = Math.max(maxOffset, p.logEndOffset);
      if (!hasKeys) hasKeys = p.recent.some((r) => r.key !== null);
    }
  }
  return {
    topics: snapshot.topics.map((t) => ({ name: t.name, partitions: t.partitions.length })),
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

/** A string that changes exactly when the structure does: the memo key of the layout. */
export function structureKey(structure: StageStructure): string {
  return JSON.stringify(structure);
}
