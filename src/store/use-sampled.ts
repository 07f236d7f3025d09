import { useCallback, useSyncExternalStore } from 'react';
import type { Snapshot } from '../engine';
import { useSimulatorStore } from './context';
import type { SimulatorStore } from './simulator-store';

/** A moment of the class as a part of the stage draws it. */
export interface Sample {
  readonly snapshot: Snapshot;
  readonly renderTime: number;
  /** The timeline's right end at that moment. */
  readonly horizonMs: number;
}

/** Wall-clock period of the player chrome (time readout, timeline, chart playheads) while playing. */
export const CHROME_REFRESH_MS = 100;

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
        sample: { snapshot: s.snapshot, renderTime: s.renderTime, horizonMs: s.horizonMs },
        bucket: NaN,
      };
      byPeriod.set(periodMs, cache);
    }
    if (periodMs <= 0 || !s.playing) {
      cache.bucket = NaN;
      if (
        cache.sample.snapshot !== s.snapshot ||
        cache.sample.renderTime !== s.renderTime ||
        cache.sample.horizonMs !== s.horizonMs
      ) {
        cache.sample = { snapshot: s.snapshot, renderTime: s.renderTime, horizonMs: s.horizonMs };
      }
      return cache.sample;
    }
    const bucket = Math.floor(s.renderTime / Math.max(1, periodMs * s.speed));
    if (bucket !== cache.bucket) {
      cache.bucket = bucket;
      cache.sample = { snapshot: s.snapshot, renderTime: s.renderTime, horizonMs: s.horizonMs };
    }
    return cache.sample;
  }, [store, periodMs]);
  return useSyncExternalStore(store.subscribe, get, get);
}
