import { useCallback, useRef, useSyncExternalStore } from 'react';
import type { EngineEvent, Snapshot } from '../../engine';
import { useSimulatorStore } from '../../store/context';
import { readSample, type Sample } from '../../store/use-sampled';
import { marksForShelf } from '../../viz/shelf-marks';
import { DELETE_FADE_MS, FLIGHT_MS, SHIFT_MS } from '../../viz/stage-metrics';
import { landed, slidingNotes } from '../../viz/tape';
import { recentEvents } from '../../viz/time-fades';
import { copiesFilling, leaderChanges } from '../../viz/replicas';
import { copiesMoving } from '../../viz/replica-motion';
import { segmentsKey } from './shelf-binders';
import { settleMs } from './stage-time';

/** How a shelf is drawn: its motion settings (each changes what a moment looks like). */
export interface ShelfMotion {
  /** Reduced motion: notes fade in where they land, nothing slides. */
  readonly reduced: boolean;
  /** A stream (or reduced motion): the tape does not slide. */
  readonly still: boolean;
}

/**
 * What a shelf draws at a moment, as a string, or null while it moves with time (the tape sliding after
 * appends, a note fading in under reduced motion, deleted notes fading out). A slide for one note is run
 * by the browser from the note's time (shelf-tape.tsx): the shelf is drawn once, at the tape's end. Two moments with one key draw
 * the same picture: everything ShelfTape reads from the snapshot and the render time is in it (the log's
 * ends and segments, the offsets of the newest notes, which of them are still in the air, every
 * bookmark and reader's position on the shelf).
 */
export function shelfStillKey(
  snapshot: Snapshot,
  milestones: readonly EngineEvent[],
  renderTime: number,
  topic: string,
  partition: number,
  motion: ShelfMotion,
): string | null {
  const p = snapshot.topics.find((t) => t.name === topic)?.partitions[partition];
  if (!p) return '';
  const newest = p.recent[p.recent.length - 1];
  const replicated = snapshot.brokers.length > 1;
  if (newest) {
    const age = renderTime - newest.timestamp;
    // One note's slide is run by the browser (shelf-tape.tsx): the picture drawn is the tape's end.
    const sliding = !motion.still && age < SHIFT_MS && (replicated || slidingNotes(p.recent, renderTime) > 1);
    if (age < 0 || sliding || (motion.reduced && age < FLIGHT_MS)) return null;
  }
  for (const e of recentEvents(milestones, renderTime, DELETE_FADE_MS))
    if (e.type === 'segmentsDeleted' && e.topic === topic && e.partition === partition) return null;
  // A note in the air leaves its slot empty until it lands: which ones are, not how far they came.
  let offsets = '';
  for (const r of p.recent) offsets += `${r.offset}${landed(r.timestamp, renderTime) < 1 ? '^' : ''},`;
  const marks = marksForShelf(snapshot, topic, partition);
  let marked = '';
  for (const b of marks.bookmarks) marked += `${b.group}=${b.committed}/${b.from};`;
  for (const c of marks.carets) marked += `${c.group}/${c.member}@${c.position};`;
  const key = `${p.logStartOffset}|${p.logEndOffset}|${segmentsKey(p.segments)}|${offsets}|${marked}`;
  if (!replicated) return key;
  // Replicated: the copies fill in after a note lands, and the leader's mark moves after an election.
  if (!motion.reduced && copiesFilling(newest?.timestamp, renderTime)) return null;
  if (!motion.reduced && leaderChanges(milestones, topic, partition, renderTime).length > 0) return null;
  // A follower truncating or catching up (reduced motion too: its pages fade in and out).
  if (copiesMoving(p.replicaProgress, renderTime)) return null;
  let disk = '';
  for (const r of p.replicaProgress ?? []) disk += `${r.diskLogEndOffset},`;
  let brokers = '';
  for (const b of snapshot.brokers) brokers += b.status === 'up' ? '+' : '-';
  return `${key}|${p.leader}|${p.isr.join(',')}|${p.replicaLogEndOffsets.join(',')}|${p.highWatermark}|${brokers}|${disk}`;
}

/**
 * The moment a shelf's tape draws: the live (or, for a stream, periodically sampled) moment, at the
 * stage's time (settled between lesson steps, stage-time.ts), except that it stays the moment already
 * drawn while the shelf's picture would not change (shelfStillKey). A shelf no note reaches then costs
 * nothing per frame: no render, no DOM work. The picture is still a function of (snapshot, render time):
 * only moments that draw identically are skipped.
 */
export function useShelfMoment(
  topic: string,
  partition: number,
  periodMs: number,
  motion: ShelfMotion,
): Sample {
  const store = useSimulatorStore();
  const drawn = useRef<{
    live: Sample;
    settle: number;
    sample: Sample;
    key: string | null;
    setting: string;
  } | null>(null);
  const { reduced, still } = motion;
  const get = useCallback((): Sample => {
    const live = readSample(store, periodMs, false);
    const state = store.getState();
    const settle = settleMs(state);
    const last = drawn.current;
    const setting = `${topic}:${partition}:${periodMs}:${reduced}:${still}`;
    if (last && last.live === live && last.settle === settle && last.setting === setting) return last.sample;
    const sample = settle === 0 ? live : { ...live, renderTime: live.renderTime + settle };
    const key = shelfStillKey(sample.snapshot, state.milestones, sample.renderTime, topic, partition, {
      reduced,
      still,
    });
    if (last && key !== null && key === last.key && last.setting === setting) return last.sample;
    drawn.current = { live, settle, sample, key, setting };
    return sample;
  }, [store, topic, partition, periodMs, reduced, still]);
  return useSyncExternalStore(store.subscribe, get, get);
}
