/**
 * Small readers for the classroom stories in this folder: find a group, a member, a partition or the events
 * of one type in what the engine returns, without repeating `find(...)!` in every test.
 */
import type {
  BrokerSpec,
  EngineEvent,
  EngineEventType,
  GroupSpec,
  GroupView,
  MemberView,
  OffsetView,
  PartitionView,
  ProducerSpec,
  Scenario,
  Simulation,
  Snapshot,
} from '../../src/engine';

export type EventOf<T extends EngineEventType> = Extract<EngineEvent, { type: T }>;

/** The logged events of one type, oldest first. */
export function eventsOf<T extends EngineEventType>(sim: Simulation, type: T): EventOf<T>[] {
  return sim.events().filter((e): e is EventOf<T> => e.type === type);
}

/** Events of one type logged at or after `fromMs` and before `toMs`. */
export function eventsBetween<T extends EngineEventType>(
  sim: Simulation,
  type: T,
  fromMs: number,
  toMs: number,
): EventOf<T>[] {
  return eventsOf(sim, type).filter((e) => e.timeMs >= fromMs && e.timeMs < toMs);
}

export function groupOf(snap: Snapshot, id: string): GroupView {
  const g = snap.groups.find((x) => x.id === id);
  if (g === undefined) throw new Error(`no group ${id} in the snapshot`);
  return g;
}

export function memberOf(snap: Snapshot, group: string, id: string): MemberView {
  const m = groupOf(snap, group).members.find((x) => x.id === id);
  if (m === undefined) throw new Error(`no member ${id} in group ${group}`);
  return m;
}

export function offsetOf(snap: Snapshot, group: string, topic: string, partition: number): OffsetView {
  const o = groupOf(snap, group).offsets.find((x) => x.topic === topic && x.partition === partition);
  if (o === undefined) throw new Error(`group ${group} does not read ${topic}-${partition}`);
  return o;
}

export function partitionOf(snap: Snapshot, topic: string, partition: number): PartitionView {
  const t = snap.topics.find((x) => x.name === topic);
  const p = t?.partitions.find((x) => x.partition === partition);
  if (p === undefined) throw new Error(`no partition ${topic}-${partition}`);
  return p;
}

/** A simulation advanced to `timeMs`, for one-line setups. */
export function runTo(sim: Simulation, timeMs: number): Simulation {
  sim.advanceTo(timeMs);
  return sim;
}

/** `[topic, partition]` pairs as `topic-partition` strings, for readable expectations. */
export function tps(list: readonly (readonly [string, number])[]): string[] {
  return list.map(([t, p]) => `${t}-${p}`);
}

export interface NotesClass {
  /** Shelves of `notes` (1). */
  readonly partitions?: number;
  readonly broker?: BrokerSpec;
  /** The teacher's rate and subjects. */
  readonly teacher: Pick<ProducerSpec, 'recordsPerSec'> & Partial<Pick<ProducerSpec, 'keys'>>;
  /** The group `class` (its members, and any setting beside `autoOffsetReset: 'earliest'`). */
  readonly group: Partial<GroupSpec> & Pick<GroupSpec, 'members'>;
}

/**
 * The stories' usual class, seed 1: the teacher writes topic `notes`, and study group `class` reads it from
 * the earliest note.
 */
export function notesClass({ partitions = 1, broker, teacher, group }: NotesClass): Scenario {
  return {
    seed: 1,
    ...(broker ? { broker } : {}),
    topics: [{ name: 'notes', partitions }],
    producers: [{ id: 'teacher', topic: 'notes', ...teacher }],
    groups: [{ id: 'class', topics: ['notes'], autoOffsetReset: 'earliest', ...group }],
  };
}
