import { easeCubicInOut } from 'd3-ease';
import type { BrokerStatusView, EngineEvent, PartitionView } from '../engine';
import { countReached } from '../shared/timed';
import { clamp } from './geometry';
import type { CopyRowLayout, ShelfLayout } from './layout-types';
import { offsetX } from './markers';
import { FLIGHT_MS } from './stage-metrics';
import { slotLeft } from './tape';

/*
 * A replicated shelf's picture, as pure functions of the partition, the brokers and the render time: each
 * copy's state and log end, where its pages and its end stand (under the shelf's own cells: page n of
 * every copy is in one column), the high watermark's line, and the leader's mark moving to a new leader.
 */

/**
 * What one copy is: the leader's (where the teacher writes and students read), a follower in the ISR, a
 * follower out of it (it has not caught up for replica.lag.time.max.ms), or on a broker that is down
 * (its pages are there but nobody can reach them); while a follower's truncation or catch-up is drawn,
 * catching up (replica-motion.ts).
 */
export type CopyState = 'leader' | 'inSync' | 'behind' | 'down' | 'catchingUp';

export interface CopyView {
  /** Index in the partition's replicas: the copy's row. */
  readonly index: number;
  readonly broker: number;
  readonly state: CopyState;
  /**
   * Its log end offset: the next page it will copy. A down copy's is what its disk holds: a new leader's
   * cut reaches it when it returns (PartitionView.replicaProgress).
   */
  readonly logEnd: number;
}

/**
 * Whether the shelf can be written and read: `offline` when no copy may lead (`leader` null), `leaderDown`
 * while its leader's broker is down and not yet replaced (a crash: until the controller fences it).
 */
export type ShelfState = 'ok' | 'offline' | 'leaderDown';

type Replicated = Pick<
  PartitionView,
  'leader' | 'replicas' | 'isr' | 'replicaLogEndOffsets' | 'replicaProgress'
>;

function isDown(brokers: readonly BrokerStatusView[], id: number): boolean {
  return brokers.find((b) => b.id === id)?.status === 'down';
}

export function copyViews(p: Replicated, brokers: readonly BrokerStatusView[]): CopyView[] {
  return p.replicas.map((broker, index) => ({
    index,
    broker,
    state: isDown(brokers, broker)
      ? 'down'
      : broker === p.leader
        ? 'leader'
        : p.isr.includes(broker)
          ? 'inSync'
          : 'behind',
    logEnd: replicaEnd(p, index),
  }));
}

/** Replica `i`'s log end as its log holds it: a down replica's disk keeps what a new leader cut. */
export function replicaEnd(
  p: Pick<PartitionView, 'replicaLogEndOffsets' | 'replicaProgress'>,
  i: number,
): number {
  return p.replicaProgress?.[i]?.diskLogEndOffset ?? p.replicaLogEndOffsets[i] ?? 0;
}

export function shelfState(
  p: Pick<PartitionView, 'leader'>,
  brokers: readonly BrokerStatusView[],
): ShelfState {
  if (p.leader === null) return 'offline';
  return isDown(brokers, p.leader) ? 'leaderDown' : 'ok';
}

/** How long a follower's page takes to fill in its copy once the note has landed on the shelf. */
export const COPY_FILL_MS = 500;
/** How long the leader's mark takes to move to the copy that takes over. */
export const LEADER_MOVE_MS = 900;

/**
 * How much of a follower's page is drawn, 0 to 1: it fills after the note has landed on the leader's
 * shelf (a follower fetches from the leader), as the engine's copy follows the append. A page it holds
 * whose note is older than that shows whole; a page past its log end never shows (the picture never
 * draws more than the copy holds). Reduced motion: whole at once.
 */
export function copyFill(
  offset: number,
  logEnd: number,
  timestamp: number | undefined,
  renderTime: number,
  reduced: boolean,
): number {
  if (offset >= logEnd) return 0;
  if (reduced || timestamp === undefined) return 1;
  return clamp((renderTime - timestamp - FLIGHT_MS) / COPY_FILL_MS, 0, 1);
}

/** Whether any page of the shelf is still filling in a copy (the shelf's picture moves with time). */
export function copiesFilling(newestTimestamp: number | undefined, renderTime: number): boolean {
  if (newestTimestamp === undefined) return false;
  const age = renderTime - newestTimestamp;
  return age >= 0 && age < FLIGHT_MS + COPY_FILL_MS;
}

/**
 * Where a copy's end stands: the boundary before `logEnd` on the shelf's columns, so an end equal to the
 * leader's is under the shelf's empty next slot and one two pages short stands two cells to the left.
 * An end older than the drawn cells stands at the tape's left edge, `before` set (drawn as "‹ 9").
 */
export function copyEnd(
  shelf: ShelfLayout,
  end: number,
  logEnd: number,
): { readonly x: number; readonly before: boolean } {
  const x = slotLeft(shelf, end, logEnd);
  if (x < shelf.tape.x) return { x: shelf.tape.x, before: true };
  return { x: Math.min(x, shelf.tape.x + shelf.tape.w), before: false };
}

/**
 * The high watermark's line: the boundary before it, on the cells or along the pile as a bookmark would
 * be (students read the pages left of it; the ones right of it are not in enough copies yet).
 */
export function highWatermarkX(shelf: ShelfLayout, end: number, logStart: number, hw: number): number {
  return offsetX(shelf, end, logStart, hw);
}

/**
 * Where the high watermark's label goes on the line under the copies: right of the line when it fits
 * before the shelf's right edge, else ending at the line. Returns the text's start x.
 */
export function highWatermarkLabelX(shelf: ShelfLayout, lineX: number, labelW: number): number {
  const right = shelf.tape.x + shelf.tape.w;
  if (lineX + 4 + labelW <= right) return lineX + 4;
  return Math.max(shelf.label.x, lineX - 4 - labelW);
}

/** A partition's leader changes, oldest first: what the leader's mark moves along. */
type LeaderChange = Extract<EngineEvent, { type: 'leaderElected' }>;

/**
 * The leader's mark: at the leader's row, or for LEADER_MOVE_MS after an election moving there from the
 * former leader's (the preferred replica before any election). `opacity` fades it out when no copy may
 * lead. Null when there is no row to stand at.
 */
export function leaderMark(
  rows: readonly CopyRowLayout[],
  replicas: readonly number[],
  leader: number | null,
  changes: readonly LeaderChange[],
  renderTime: number,
  reduced: boolean,
): { readonly y: number; readonly opacity: number } | null {
  const rowY = (broker: number | null): number | null => {
    const i = broker === null ? -1 : replicas.indexOf(broker);
    return i >= 0 && rows[i] ? rows[i].row.y : null;
  };
  const last = changes[changes.length - 1];
  const age = last ? renderTime - last.timeMs : Infinity;
  const to = rowY(leader);
  if (!last || age >= LEADER_MOVE_MS || age < 0 || reduced) return to === null ? null : { y: to, opacity: 1 };
  const before = changes.length > 1 ? changes[changes.length - 2]!.leader : (replicas[0] ?? null);
  const from = rowY(before);
  const t = easeCubicInOut(clamp(age / LEADER_MOVE_MS, 0, 1));
  if (from === null) return to === null ? null : { y: to, opacity: t };
  if (to === null) return { y: from, opacity: 1 - t };
  return { y: from + (to - from) * t, opacity: 1 };
}

/**
 * The election that moves the leader's mark now (one less than LEADER_MOVE_MS ago) and the one before it
 * for the same partition, oldest first; empty when no mark moves. Searched from the end, and past the
 * moving window only while a mark moves: a class's milestones run to thousands, its elections are few.
 */
export function leaderChanges(
  milestones: readonly EngineEvent[],
  topic: string,
  partition: number,
  renderTime: number,
): LeaderChange[] {
  const out: LeaderChange[] = [];
  for (let i = countReached(milestones, renderTime) - 1; i >= 0 && out.length < 2; i--) {
    const e = milestones[i]!;
    if (out.length === 0 && e.timeMs <= renderTime - LEADER_MOVE_MS) break;
    if (e.type === 'leaderElected' && e.topic === topic && e.partition === partition) out.unshift(e);
  }
  return out;
}

/**
 * Where a copy's word goes on its row: the first of `prefer` (left edges, in order) where the word stays
 * on the tape and clear of what is `taken` there (its log end's number, the leader's mark), else the
 * first. Texts over each other could not be read.
 */
export function placeWord(
  tape: { readonly x: number; readonly w: number },
  width: number,
  prefer: readonly number[],
  taken: readonly (readonly [number, number])[],
): number {
  const fits = (x: number): boolean =>
    x >= tape.x - 1e-6 &&
    x + width <= tape.x + tape.w + 1e-6 &&
    taken.every(([a, b]) => x + width <= a - 2 || x >= b + 2);
  return prefer.find(fits) ?? prefer[0] ?? tape.x;
}
