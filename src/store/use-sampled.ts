import { useCallback, useSyncExternalStore } from 'react';
import type { Snapshot } from '../engine';
import { useSimulatorStore } from './context';
import type { SimulatorState, SimulatorStore } from './simulator-store';

/** A moment of the class as a part of the stage draws it. */
export interface Sample {
  readonly snapshot: Snapshot;
  readonly renderTime: number;
  /** The timeline's right end at that moment. */
  readonly horizonMs: number;
  /** The charts' history at that moment. */
  readonly samples: SimulatorState['samples'];
}

/** Wall-clock period of the player chrome (time readout, timeline) while playing. */
export const CHROME_REFRESH_MS = 100;

/**
 * Wall-clock period of what is read rather than watched while playing: desks, captions, the inspector's
 * tables, the charts. Three times a second keeps numbers alive and legible; faster, they only blur, and
 * each redraw of the busy school's 24 desks costs a slow laptop a dropped frame (measured by bench:ui:
 * at 4 Hz the p95 frame with the CPU slowed four times was 50 ms, at 3 Hz 17 ms).
 */
export const TEXT_REFRESH_MS = 333;

interface Cache {
  sample: Sample;
  bucket: number;
}

/** One cache per store and period, shared by every reader, so all parts sampled alike show one moment. */
const caches = new WeakMap<SimulatorStore, Map<number, Cache>>();

/**
 * The snapshot and render time, sampled every `periodMs` of wall-clock time while playing (0: every
 * frame). Paused, stepping or scrubbing, it is always the live moment. Parts whose changes the eye cannot
 * follow at 60 Hz (numbers on desks, a shelf scrolling a hundred notes a second) read a sampled moment
 * and redraw a few times a second instead of every frame.
 *
 * All parts sampled at one period redraw on the same frame. Giving each part its own phase within the
 * period, to spread the work over frames, was measured and rejected: every extra frame that changes the
 * stage pays style, layout and paint of its SVG again, and the busy school then cost 60% more in total.
 */
export function useSampled(periodMs: number): Sample {
  const store = useSimulatorStore();
  const get = useCallback((): Sample => {
    const s = store.getState();
    let byPeriod = caches.get(store);
    if (!byPeriod) caches.set(store, (byPeriod = new Map()));
    let cache = byPeriod.get(periodMs);
    if (!cache) {
      cache = {
        sample: take(s),
        bucket: NaN,
      };
      byPeriod.set(periodMs, cache);
    }
    if (periodMs <= 0 || !s.playing) {
      cache.bucket = NaN;
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
    const bucket = Math.floor(s.renderTime / Math.max(1, periodMs * s.speed));
    if (bucket !== cache.bucket) {
      cache.bucket = bucket;
      cache.sample = take(s);
    }
    return cache.sample;
  }, [store, periodMs]);
  return useSyncExternalStore(store.subscribe, get, get);
}

function take(s: SimulatorState): Sample {
  return { snapshot: s.snapshot, renderTime: s.renderTime, horizonMs: s.horizonMs, samples: s.samples };
}
