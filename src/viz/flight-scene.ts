import type { FetchedRangeView, RecordView, Snapshot } from '../engine';
import {
  fetchFlights,
  flies,
  perShelfRates,
  separateCards,
  writeFlights,
  type Badge,
  type Card,
  type FetchLane,
  type WriteLane,
  type Writer,
} from './flights';
import { landsOnShelf } from './desk-landings';
import type { Box } from './geometry';
import { cellNumberBoxes } from './keep-clear';
import type { StageLayout } from './layout-types';
import { shelfKey } from './shelf-marks';
import { FETCH_MS, FETCH_STAGGER_MS, FLIGHT_MS, MAX_CARDS, MAX_WRITE_CARDS } from './stage-metrics';
import { isStream, tapeView } from './tape';
import { deskKey, type StageIndex } from './stage-index';

/** What the flights layer needs besides the moment: the furniture and how the shelves are drawn. */
export interface FlightSetting {
  layout: StageLayout;
  index: StageIndex;
  reduced: boolean;
  /** Notes per simulated second per shelf, by topic: streams do not slide (see tape.isStream). */
  turnover: ReadonlyMap<string, number>;
}

export interface FlightScene {
  cards: Card[];
  badges: Badge[];
  /**
   * The page numbers on the shelves while anything flies (keep-clear.ts cellNumberBoxes), which the cards
   * pass under; empty when nothing does.
   */
  numbers: Box[];
}

/**
 * What of a snapshot the flights read: the shelves' ends and newest notes, each reader's last poll and
 * batch, and each writer's rate. It is what the page posts to the worker that paints the flights when the
 * world changes (a snapshot's other parts would only be cloned for nothing); a Snapshot is one.
 */
export interface FlightInput {
  readonly topics: readonly {
    readonly name: string;
    readonly partitions: readonly {
      readonly partition: number;
      readonly logStartOffset: number;
      readonly logEndOffset: number;
      readonly recent: readonly Pick<RecordView, 'offset' | 'key' | 'timestamp' | 'writer'>[];
    }[];
  }[];
  readonly producers: readonly Pick<Snapshot['producers'][number], 'id' | 'topic' | 'recordsPerSec'>[];
  readonly groups: readonly {
    readonly id: string;
    readonly outputTopic: string | null;
    readonly members: readonly {
      readonly id: string;
      readonly recordsPerSec: number;
      readonly lastPollMs: number;
      readonly batch: readonly FetchedRangeView[];
    }[];
  }[];
}

/** The flights' part of a snapshot, as plain new objects (see FlightInput). */
export function flightInput(snapshot: Snapshot): FlightInput {
  return {
    topics: snapshot.topics.map((t) => ({
      name: t.name,
      partitions: t.partitions.map((p) => ({
        partition: p.partition,
        logStartOffset: p.logStartOffset,
        logEndOffset: p.logEndOffset,
        recent: p.recent.map((r) => ({
          offset: r.offset,
          key: r.key,
          timestamp: r.timestamp,
          writer: r.writer,
        })),
      })),
    })),
    producers: snapshot.producers.map((p) => ({ id: p.id, topic: p.topic, recordsPerSec: p.recordsPerSec })),
    groups: snapshot.groups.map((g) => ({
      id: g.id,
      outputTopic: g.outputTopic,
      members: g.members.map((m) => ({
        id: m.id,
        recordsPerSec: m.recordsPerSec,
        lastPollMs: m.lastPollMs,
        batch: m.batch.map((b) => ({ ...b })),
      })),
    })),
  };
}

/**
 * Everything in the air at one moment: notes from writers to shelves and copies from shelves to desks,
 * at most MAX_CARDS. A pure function of (snapshot, render time), so pause, slow motion and scrubbing need
 * no animation state.
 */
export function flightScene(
  snapshot: FlightInput,
  renderTime: number,
  speed: number,
  { layout, index, reduced, turnover }: FlightSetting,
): FlightScene {
  const writers = writerPoints(snapshot, layout, index);
  const writeLanes: WriteLane[] = [];
  const ends = new Map<string, number>();
  const numbers: (() => Box[])[] = [];
  for (const t of snapshot.topics) {
    for (const p of t.partitions) {
      const shelf = index.shelves.get(shelfKey(t.name, p.partition));
      if (!shelf) continue;
      const still = reduced || isStream(turnover.get(t.name) ?? 0, speed);
      const view = tapeView(shelf, p, renderTime, still);
      const end = view.end;
      ends.set(shelfKey(t.name, p.partition), end);
      let first = p.recent.length;
      while (first > 0 && renderTime - p.recent[first - 1]!.timestamp < FLIGHT_MS) first--;
      if (first < p.recent.length) writeLanes.push({ shelf, end, records: p.recent.slice(first) });
      // The cells notes still fly to wait empty (shelf-tape.tsx 'pending'): their cards bring the number.
      const awaited = new Set<number>();
      for (let i = first; i < p.recent.length; i++) {
        const r = p.recent[i]!;
        if (flies(r.offset, writers.get(r.writer)?.perShelfRate)) awaited.add(r.offset);
      }
      numbers.push(() => cellNumberBoxes(shelf, end, view.firstVisible, p.logEndOffset, awaited));
    }
  }
  const fetchLanes: FetchLane[] = [];
  for (const g of snapshot.groups) {
    for (const m of g.members) {
      const age = renderTime - m.lastPollMs;
      if (age < 0 || age >= FETCH_MS + 2 * FETCH_STAGGER_MS + FLIGHT_MS || m.batch.length === 0) continue;
      const desk = index.desks.get(deskKey(g.id, m.id));
      if (!desk) continue;
      for (const b of m.batch) {
        const key = shelfKey(b.topic, b.partition);
        const shelf = index.shelves.get(key);
        const partition = snapshot.topics.find((t) => t.name === b.topic)?.partitions[b.partition];
        if (!shelf || !partition) continue;
        fetchLanes.push({
          id: `${g.id}/${m.id}/${key}`,
          shelf,
          end: ends.get(key) ?? partition.logEndOffset,
          fromOffset: b.fromOffset,
          toOffset: b.toOffset,
          keyOf: (o) => partition.recent.find((r) => r.offset === o)?.key ?? null,
          landsAt: (o) => landsOnShelf(partition.recent, o),
          desk: desk.anchor,
          polledAt: m.lastPollMs,
        });
      }
    }
  }
  const writes = writeFlights(writeLanes, writers, renderTime, reduced, MAX_WRITE_CARDS);
  // Written and fetched cards share one budget, so the stage never draws more than MAX_CARDS.
  const fetches = fetchFlights(fetchLanes, renderTime, reduced, MAX_CARDS - writes.cards.length);
  const cell = { w: layout.machines[0]?.shelves[0]?.cellW ?? 44, h: layout.cellH };
  const { cards, badges } = separateCards(
    { cards: [...writes.cards, ...fetches.cards], badges: [...writes.badges, ...fetches.badges] },
    cell.w,
    cell.h,
  );
  return { cards, badges, numbers: cards.length > 0 ? numbers.flatMap((n) => n()) : [] };
}

/** Where each writer's notes start: the teacher's hand, or the desk of the translator who wrote them. */
function writerPoints(snapshot: FlightInput, layout: StageLayout, index: StageIndex): Map<string, Writer> {
  const writers = new Map<string, Writer>();
  for (const [id, perShelfRate] of perShelfRates(snapshot)) {
    const hand = layout.teachers.find((t) => t.id === id)?.hand;
    const from = hand ?? index.desks.get(id)?.anchor;
    if (from) writers.set(id, { from, perShelfRate, fromDesk: hand === undefined });
  }
  return writers;
}
