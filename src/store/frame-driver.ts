import { useEffect } from 'react';
import { startFrameLoop, type FrameCounts } from '../runtime/frame-loop';
import type { SimulatorStore } from './simulator-store';

/**
 * Runs a simulator's frames: each frame ticks the store, and only while it plays. Paused, the page asks
 * for no frames (rendering is a function of the snapshot and the render time, and neither moves); Play,
 * or anything else that sets the class playing, starts the frames again; a calm class playing sleeps
 * between the moments its picture changes (wakeInMs). Returns the stop function.
 */
export function driveFrames(store: SimulatorStore, counts?: FrameCounts): () => void {
  return startFrameLoop(
    (delta, slept) => store.getState().tick(delta, slept),
    {
      running: () => store.getState().playing,
      subscribe: (listener) => store.subscribe(listener),
      wakeInMs: () => store.getState().wakeInMs(),
    },
    counts,
  );
}

/**
 * The one place a page starts its simulator's frames (the play page, a lesson, the sandbox's preview and a
 * shared class): for as long as the page shows `store`, and stopped when it goes or the store changes.
 */
export function useFrames(store: SimulatorStore): void {
  useEffect(() => driveFrames(store), [store]);
}
