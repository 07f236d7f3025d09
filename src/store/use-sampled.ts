import { useCallback, useSyncExternalStore } from 'react';
import type { Snapshot } from '../engine';
import { useSimulatorStore } from './context';
import type { SimulatorState, SimulatorStore } from './simulator-store';
import { busyChromeMs, CHROME_REFRESH_MS, isCalm } from './pace';

/** A moment of the class as a part of the stage draws it. */
export interface Sample {
  readonly snapshot: Snapshot;
  readonly renderTime: number;
  /** The timeline's right end at that moment. */
  readonly horizonMs: number;
  /** The charts' history at that moment. */
  readonly samples: SimulatorState['samples'];
}

export {
  BUSY_CHROME_REFRESH_MS,
  CALM_NOTES_PER_SEC,
  CHROME_REFRESH_MS,
  isCalm,
  TEXT_REFRESH_MS,
} from './pace';

/**
 * Changes whenever text on the stage can: a note appended moves a log end, a note processed moves a
 * student's count, and everything else a label shows (fetches, commits, sleeps, rebalances, deletions) is
 * an engine event. The snapshot itself is new every frame because its clock moves, so comparing
 * snapshots would redraw text 60 times a second.
 */
function changeKey(snapshot: Snapshot): string {
  let ends = 0;
  for (const t of snapshot.topics) for (const p of t.partitions) ends += p.logEndOffset;
  let processed = 0;
  for (const g of snapshot.groups) for (const m of g.members) processed += m.processed;
  return `${snapshot.eventCount}:${ends}:${processed}`;
}

interface Cache {
  sample: Sample;
  /** The wall-clock bucket of a periodic sample, or the change key of a calm one; '' when live. */
  mark: string;
  /** The snapshot whose change key is `mark` (a calm class): the key is not computed again for it. */
  keyed: Snapshot | null;
}

/** One cache per store and kind of sample, shared by every reader, so all parts sampled alike show one moment. */
const caches = new WeakMap<SimulatorStore, Map<string, Cache>>();

/**
 * The snapshot and render time, sampled every `periodMs` of wall-clock time while playing (0: every
 * frame). Paused, stepping or scrubbing, it is always the live moment. Parts whose changes the eye cannot
 * follow at 60 Hz (a shelf scrolling a hundred notes a second, the time readout) read a sampled moment
 * and redraw a few times a second instead of every frame. Text reads `useTextSample`.
 *
 * All parts sampled at one period redraw on the same frame. Giving each part its own phase within the
 * period, to spread the work over frames, was measured and rejected: every extra frame that changes the
 * stage pays style, layout and paint of its SVG again, and the busy school then cost 60% more in total.
 */
export function useSampled(periodMs: number): Sample {
  return useSample(periodMs, false);
}

/**
 * The moment text is drawn from (desks, captions, the inspector, the charts): in a calm class, the
 * latest moment whenever something a label shows changed; in a busy one, every TEXT_REFRESH_MS (the
 * state's busyRefreshMs: longer while the stage draws a crowded class's detailed picture).
 */
export function useTextSample(): Sample {
  return useSample(BUSY_PERIOD, true);
}

/**
 * The moment the player chrome (time readout, timeline) is drawn from: every CHROME_REFRESH_MS in a calm
 * class, every BUSY_CHROME_REFRESH_MS in a busy one (half the state's busyRefreshMs: every other of its
 * steps on the text's frame).
 */
export function useChromeSample(): Sample {
  return useSample(CHROME, false);
}

/** The chrome's period, which depends on the class's pace (see useChromeSample). */
const CHROME = -1;

/**
 * The period of a busy class's read parts, the state's busyRefreshMs (TEXT_REFRESH_MS unless the stage
 * draws a crowded class's detailed picture): what the text and the streaming shelves are sampled at, so
 * both redraw on one frame from one moment.
 */
export const BUSY_PERIOD = -2;

function useSample(periodMs: number, text: boolean): Sample {
  const store = useSimulatorStore();
  const get = useCallback(() => readSample(store, periodMs, text), [store, periodMs, text]);
  return useSyncExternalStore(store.subscribe, get, get);
}

/**
 * The moment a part sampled every `periodMs` (text: as `useTextSample`) draws now: what the hooks above
 * return, for hooks that filter it further (a shelf that redraws only when what it shows changed).
 */
export function readSample(store: SimulatorStore, periodMs: number, text: boolean): Sample {
  const s = store.getState();
  if (periodMs === CHROME) periodMs = isCalm(s) ? CHROME_REFRESH_MS : busyChromeMs(s);
  else if (periodMs === BUSY_PERIOD) periodMs = s.busyRefreshMs;
  let byKind = caches.get(store);
  if (!byKind) caches.set(store, (byKind = new Map()));
  const kind = `${periodMs}${text ? 't' : ''}`;
  let cache = byKind.get(kind);
  if (!cache) {
    cache = { sample: take(s), mark: '', keyed: null };
    byKind.set(kind, cache);
  }
  if (periodMs <= 0 || !s.playing) {
    cache.mark = '';
    cache.keyed = null;
    if (
      cache.sample.snapshot !== s.snapshot ||
      cache.sample.renderTime !== s.renderTime ||
      cache.sample.horizonMs !== s.horizonMs ||
      cache.sample.samples !== s.samples
    ) {
      cache.sample = take(s);
    }
    return cache.sample;
  }
  if (text && isCalm(s)) {
    // Only the render time moved (most frames of a large class): nothing text shows changed.
    if (cache.keyed === s.snapshot && cache.sample.samples === s.samples) return cache.sample;
    const key = changeKey(s.snapshot);
    cache.keyed = s.snapshot;
    if (key !== cache.mark || cache.sample.samples !== s.samples) {
      cache.mark = key;
      cache.sample = take(s);
    }
    return cache.sample;
  }
  const bucket = `b${Math.floor(s.renderTime / Math.max(1, periodMs * s.speed))}`;
  if (bucket !== cache.mark) {
    cache.mark = bucket;
    cache.keyed = null;
    cache.sample = take(s);
  }
  return cache.sample;
}

function take(s: SimulatorState): Sample {
  return { snapshot: s.snapshot, renderTime: s.renderTime, horizonMs: s.horizonMs, samples: s.samples };
}
