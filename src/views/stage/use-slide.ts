import { useLayoutEffect, type RefObject } from 'react';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectPlaying, selectSpeed } from '../../store/selectors';
import type { SimulatorState } from '../../store/simulator-store';
import { SHIFT_MS } from '../../viz/stage-metrics';
import { slideKeyframes, type TapeRecord } from '../../viz/tape';
import { selectStageTime } from './stage-time';

/** How far a slide may run from the page's clock before it is set back to it, in wall ms. */
const RESYNC_MS = 8;

/** Paused, the stage's time (a seek moves the slide); playing, null (the browser's clock moves it). */
const selectPausedAt = (s: SimulatorState): number | null => (s.playing ? null : selectStageTime(s));

/**
 * A tape's slide for one new note, run by the browser (Web Animations, on the compositor) rather than
 * drawn by the page every frame: the tape is drawn at its end, and the animation offsets `targets` by what
 * is still to slide. It is declared from the note's time and the render time, so it stays a function of
 * (snapshot, render time): its clock is set to the note's age at the stage's time (stage-time.ts) and
 * runs at the playback speed, it is held still while paused, and a seek, a new speed or Play sets it
 * afresh. Where Web Animations are missing (jsdom), the tape simply stands at its end.
 */
export function useSlide(
  targets: readonly RefObject<SVGGElement | null>[],
  slide: TapeRecord | null,
  cellW: number,
): void {
  const store = useSimulatorStore();
  const playing = useSimulator(selectPlaying);
  const speed = useSimulator(selectSpeed);
  const pausedAt = useSimulator(selectPausedAt);
  const offset = slide?.offset ?? null;
  const timestamp = slide?.timestamp ?? null;
  useLayoutEffect(() => {
    if (timestamp === null) return undefined;
    const age = selectStageTime(store.getState()) - timestamp;
    if (age < 0 || age >= SHIFT_MS) return undefined;
    const keyframes = slideKeyframes(cellW);
    const animations: Animation[] = [];
    for (const target of targets) {
      const element = target.current;
      // An empty group (the log start, scrolled off the tape) has nothing to move, and Chromium runs an
      // animation with no visible change on the main thread (compositeFailed kAnimationHasNoVisibleChange
      // in a trace): a style, layout and paint every frame of the slide, 6 layouts a second in the light
      // class. It is left alone.
      if (!element || element.firstElementChild === null || typeof element.animate !== 'function') continue;
      const a = element.animate(keyframes, { duration: SHIFT_MS, easing: 'linear' });
      a.playbackRate = speed;
      a.currentTime = age;
      if (!playing) a.pause();
      animations.push(a);
    }
    // Each frame the page draws re-reads its clock: if it lost time (a frame later than a tenth of a
    // second, clamped by advanceRenderTime), the animation follows it, as the flights' painter does.
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.renderTime === prev.renderTime) return;
      const now = selectStageTime(state) - timestamp;
      for (const a of animations)
        if (Math.abs(Number(a.currentTime ?? now) - now) > RESYNC_MS * speed) a.currentTime = now;
    });
    return () => {
      unsubscribe();
      for (const a of animations) a.cancel();
    };
    // `targets` are refs, stable for the component's life; `offset` tells one note's slide from the next.
  }, [store, offset, timestamp, cellW, playing, speed, pausedAt]); // eslint-disable-line react-hooks/exhaustive-deps
}
