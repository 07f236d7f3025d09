import type { EngineEvent, Snapshot } from '../engine';
import { countReached } from '../shared/timed';
import { deskLandings, nextLanding } from './desk-landings';
import { COPY_FILL_MS, LEADER_MOVE_MS } from './replicas';
import { copiesMoving, COPY_TRIP_MS, TRUNCATE_MS } from './replica-motion';
import {
  DELETE_FADE_MS,
  FETCH_MS,
  FETCH_STAGGER_MS,
  FLIGHT_MS,
  MAX_CARDS_PER_LANE,
  REDEAL_MS,
  SHIFT_MS,
  STREAM_REFRESH_MS,
} from './stage-metrics';
import { isStream, slidingNotes } from './tape';

/** How the stage is drawn, as far as its motion goes. */
export interface StageMotionSetting {
  readonly reduced: boolean;
  /** Notes per simulated second per shelf, by topic (a stream's shelf is sampled, not slid). */
  readonly turnover: ReadonlyMap<string, number>;
  readonly speed: number;
  /** The streams' wall-clock period (the state's busyRefreshMs): STREAM_REFRESH_MS unless given. */
  readonly streamPeriodMs?: number;
}

/** The latest a fetched card lands after its poll: its note lands first, then two staggers and its trip. */
const LAST_LANDING_MS = FLIGHT_MS + (MAX_CARDS_PER_LANE - 1) * FETCH_STAGGER_MS + FETCH_MS;

/**
 * How long after the class's moment a card or a copy may still be moving, at most: a fetched copy leaves
 * the shelf once its note has landed (FLIGHT_MS), the last card of a batch two staggers later, and flies
 * FETCH_MS (flights.fetchFlights); a follower's page fills COPY_FILL_MS after its note lands; a restarted
 * follower's pages fall out, then travel (replica-motion.ts); a leader's mark moves; deleted notes fade;
 * a tape slides. Every one of them starts at or after an event of the moment or before it, so the
 * picture drawn this much later has them all at rest: what the stage draws while the class stands
 * between two lesson steps (views/stage/stage-time.ts).
 */
export const SETTLE_MS = Math.max(
  LAST_LANDING_MS,
  FLIGHT_MS + COPY_FILL_MS,
  TRUNCATE_MS + COPY_TRIP_MS,
  LEADER_MOVE_MS,
  DELETE_FADE_MS,
  SHIFT_MS,
);

/** The longest a milestone moves the stage: a re-deal's lines, deleted notes, a leader's mark. */
const MILESTONE_MOTION_MS = Math.max(REDEAL_MS, DELETE_FADE_MS, LEADER_MOVE_MS);

/**
 * When the SVG stage next changes by itself, with no new snapshot: the render time of its next change,
 * `renderTime` itself while something on it moves continuously (a tape sliding, a fade, a sleeper's
 * "z z z"), or Infinity if it stays as it is until the world changes. Each case mirrors what a part reads
 * from the render time (shelf-tape and use-shelf-moment, desk, redeal-layer, sleep-zeds, shelf-copies),
 * so a calm class's page can sleep between those moments; the flights are painted on their own clock
 * (views/stage/flights-painter.ts) and are not counted here.
 */
export function nextStageChange(
  snapshot: Snapshot,
  milestones: readonly EngineEvent[],
  renderTime: number,
  { reduced, turnover, speed, streamPeriodMs = STREAM_REFRESH_MS }: StageMotionSetting,
): number {
  let next = Infinity;
  const replicated = snapshot.brokers.length > 1;
  let streams = false;
  for (const t of snapshot.topics) {
    const still = reduced || isStream(turnover.get(t.name) ?? 0, speed);
    streams ||= !reduced && still;
    for (const p of t.partitions) {
      // A follower truncating or catching up (replica-motion.ts): its pages fall out of its row or travel
      // to it (fade in and out in reduced motion).
      if (copiesMoving(p.replicaProgress, renderTime)) return renderTime;
      // The tape slides: for one note the browser runs the slide (shelf-tape.tsx, tape.singleSlide); for
      // several at once, or with copies under the shelf that slide along, the page draws it.
      if (!still && slidingNotes(p.recent, renderTime) > (replicated ? 0 : 1)) return renderTime;
      for (let i = p.recent.length - 1; i >= 0; i--) {
        const age = renderTime - p.recent[i]!.timestamp;
        if (age >= FLIGHT_MS + (replicated ? COPY_FILL_MS : 0)) break;
        if (age < 0) continue;
        // A shelf still in reduced motion fades the note in; copies fill in after it lands.
        if (reduced && age < FLIGHT_MS) return renderTime;
        if (replicated && !reduced && age >= FLIGHT_MS) return renderTime;
        // A note lands: its cell, empty while it flew, shows it.
        if (age < FLIGHT_MS) next = Math.min(next, p.recent[i]!.timestamp + FLIGHT_MS);
      }
    }
  }
  // A stream's shelf is redrawn every streamPeriodMs of wall time (readSample's buckets).
  if (streams) {
    const bucket = streamPeriodMs * speed;
    next = Math.min(next, (Math.floor(renderTime / bucket) + 1) * bucket);
  }
  for (const g of snapshot.groups)
    for (const m of g.members) {
      // A sleeper's "z z z" rise (still in reduced motion).
      if (m.activity === 'asleep' && !reduced) return renderTime;
      // The fetched notes reach the desk, card by card (desk-landings.ts); a poll older than the last
      // card's latest landing has nothing left to land.
      if (renderTime - m.lastPollMs < LAST_LANDING_MS)
        next = Math.min(next, nextLanding(deskLandings(snapshot.topics, m, reduced), renderTime));
    }
  // Re-deal lines, deleted notes and a leader's mark fade or move for a while after their event.
  for (let i = countReached(milestones, renderTime) - 1; i >= 0; i--) {
    const e = milestones[i]!;
    if (e.timeMs <= renderTime - MILESTONE_MOTION_MS) break;
    const age = renderTime - e.timeMs;
    if (e.type === 'partitionsAssigned' && age < REDEAL_MS) return renderTime;
    if (e.type === 'segmentsDeleted' && age < DELETE_FADE_MS) return renderTime;
    if (e.type === 'leaderElected' && age < LEADER_MOVE_MS && !reduced) return renderTime;
  }
  return next;
}
