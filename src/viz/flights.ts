import type { Snapshot } from '../engine';
import type { Point } from './geometry';
import type { ShelfLayout } from './layout-types';
import { arcPoint, liftFor, tripProgress } from './flight-path';
import { cellCenter } from './tape';
import { FETCH_MS, FETCH_STAGGER_MS, FLIGHT_MS, MAX_CARDS, MAX_CARDS_PER_LANE } from './stage-metrics';

/**
 * Notes in flight, as sprites: written notes fly from their writer (the teacher, or a translator's desk) to
 * their shelf; fetched notes fly from the shelf to the reader's desk. At high rates only a few cards per
 * lane are drawn, chosen by offset so the same cards stay drawn from frame to frame, plus a count.
 */
export interface Card {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly opacity: number;
  readonly offset: number;
  readonly key: string | null;
  readonly kind: 'write' | 'fetch';
  /** Size relative to a cell: a fetched copy shrinks into the student's hands instead of covering her name. */
  readonly scale: number;
}

export interface Badge {
  readonly id: string;
  readonly x: number;
  readonly y: number;
  readonly count: number;
}

export interface Flights {
  readonly cards: Card[];
  readonly badges: Badge[];
}

export interface FlightRecord {
  readonly offset: number;
  readonly key: string | null;
  readonly timestamp: number;
  readonly writer: string;
}

export interface WriteLane {
  readonly shelf: ShelfLayout;
  /** The tape's drawn end (see tapeView), so a card lands on its cell even while the tape slides. */
  readonly end: number;
  readonly records: readonly FlightRecord[];
}

export interface Writer {
  readonly from: Point;
  /** Notes per second this writer sends to one shelf: sets how sparsely cards are drawn. */
  readonly perShelfRate: number;
  /** A translator at a desk: the note leaves his hands small and grows, clear of his name. */
  readonly fromDesk?: boolean;
}

/** Draw one card in `stride` so that about MAX_CARDS_PER_LANE are in the air per lane. */
export function strideFor(perShelfRate: number, durationMs: number): number {
  return Math.max(1, Math.ceil((perShelfRate * durationMs) / 1000 / MAX_CARDS_PER_LANE));
}

/**
 * Notes per second each writer sends to one of its shelves: the teacher's rate shared over her topic's
 * partitions, a translator's over his output topic's. Keys are writer ids as records carry them.
 */
export function perShelfRates(snapshot: {
  readonly topics: readonly { readonly name: string; readonly partitions: readonly unknown[] }[];
  readonly producers: readonly Pick<Snapshot['producers'][number], 'id' | 'topic' | 'recordsPerSec'>[];
  readonly groups: readonly {
    readonly id: string;
    readonly outputTopic: string | null;
    readonly members: readonly { readonly id: string; readonly recordsPerSec: number }[];
  }[];
}): Map<string, number> {
  const partitions = (topic: string | null): number =>
    Math.max(1, snapshot.topics.find((t) => t.name === topic)?.partitions.length ?? 1);
  const rates = new Map<string, number>();
  for (const p of snapshot.producers) rates.set(p.id, p.recordsPerSec / partitions(p.topic));
  for (const g of snapshot.groups) {
    if (g.outputTopic === null) continue;
    for (const m of g.members) rates.set(`${g.id}/${m.id}`, m.recordsPerSec / partitions(g.outputTopic));
  }
  return rates;
}

/** Notes per simulated second arriving on each shelf of each topic, from all its writers. */
export function topicShelfRates(snapshot: Snapshot): Map<string, number> {
  const byTopic = new Map<string, number>();
  const add = (topic: string | null, perShelf: number): void => {
    if (topic !== null) byTopic.set(topic, (byTopic.get(topic) ?? 0) + perShelf);
  };
  const partitions = (topic: string | null): number =>
    Math.max(1, snapshot.topics.find((t) => t.name === topic)?.partitions.length ?? 1);
  for (const p of snapshot.producers) add(p.topic, p.recordsPerSec / partitions(p.topic));
  for (const g of snapshot.groups) {
    for (const m of g.members) add(g.outputTopic, m.recordsPerSec / partitions(g.outputTopic));
  }
  return byTopic;
}

/** Whether a note is one of those drawn in flight; the others land at once (the count stands for them). */
export function flies(offset: number, perShelfRate: number | undefined): boolean {
  return perShelfRate === undefined || offset % strideFor(perShelfRate, FLIGHT_MS) === 0;
}

export function writeFlights(
  lanes: readonly WriteLane[],
  writers: ReadonlyMap<string, Writer>,
  renderTime: number,
  reduced: boolean,
  budget = MAX_CARDS,
): Flights {
  const cards: Card[] = [];
  const hidden = new Map<string, number>();
  // With reduced motion the cells fade in on their shelves instead (see tape.landed).
  if (reduced) return { cards, badges: [] };
  for (const lane of lanes) {
    let drawn = 0;
    // Oldest first: the cards nearest to landing are the ones kept when the lane is full.
    for (const r of lane.records) {
      const t = tripProgress(renderTime - r.timestamp, FLIGHT_MS);
      if (t === null) continue;
      const writer = writers.get(r.writer);
      if (!writer) continue;
      if (!flies(r.offset, writer.perShelfRate) || drawn >= MAX_CARDS_PER_LANE || cards.length >= budget) {
        hidden.set(r.writer, (hidden.get(r.writer) ?? 0) + 1);
        continue;
      }
      const to = cellCenter(lane.shelf, lane.end, r.offset);
      // A high arc: the note passes over the machine's other shelves rather than across them.
      const p = arcPoint(writer.from, to, t, liftFor(writer.from, to) * 0.9);
      cards.push({
        id: `w:${lane.shelf.topic}:${lane.shelf.partition}:${r.offset}`,
        x: p.x,
        y: p.y,
        opacity: 1,
        offset: r.offset,
        key: r.key,
        kind: 'write',
        scale: writer.fromDesk ? FETCH_LANDING_SCALE + (1 - FETCH_LANDING_SCALE) * t : 1,
      });
      drawn++;
    }
  }
  const badges: Badge[] = [];
  for (const [writer, count] of hidden) {
    const from = writers.get(writer)!.from;
    badges.push({ id: `w:${writer}`, x: from.x + 20, y: from.y - 26, count });
  }
  return { cards, badges };
}

export interface FetchLane {
  readonly id: string;
  readonly shelf: ShelfLayout;
  readonly end: number;
  readonly fromOffset: number;
  /** Exclusive. */
  readonly toOffset: number;
  /** Keys of the fetched records that are still on the drawn part of the shelf. */
  readonly keyOf: (offset: number) => string | null;
  readonly desk: Point;
  readonly polledAt: number;
  /** When a record's own flight onto the shelf ends: its copy leaves only after it has landed. */
  readonly landsAt: (offset: number) => number;
}

/**
 * How small a fetched copy is when it reaches the desk: it lands on the student's figure (the desk's
 * anchor) and must leave the name beside it readable, however narrow the desk.
 */
export const FETCH_LANDING_SCALE = 0.45;

/** The records a batch is drawn with: all of a small one, or its first, middle and last. */
export function batchPicks(fromOffset: number, toOffset: number): number[] {
  const n = toOffset - fromOffset;
  if (n <= MAX_CARDS_PER_LANE) return Array.from({ length: Math.max(0, n) }, (_, i) => fromOffset + i);
  return [fromOffset, fromOffset + Math.floor((n - 1) / 2), toOffset - 1];
}

/**
 * When card `i` of a fetched batch leaves its shelf: once the poll is made and its note has landed there
 * (`landsAt`; at once in reduced motion), a stagger after the card before it. It lands FETCH_MS later,
 * and only then is its note on the student's pile (desk-landings.ts).
 */
export function fetchStart(polledAt: number, landsAt: number, i: number, reduced: boolean): number {
  return Math.max(polledAt, reduced ? -Infinity : landsAt) + i * FETCH_STAGGER_MS;
}

export function fetchFlights(
  lanes: readonly FetchLane[],
  renderTime: number,
  reduced: boolean,
  budget = MAX_CARDS,
): Flights {
  const cards: Card[] = [];
  const badges: Badge[] = [];
  for (const lane of lanes) {
    const age = renderTime - lane.polledAt;
    const picks = batchPicks(lane.fromOffset, lane.toOffset);
    if (age < 0) continue;
    const drawn: Card[] = [];
    picks.forEach((offset, i) => {
      if (cards.length + drawn.length >= budget) return;
      const start = fetchStart(lane.polledAt, lane.landsAt(offset), i, reduced);
      const a = renderTime - start;
      const t = tripProgress(a, FETCH_MS);
      if (t === null) return;
      const from = cellCenter(lane.shelf, lane.end, offset);
      // Reduced motion: the copy appears at the desk and fades in, no travel.
      const p = reduced ? lane.desk : arcPoint(from, lane.desk, t, liftFor(from, lane.desk) * 0.35);
      drawn.push({
        id: `f:${lane.id}:${offset}`,
        x: p.x,
        y: p.y,
        opacity: reduced ? a / FETCH_MS : 1,
        offset,
        key: lane.keyOf(offset),
        kind: 'fetch',
        scale: reduced ? FETCH_LANDING_SCALE : 1 - (1 - FETCH_LANDING_SCALE) * t,
      });
    });
    // The rest of a big batch travels as a count pinned to the middle card of the three.
    const rest = lane.toOffset - lane.fromOffset - picks.length;
    const carrier = drawn[Math.min(1, drawn.length - 1)];
    if (rest > 0 && carrier)
      badges.push({ id: `f:${lane.id}`, x: carrier.x + 22, y: carrier.y - 22, count: rest });
    cards.push(...drawn);
  }
  return { cards, badges };
}

/**
 * Cards over each other read as one number ("4" half under "27" reads "427"): of two cards whose boxes
 * overlap by more than a sliver, the one drawn first (nearest to landing) stays and the other is left
 * out, counted on a badge by the card that stayed. Cards are `w` x `h` units at scale 1.
 */
export function separateCards(flights: Flights, w: number, h: number): Flights {
  const kept: Card[] = [];
  const dropped = new Map<Card, number>();
  for (const c of flights.cards) {
    const over = kept.find((k) => {
      const ox = (w * (k.scale + c.scale)) / 2 - Math.abs(k.x - c.x);
      const oy = (h * (k.scale + c.scale)) / 2 - Math.abs(k.y - c.y);
      return ox > 3 && oy > 3;
    });
    if (over) dropped.set(over, (dropped.get(over) ?? 0) + 1);
    else kept.push(c);
  }
  const badges = [...flights.badges];
  for (const [card, count] of dropped) {
    const pinned = badges.findIndex((b) => Math.hypot(b.x - card.x, b.y - card.y) < 40);
    if (pinned >= 0) badges[pinned] = { ...badges[pinned]!, count: badges[pinned]!.count + count };
    else badges.push({ id: `o:${card.id}`, x: card.x + 22, y: card.y - 22, count });
  }
  return { cards: kept, badges };
}
