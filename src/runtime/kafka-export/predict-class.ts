/**
 * What the simulator predicts a class will do on a real Kafka: where each key lands, each generation's
 * assignment, and the committed offsets and lag once a second. "Run this on real Kafka" writes it beside
 * the exported class, and the Kafka suite checks it against a real broker, so both read the same numbers.
 *
 * Pure and deterministic: the same scenario and script give the same prediction. It lives beside the export,
 * not in the engine, because only the export (loaded on its first click) and the Kafka suite use it.
 */
import { createSimulation, type RecordedCommand, type Scenario, type Snapshot } from '../../engine';

/** How often the class is looked at for assignments (a generation is caught within this much). */
const STEP_MS = 100;
/** How often committed offsets and lag are written down. */
export const PREDICTION_CHECKPOINT_MS = 1000;
/** Records per partition looked at each checkpoint to learn where keys went. */
const RECENT_RECORDS = 200;

/** A partition written as Kafka's TopicPartition.toString writes it: `notes-0`. */
export type TopicPartitionName = string;

export interface KeyPlacement {
  readonly topic: string;
  readonly key: string;
  readonly partition: number;
  /** Who wrote records with this key there: producers, or a group's members writing its output topic. */
  readonly writers: readonly string[];
}

export interface PredictedGeneration {
  readonly group: string;
  readonly generation: number;
  /** When every member had its share (the group became Stable), simulated ms since the class started. */
  readonly atMs: number;
  /** Member name -> its partitions, sorted. */
  readonly byMember: Readonly<Record<string, readonly TopicPartitionName[]>>;
}

export interface PredictedGroupOffsets {
  readonly group: string;
  /** Partition -> the group's committed offset (absent: nothing committed yet). */
  readonly committed: Readonly<Record<TopicPartitionName, number>>;
  /** Partition -> log end offset minus committed offset (the whole log when nothing is committed). */
  readonly lag: Readonly<Record<TopicPartitionName, number>>;
  readonly totalLag: number;
}

export interface PredictedCheckpoint {
  readonly atMs: number;
  readonly logEnd: Readonly<Record<TopicPartitionName, number>>;
  readonly groups: readonly PredictedGroupOffsets[];
}

export interface ClassPrediction {
  readonly untilMs: number;
  /** Keyed records: key -> partition, per topic, sorted by topic then key. */
  readonly placements: readonly KeyPlacement[];
  /** Producers without keys: the sticky partitioner spreads them, nobody can say where each one goes. */
  readonly unkeyed: readonly { readonly producer: string; readonly topic: string }[];
  readonly generations: readonly PredictedGeneration[];
  readonly checkpoints: readonly PredictedCheckpoint[];
}

const tpName = (topic: string, partition: number): TopicPartitionName => `${topic}-${partition}`;

function noteGenerations(snap: Snapshot, seen: Map<string, number>, out: PredictedGeneration[]): void {
  for (const g of snap.groups) {
    if (g.state !== 'Stable' || seen.get(g.id) === g.generation) continue;
    seen.set(g.id, g.generation);
    const byMember: Record<string, TopicPartitionName[]> = {};
    for (const m of g.members) {
      if (m.inGroup) byMember[m.id] = m.assignment.map(([t, p]) => tpName(t, p)).sort();
    }
    out.push({ group: g.id, generation: g.generation, atMs: snap.timeMs, byMember });
  }
}

function notePlacements(snap: Snapshot, found: Map<string, { partition: number; writers: Set<string> }>) {
  for (const topic of snap.topics) {
    for (const p of topic.partitions) {
      for (const r of p.recent) {
        if (r.key === null) continue;
        const id = `${topic.name}\u0000${r.key}`;
        const known = found.get(id) ?? { partition: p.partition, writers: new Set<string>() };
        // One key, two partitions would be a broken partitioner; keep the first and let tests see it.
        if (known.partition === p.partition) known.writers.add(r.writer.split('/')[0]!);
        found.set(id, known);
      }
    }
  }
}

function checkpoint(snap: Snapshot): PredictedCheckpoint {
  const logEnd: Record<TopicPartitionName, number> = {};
  for (const t of snap.topics)
    for (const p of t.partitions) logEnd[tpName(t.name, p.partition)] = p.logEndOffset;
  const groups = snap.groups.map((g) => {
    const committed: Record<TopicPartitionName, number> = {};
    const lag: Record<TopicPartitionName, number> = {};
    for (const o of g.offsets) {
      const name = tpName(o.topic, o.partition);
      if (o.committed !== null) committed[name] = o.committed;
      lag[name] = o.lag;
    }
    return { group: g.id, committed, lag, totalLag: g.totalLag };
  });
  return { atMs: snap.timeMs, logEnd, groups };
}

/**
 * Plays `scenario` with `script` (each command at its time, in order) to `untilMs` and writes down what a
 * real Kafka running the same class with Kafka's Java client should show.
 */
export function predictClass(
  scenario: Scenario,
  script: readonly RecordedCommand[],
  untilMs: number,
): ClassPrediction {
  const sim = createSimulation(scenario);
  const seen = new Map<string, number>();
  const generations: PredictedGeneration[] = [];
  const checkpoints: PredictedCheckpoint[] = [];
  const found = new Map<string, { partition: number; writers: Set<string> }>();
  let next = 0;
  for (let t = 0; t <= untilMs; t += STEP_MS) {
    while (next < script.length && script[next]!.timeMs <= t) {
      const s = script[next++]!;
      sim.advanceTo(s.timeMs);
      sim.apply(s.command);
    }
    sim.advanceTo(t);
    const atCheckpoint = t % PREDICTION_CHECKPOINT_MS === 0;
    const snap = sim.snapshot({ recentRecords: atCheckpoint ? RECENT_RECORDS : 0 });
    noteGenerations(snap, seen, generations);
    if (!atCheckpoint) continue;
    notePlacements(snap, found);
    checkpoints.push(checkpoint(snap));
  }
  const placements = [...found.entries()]
    .map(([id, v]) => {
      const [topic, key] = id.split('\u0000') as [string, string];
      return { topic, key, partition: v.partition, writers: [...v.writers].sort() };
    })
    .sort((a, b) => (a.topic === b.topic ? a.key.localeCompare(b.key) : a.topic.localeCompare(b.topic)));
  const unkeyed = scenario.producers
    .filter((p) => (p.keys?.length ?? 0) === 0)
    .map((p) => ({ producer: p.id, topic: p.topic }));
  return { untilMs, placements, unkeyed, generations, checkpoints };
}
