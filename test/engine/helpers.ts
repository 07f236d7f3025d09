/**
 * Small readers for the classroom stories in this folder: find a group, a member, a partition or the events
 * of one type in what the engine returns, without repeating `find(...)!` in every test.
 */
import type {
  EngineEvent,
  EngineEventType,
  GroupView,
  MemberView,
  OffsetView,
  PartitionView,
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
