import { useCallback, useSyncExternalStore } from 'react';
import { renderTimeAt, type ClockAnchor } from '../../runtime/clock';
import { stopAtMs } from '../../runtime/lesson-phase';
import { useSimulatorStore } from '../../store/context';
import { busyChromeMs, CALM_CLOCK_MS, isCalm } from '../../store/pace';
import type { SimulatorState, SimulatorStore } from '../../store/simulator-store';

/** The wall clock the page and the flights' painter share (runtime/clock.ts ClockAnchor). */
const wallNow = (): number => performance.timeOrigin + performance.now();

/**
 * The render time the time readout shows: live when paused, stepping or scrubbing; while playing, stepped
 * every BUSY_CHROME_REFRESH_MS of wall time in a busy class (whose page draws every frame) and every
 * CALM_CLOCK_MS in a calm one, whose page sleeps between its moments (the store's wakeInMs): there the
 * clock steps on its own timer from the playback clock anchored at the store's last render time
 * (renderTimeAt, as the flights' painter does), not by waking the page's frames, the whole store and
 * every subscriber (five of the lightest class's seven wakes a second were the clock's). The timeline and
 * a lesson step's progress follow the page's own moments (the store).
 */
class ClockFace {
  time: number;
  private anchor: ClockAnchor;
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();
  private unsubscribe: (() => void) | null = null;

  constructor(
    private readonly store: SimulatorStore,
    /** The render time between two steps while playing; null: the clock's own step (clockStepMs). */
    private readonly fixedPeriod: number | null,
  ) {
    const s = store.getState();
    this.time = s.renderTime;
    this.anchor = anchorOf(s);
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    if (this.unsubscribe === null) {
      this.unsubscribe = this.store.subscribe((s, prev) => this.onStore(s, prev));
      this.onStore(this.store.getState(), null);
    }
    return () => {
      this.listeners.delete(listener);
      if (this.listeners.size > 0) return;
      this.unsubscribe?.();
      this.unsubscribe = null;
      this.stopTimer();
    };
  };

  private onStore(s: SimulatorState, prev: SimulatorState | null): void {
    if (
      prev !== null &&
      s.renderTime === prev.renderTime &&
      s.playing === prev.playing &&
      s.speed === prev.speed &&
      s.lesson === prev.lesson &&
      s.snapshot === prev.snapshot
    )
      return;
    this.anchor = anchorOf(s);
    this.stopTimer();
    if (!s.playing) {
      this.show(s.renderTime);
      return;
    }
    const period = this.fixedPeriod ?? clockStepMs(s);
    // The face's own steps may run a few ms ahead of the page's next frame: a step back by one is not
    // shown (the readout would flicker back a tenth); a seek or a rewind further back is.
    const step = bucket(s.renderTime, period) - bucket(this.time, period);
    if (step > 0 || step < -1) this.show(s.renderTime);
    if (isCalm(s)) this.schedule(period);
  }

  /** Asleep between the store's moments, the clock's next step on this face's own timer. */
  private schedule(period: number): void {
    const now = renderTimeAt(this.anchor, wallNow());
    const next = (bucket(now, period) + 1) * period;
    if (next > this.anchor.stopAtMs) return;
    const waitMs = Math.max(1, (next - now) / this.anchor.speed);
    this.timer = setTimeout(() => {
      this.timer = null;
      const at = renderTimeAt(this.anchor, wallNow());
      if (bucket(at, period) !== bucket(this.time, period)) this.show(at);
      // Extrapolation stops a while past the anchor (MAX_EXTRAPOLATION_MS): the clock then waits for the page.
      if (at > now) this.schedule(period);
    }, waitMs);
  }

  private show(time: number): void {
    if (time === this.time) return;
    this.time = time;
    for (const l of this.listeners) l();
  }

  private stopTimer(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
  }
}

function anchorOf(s: SimulatorState): ClockAnchor {
  return {
    renderTime: s.renderTime,
    wallMs: wallNow(),
    speed: s.speed,
    playing: s.playing,
    stopAtMs: stopAtMs(s.lesson),
  };
}

/**
 * The render time between two steps of a playing clock: CALM_CLOCK_MS of wall time in a calm class,
 * BUSY_CHROME_REFRESH_MS in a busy one (the timeline's period, useChromeSample).
 */
export function clockStepMs(s: SimulatorState): number {
  return Math.max(1, (isCalm(s) ? CALM_CLOCK_MS : busyChromeMs(s)) * s.speed);
}

function bucket(time: number, period: number): number {
  return Math.floor(time / period);
}

const faces = new WeakMap<SimulatorStore, Map<number, ClockFace>>();

/** One face per store and period, shared by every clock on the page, so they step together on one timer. */
function faceOf(store: SimulatorStore, periodMs: number | null): ClockFace {
  let byPeriod = faces.get(store);
  if (!byPeriod) faces.set(store, (byPeriod = new Map()));
  let face = byPeriod.get(periodMs ?? 0);
  if (!face) byPeriod.set(periodMs ?? 0, (face = new ClockFace(store, periodMs)));
  return face;
}

/**
 * The render time a clock on the page shows now (see ClockFace): stepped by the clock's own step, or,
 * with `periodMs`, by that much render time (a minute, for a clock whose seconds turn on their own).
 */
export function useClockTime(periodMs: number | null = null): number {
  const face = faceOf(useSimulatorStore(), periodMs);
  const get = useCallback(() => face.time, [face]);
  return useSyncExternalStore(face.subscribe, get, get);
}
