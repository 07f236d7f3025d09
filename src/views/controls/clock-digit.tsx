import { useLayoutEffect, useRef } from 'react';
import { useSimulatorStore } from '../../store/context';

/** How far a digit's clock may run from the page's before it is set back to it, in wall ms. */
const RESYNC_MS = 8;

/** Whether this browser runs Web Animations (jsdom does not). */
export const canTurnDigits = (): boolean =>
  typeof document !== 'undefined' && typeof document.documentElement.animate === 'function';

/**
 * One digit of a playing clock, turned by the browser rather than redrawn by the page: a strip of its
 * `glyphs` in a window one line high, stepped by a Web Animation (a transform, run on the compositor)
 * one glyph every `periodMs / glyphs.length` of render time. Like a tape's slide (stage/use-slide.ts) it
 * is declared from the render time: its clock is set to the render time within its period and runs at
 * the playback speed, and a frame whose clock lost time sets it back. A step of the clock then costs
 * the page no frame at all (each one cost the lightest class a style, layout, paint and commit, five a
 * second).
 */
export function ClockDigit({
  glyphs,
  periodMs,
  speed,
}: {
  glyphs: readonly string[];
  periodMs: number;
  speed: number;
}) {
  const store = useSimulatorStore();
  const strip = useRef<HTMLSpanElement>(null);
  const key = glyphs.join('');
  useLayoutEffect(() => {
    const element = strip.current;
    if (!element || typeof element.animate !== 'function') return undefined;
    const at = (renderTime: number): number => ((renderTime % periodMs) + periodMs) % periodMs;
    const animation = element.animate([{ transform: 'translateY(0)' }, { transform: 'translateY(-100%)' }], {
      duration: periodMs,
      iterations: Infinity,
      easing: `steps(${key.length})`,
    });
    animation.playbackRate = speed;
    animation.currentTime = at(store.getState().renderTime);
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.renderTime === prev.renderTime) return;
      const now = at(s.renderTime);
      const drift = Math.abs(Number(animation.currentTime ?? now) - now);
      if (Math.min(drift, periodMs - drift) > RESYNC_MS * speed) animation.currentTime = now;
    });
    return () => {
      unsubscribe();
      animation.cancel();
    };
  }, [store, key, periodMs, speed]);
  return (
    <span className="time-readout__digit">
      <span ref={strip} className="time-readout__strip">
        {glyphs.map((g, i) => (
          <span key={i}>{g}</span>
        ))}
      </span>
    </span>
  );
}
