import type { ReplicaProgressView } from '../engine';
import { clamp } from './geometry';
import type { CopyState } from './replicas';

/*
 * A follower truncating and catching up, as pure functions of what the engine says the replica last did
 * (PartitionView.replicaProgress) and the render time. The engine decides when a follower truncates and
 * fetches and what a fetch carries; the picture gives each a visual duration, as it gives a note its
 * flight: the pages a truncation throws away fall out of the copy's row, then the pages the fetch carries
 * travel, in one batch, from the original's row to the copy's (page n of every copy is in one column), and
 * the copy's log end moves when they land. In Kafka both take milliseconds (AbstractFetcherThread.doWork:
 * maybeTruncate, then maybeFetch); nothing here makes the engine slower.
 */

/** How long the pages a copy throws away take to fall out of its row. */
export const TRUNCATE_MS = 700;
/** How long a fetch's pages take to travel from the original's row to the copy's. */
export const COPY_TRIP_MS = 900;

/** A range of pages in motion, [fromOffset, toOffset), and how far along, 0 to 1. */
export interface PagesInMotion {
  readonly fromOffset: number;
  readonly toOffset: number;
  readonly t: number;
}

/** The pages a copy's last truncation threw away, while they fall out of its row (`t` 0 to 1). */
export function truncationInView(
  p: ReplicaProgressView | undefined,
  renderTime: number,
): PagesInMotion | null {
  const cut = p?.truncation;
  if (!cut) return null;
  const age = renderTime - cut.timeMs;
  if (age < 0 || age >= TRUNCATE_MS) return null;
  return { fromOffset: cut.toOffset, toOffset: cut.fromOffset, t: age / TRUNCATE_MS };
}

/**
 * When a fetch's pages leave the original's row: at the fetch, or, when the copy truncated just before it
 * (a restarted follower truncates, then fetches), once the thrown-away pages have fallen, so the two show
 * in the order Kafka does them.
 */
export function tripStart(p: ReplicaProgressView): number {
  const f = p.fetch!;
  const cut = p.truncation;
  if (cut && cut.timeMs <= f.timeMs && f.timeMs - cut.timeMs < TRUNCATE_MS) return cut.timeMs + TRUNCATE_MS;
  return f.timeMs;
}

/**
 * The pages a follower's last fetch carries to its row while they travel (`t` 0 to 1, 0 until they leave),
 * when it fetched pages that were already on the original (a follower catching up). A fetch of a note
 * just written is ordinary copying, drawn as the page filling in after the note lands (copyFill):
 * `landedAt(offset)` says when the note of a page landed on the original's shelf (undefined: long ago).
 */
export function catchUpInView(
  p: ReplicaProgressView | undefined,
  renderTime: number,
  landedAt: (offset: number) => number | undefined,
): PagesInMotion | null {
  const f = p?.fetch;
  if (!p || !f || renderTime < f.timeMs) return null;
  const landed = landedAt(f.fromOffset);
  if (landed !== undefined && landed > f.timeMs) return null;
  const age = renderTime - tripStart(p);
  if (age >= COPY_TRIP_MS) return null;
  return { fromOffset: f.fromOffset, toOffset: f.toOffset, t: clamp(age / COPY_TRIP_MS, 0, 1) };
}

/** What a copy shows at the render time: its word, its log end, and the pages in motion on its row. */
export interface CopyMoment {
  readonly state: CopyState;
  /** The log end its number says and its tape reaches: before a catch-up's pages land, where they start. */
  readonly logEnd: number;
  readonly trip: PagesInMotion | null;
  readonly cut: PagesInMotion | null;
}

export function copyMoment(
  copy: { readonly state: CopyState; readonly logEnd: number },
  p: ReplicaProgressView | undefined,
  renderTime: number,
  landedAt: (offset: number) => number | undefined,
): CopyMoment {
  if (copy.state === 'down' || copy.state === 'leader') return { ...copy, trip: null, cut: null };
  const trip = catchUpInView(p, renderTime, landedAt);
  const cut = truncationInView(p, renderTime);
  // A copy truncating or catching up says so until its pages land, whatever the ISR became meanwhile.
  const state: CopyState = trip || cut ? 'catchingUp' : copy.state;
  return { state, logEnd: trip ? trip.fromOffset : copy.logEnd, trip, cut };
}

/** Whether any copy of the shelf is truncating or catching up now (its picture moves with time). */
export function copiesMoving(
  progress: readonly ReplicaProgressView[] | undefined,
  renderTime: number,
): boolean {
  if (!progress) return false;
  // Every fetch counts (whether its pages were a catch-up depends on when their notes landed): an
  // ordinary copy's page fills for as long anyway.
  return progress.some(
    (p) =>
      truncationInView(p, renderTime) !== null ||
      (p.fetch !== null && renderTime >= p.fetch.timeMs && renderTime < tripStart(p) + COPY_TRIP_MS),
  );
}
