import { Interner } from '../../shared/interner';
import type { FlightInput } from '../../viz/flight-scene';

/**
 * The flights' part of a snapshot as the page posts it to the painter each frame: its numbers in one
 * Float64Array (handed over to the worker, not copied), its names (topics, subjects, writers, groups,
 * students) as numbers into a list both sides keep, with only the names new since the last post.
 * Posted as objects, the busy school's world was over 300 of them a frame (288 recent notes of four
 * fields each), and copying them for the worker (structured clone) was the largest part of an ordinary
 * frame's script with the CPU slowed four times (issue 12).
 */
export interface PackedWorld {
  readonly numbers: Float64Array;
  /** Names first used by this world, in the order they are numbered after the ones posted before. */
  readonly names: readonly string[];
}

/** The page's side of the names: each name's number, given once and kept for the painter's life. */
export class NameTable {
  private readonly interner = new Interner();

  get size(): number {
    return this.interner.names.length;
  }

  /** The name's number (-1 for none), numbering it if it is new. */
  id(name: string | null): number {
    return name === null ? -1 : this.interner.intern(name);
  }

  since(size: number): string[] {
    return this.interner.names.slice(size);
  }
}

/** How many numbers packWorld writes for `world`: the array is made once, at its size. */
function packedLength(world: FlightInput): number {
  let n = 3;
  for (const t of world.topics) {
    n += 2;
    for (const p of t.partitions) n += 4 + 4 * p.recent.length;
  }
  n += 3 * world.producers.length;
  for (const g of world.groups) {
    n += 3;
    for (const m of g.members) n += 4 + 4 * m.batch.length;
  }
  return n;
}

/** Packs a world (a snapshot will do: it holds every field of FlightInput); see unpackWorld. */
export function packWorld(world: FlightInput, table: NameTable): PackedWorld {
  const known = table.size;
  const out = new Float64Array(packedLength(world));
  let at = 0;
  const put = (x: number): void => {
    out[at++] = x;
  };
  const name = (s: string | null): void => put(table.id(s));
  put(world.topics.length);
  for (const t of world.topics) {
    name(t.name);
    put(t.partitions.length);
    for (const p of t.partitions) {
      put(p.partition);
      put(p.logStartOffset);
      put(p.logEndOffset);
      put(p.recent.length);
      for (const r of p.recent) {
        put(r.offset);
        name(r.key);
        put(r.timestamp);
        name(r.writer);
      }
    }
  }
  put(world.producers.length);
  for (const p of world.producers) {
    name(p.id);
    name(p.topic);
    put(p.recordsPerSec);
  }
  put(world.groups.length);
  for (const g of world.groups) {
    name(g.id);
    name(g.outputTopic);
    put(g.members.length);
    for (const m of g.members) {
      name(m.id);
      put(m.recordsPerSec);
      put(m.lastPollMs);
      put(m.batch.length);
      for (const b of m.batch) {
        name(b.topic);
        put(b.partition);
        put(b.fromOffset);
        put(b.toOffset);
      }
    }
  }
  return { numbers: out, names: table.since(known) };
}

/**
 * The world packWorld packed, as the plain objects flightScene reads (in the painter, off the page).
 * `names`: the painter's list of the names posted so far, which the world's new names join.
 */
export function unpackWorld({ numbers, names: fresh }: PackedWorld, names: string[]): FlightInput {
  names.push(...fresh);
  let at = 0;
  const next = (): number => numbers[at++]!;
  const name = (): string => names[next()]!;
  const maybeName = (): string | null => {
    const i = next();
    return i < 0 ? null : names[i]!;
  };
  const times = <T>(read: () => T): T[] => {
    const n = next();
    const list: T[] = [];
    for (let i = 0; i < n; i++) list.push(read());
    return list;
  };
  // Object literals are evaluated in the order written: the fields read the numbers in packing order.
  const topics = times(() => ({
    name: name(),
    partitions: times(() => ({
      partition: next(),
      logStartOffset: next(),
      logEndOffset: next(),
      recent: times(() => ({ offset: next(), key: maybeName(), timestamp: next(), writer: name() })),
    })),
  }));
  const producers = times(() => ({ id: name(), topic: name(), recordsPerSec: next() }));
  const groups = times(() => ({
    id: name(),
    outputTopic: maybeName(),
    members: times(() => ({
      id: name(),
      recordsPerSec: next(),
      lastPollMs: next(),
      batch: times(() => ({ topic: name(), partition: next(), fromOffset: next(), toOffset: next() })),
    })),
  }));
  return { topics, producers, groups };
}
