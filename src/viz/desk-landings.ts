import type { FetchedRangeView, RecordView } from '../engine';
import { batchPicks, fetchStart } from './flights';
import { FETCH_MS, FLIGHT_MS } from './stage-metrics';

/** A card of a fetched batch reaching its student's desk: when, and how many notes it brings. */
export interface Landing {
  readonly at: number;
  readonly notes: number;
}

type Recent = readonly Pick<RecordView, 'offset' | 'timestamp'>[];

/**
 * When a note's own flight onto its shelf ends: its copy leaves for a desk only after that. A note no
 * longer among the shelf's newest landed long ago (-Infinity).
 */
export function landsOnShelf(recent: Recent, offset: number): number {
  const r = recent.find((x) => x.offset === offset);
  return r ? r.timestamp + FLIGHT_MS : -Infinity;
}

/**
 * The landings of one fetched range, card by card as fetchFlights flies them: each card lands FETCH_MS
 * after it leaves (fetchStart), bringing its note, and the middle card of a big batch also brings the
 * rest it carries as a count.
 */
export function rangeLandings(
  range: Pick<FetchedRangeView, 'fromOffset' | 'toOffset'>,
  polledAt: number,
  recent: Recent,
  reduced: boolean,
): Landing[] {
  const picks = batchPicks(range.fromOffset, range.toOffset);
  const rest = range.toOffset - range.fromOffset - picks.length;
  return picks.map((offset, i) => ({
    at: fetchStart(polledAt, landsOnShelf(recent, offset), i, reduced) + FETCH_MS,
    notes: i === 1 ? 1 + rest : 1,
  }));
}

/**
 * A student's last poll as it reaches her desk: the landings of every range she fetched, in time order.
 * Her pile holds the notes landed (notesLanded), so a note is never drawn both in the air and on the pile,
 * nor on the pile before its card arrives.
 */
export function deskLandings(
  topics: readonly {
    readonly name: string;
    readonly partitions: readonly { readonly recent: Recent }[];
  }[],
  member: { readonly lastPollMs: number; readonly batch: readonly FetchedRangeView[] },
  reduced: boolean,
): Landing[] {
  const landings: Landing[] = [];
  for (const b of member.batch) {
    const recent = topics.find((t) => t.name === b.topic)?.partitions[b.partition]?.recent ?? [];
    landings.push(...rangeLandings(b, member.lastPollMs, recent, reduced));
  }
  return landings.sort((a, b) => a.at - b.at);
}

/** The notes landed on the desk by `time`. */
export function notesLanded(landings: readonly Landing[], time: number): number {
  let n = 0;
  for (const l of landings) {
    if (l.at > time) break;
    n += l.notes;
  }
  return n;
}

/** The first landing after `time` (Infinity when all have landed): the pile's next change. */
export function nextLanding(landings: readonly Landing[], time: number): number {
  return landings.find((l) => l.at > time)?.at ?? Infinity;
}

/** Whether two lists of landings are the same (a desk's pile redraws only when they differ). */
export function sameLandings(a: readonly Landing[], b: readonly Landing[]): boolean {
  return a.length === b.length && a.every((l, i) => l.at === b[i]!.at && l.notes === b[i]!.notes);
}
