import { describe, expect, it } from 'vitest';
import { arcPoint, tripProgress } from './flight-path';
import {
  batchPicks,
  FETCH_LANDING_SCALE,
  separateCards,
  fetchFlights,
  flies,
  perShelfRates,
  strideFor,
  topicShelfRates,
  writeFlights,
  type FetchLane,
} from './flights';
import { FETCH_MS, FETCH_STAGGER_MS, FLIGHT_MS, MAX_CARDS_PER_LANE } from './stage-metrics';
import { group, member, partition, producer, record, SHELF, snapshot, topic } from '../../test/viz/fixtures';

const TEACHER = { from: { x: 0, y: 0 }, perShelfRate: 1 };

describe('flight paths', () => {
  it('starts at the writer and ends at the target', () => {
    const a = { x: 0, y: 100 };
    const b = { x: 200, y: 50 };
    expect(arcPoint(a, b, 0, 40)).toEqual(a);
    expect(arcPoint(a, b, 1, 40)).toEqual(b);
    expect(arcPoint(a, b, 0.5, 40).y).toBeLessThan(50); // arcs above both ends
  });

  it('travels only during its trip, eased', () => {
    expect(tripProgress(-1, 100)).toBeNull();
    expect(tripProgress(100, 100)).toBeNull();
    expect(tripProgress(0, 100)).toBe(0);
    expect(tripProgress(50, 100)).toBeCloseTo(0.5);
    expect(tripProgress(10, 100)!).toBeLessThan(0.1);
  });
});

describe('written notes in flight', () => {
  it('flies a fresh note from the teacher towards its slot', () => {
    const lane = { shelf: SHELF, end: 20, records: [record(19, 10_000)] };
    const { cards } = writeFlights([lane], new Map([['teacher', TEACHER]]), 10_000 + FLIGHT_MS / 2, false);
    expect(cards).toHaveLength(1);
    expect(cards[0]!.x).toBeGreaterThan(0);
    expect(cards[0]!.x).toBeLessThan(325);
    expect(
      writeFlights([lane], new Map([['teacher', TEACHER]]), 10_000 + FLIGHT_MS, false).cards,
    ).toHaveLength(0);
  });

  it('draws a few cards per lane at high rates and counts the rest', () => {
    const fast = { from: { x: 0, y: 0 }, perShelfRate: 50 };
    const records = Array.from({ length: 24 }, (_, i) => record(100 + i, 10_000 + i * 20));
    const now = 10_000 + 24 * 20;
    const { cards, badges } = writeFlights(
      [{ shelf: SHELF, end: 124, records }],
      new Map([['teacher', fast]]),
      now,
      false,
    );
    expect(cards.length).toBeLessThanOrEqual(MAX_CARDS_PER_LANE);
    expect(cards.length + badges[0]!.count).toBe(24);
    // The same cards are chosen a frame later: chosen by offset, not by position in the list.
    const later = writeFlights(
      [{ shelf: SHELF, end: 124, records }],
      new Map([['teacher', fast]]),
      now + 16,
      false,
    );
    expect(later.cards.map((c) => c.offset)).toEqual(
      cards.map((c) => c.offset).filter((o) => later.cards.some((l) => l.offset === o)),
    );
    for (const c of cards) expect(flies(c.offset, 50)).toBe(true);
    expect(strideFor(50, FLIGHT_MS)).toBeGreaterThan(1);
  });

  it('does not travel with reduced motion', () => {
    const lane = { shelf: SHELF, end: 20, records: [record(19, 10_000)] };
    expect(writeFlights([lane], new Map([['teacher', TEACHER]]), 10_100, true).cards).toEqual([]);
  });
});

describe('fetched notes in flight', () => {
  const lane = (from: number, to: number, landsAt = -Infinity): FetchLane => ({
    id: 'class/ana/notes:0',
    shelf: SHELF,
    end: 20,
    fromOffset: from,
    toOffset: to,
    keyOf: () => null,
    desk: { x: 600, y: 40 },
    polledAt: 10_000,
    landsAt: () => landsAt,
  });

  it('draws a small batch whole and a big one as three cards and a count', () => {
    expect(batchPicks(10, 12)).toEqual([10, 11]);
    expect(batchPicks(10, 60)).toEqual([10, 34, 59]);
    const { cards, badges } = fetchFlights([lane(10, 60)], 10_000 + 2 * FETCH_STAGGER_MS + 10, false);
    expect(cards).toHaveLength(3);
    expect(badges[0]!.count).toBe(47);
  });

  it('staggers the cards and ends at the desk', () => {
    const early = fetchFlights([lane(18, 20)], 10_000 + FETCH_STAGGER_MS / 2, false);
    expect(early.cards.map((c) => c.offset)).toEqual([18]);
    expect(fetchFlights([lane(18, 20)], 10_000 + FETCH_MS + 2 * FETCH_STAGGER_MS, false).cards).toEqual([]);
  });

  it('waits until a note has landed on the shelf before its copy leaves', () => {
    const waiting = fetchFlights([lane(19, 20, 10_500)], 10_200, false);
    expect(waiting.cards).toEqual([]);
    expect(fetchFlights([lane(19, 20, 10_500)], 10_600, false).cards).toHaveLength(1);
  });

  it('fades in at the desk with reduced motion', () => {
    const { cards } = fetchFlights([lane(19, 20)], 10_000 + FETCH_MS / 2, true);
    expect(cards[0]).toMatchObject({ x: 600, y: 40 });
    expect(cards[0]!.opacity).toBeCloseTo(0.5);
  });
});

describe('rates', () => {
  it("shares a writer's rate over the shelves it writes", () => {
    const s = snapshot({
      topics: [topic('notes', [partition(0, 5), partition(1, 5)]), topic('notas', [partition(0, 5)])],
      producers: [producer('teacher', 'notes', 4, 10)],
      groups: [group('translators', [member('pablo', { recordsPerSec: 3 })], { outputTopic: 'notas' })],
    });
    expect(perShelfRates(s)).toEqual(
      new Map([
        ['teacher', 2],
        ['translators/pablo', 3],
      ]),
    );
    expect(topicShelfRates(s)).toEqual(
      new Map([
        ['notes', 2],
        ['notas', 3],
      ]),
    );
  });
});

describe('cards never hide each other or a student', () => {
  const card = (id: string, x: number, y: number, scale = 1) => ({
    id,
    x,
    y,
    opacity: 1,
    offset: Number(id),
    key: null,
    kind: 'fetch' as const,
    scale,
  });

  it('leaves out a card over another and counts it beside the one kept', () => {
    // "4" half under "27" read as "427".
    const out = separateCards({ cards: [card('27', 100, 100), card('4', 80, 104)], badges: [] }, 48, 42);
    expect(out.cards.map((c) => c.id)).toEqual(['27']);
    expect(out.badges).toEqual([{ id: 'o:27', x: 122, y: 78, count: 1 }]);
  });

  it('keeps cards that only touch', () => {
    const out = separateCards({ cards: [card('1', 100, 100), card('2', 147, 100)], badges: [] }, 48, 42);
    expect(out.cards).toHaveLength(2);
    expect(out.badges).toEqual([]);
  });

  it('adds to the count already travelling with a card', () => {
    const out = separateCards(
      { cards: [card('5', 100, 100), card('6', 110, 100)], badges: [{ id: 'f:x', x: 122, y: 78, count: 7 }] },
      48,
      42,
    );
    expect(out.badges).toEqual([{ id: 'f:x', x: 122, y: 78, count: 8 }]);
  });

  it("shrinks a fetched copy into the student's hands as it lands", () => {
    const lane = {
      id: 'g/ana/notes:0',
      shelf: SHELF,
      end: 20,
      fromOffset: 17,
      toOffset: 18,
      keyOf: () => null,
      landsAt: () => 0,
      desk: { x: 600, y: 300 },
      polledAt: 1000,
    };
    const early = fetchFlights([lane], 1000 + FETCH_MS * 0.1, false).cards[0]!;
    const late = fetchFlights([lane], 1000 + FETCH_MS * 0.95, false).cards[0]!;
    expect(early.scale).toBeGreaterThan(0.9);
    expect(late.scale).toBeLessThan(0.5);
    expect(late.scale).toBeGreaterThanOrEqual(FETCH_LANDING_SCALE);
  });
});
