import { BUSY_REFRESH_MS } from '../shared/busy-refresh';
import { MAX_EXTRAPOLATION_MS } from '../runtime/clock';
import type { SimulatorState } from './state';

/** Wall-clock period of the player chrome (time readout, timeline) while a calm class plays. */
export const CHROME_REFRESH_MS = 100;

/**
 * Wall-clock period of the player chrome while a busy class plays: half the text's (BUSY_REFRESH_MS), so
 * every other step of the clock lands on the frame the text redraws anyway. At ten steps a second the
 * busy school at 8x with the CPU slowed four times spent a frame of 17-20 ms on each (React, then style,
 * layout and paint of the page around the stage: one frame over the 16.7 ms a frame has, eight times a
 * second); at four, two of them share the text's frame and two stand alone (issue 12, ARCHITECTURE).
 * The clock then steps by two simulated seconds at 8x, a quarter of one at 1x.
 */
export const BUSY_CHROME_REFRESH_MS = BUSY_REFRESH_MS / 2;

/** The chrome's period in a busy class: half its read parts' (the state's busyRefreshMs), as above. */
export function busyChromeMs(s: Pick<SimulatorState, 'busyRefreshMs'>): number {
  return s.busyRefreshMs / 2;
}

/**
 * Wall-clock period at which a calm class's time readout steps: two tenths at 1x ("0:05.2", "0:05.4"), as
 * a clock read from across a room needs. It turns on its own (views/controls/clock-digit.tsx, or on its
 * own timer: use-clock-time.ts), not by waking the page's frames.
 */
export const CALM_CLOCK_MS = 200;

/**
 * The longest wall time a calm class's page sleeps: what reads the playback clock between its frames (the
 * clocks, the flights' painter) extrapolates it at most MAX_EXTRAPOLATION_MS (1 s) past the page's last
 * frame, so the page re-anchors it sooner even when nothing happens.
 */
export const CALM_ANCHOR_MS = 0.8 * MAX_EXTRAPOLATION_MS;

/**
 * Wall-clock period of what is read rather than watched while a busy class plays: desks, captions, the
 * inspector's tables, the charts. Twice a second keeps numbers alive and legible; faster, they only blur,
 * and each redraw of the busy school's 24 desks costs a slow laptop a dropped frame (measured by bench:ui:
 * at 4 Hz the p95 frame with the CPU slowed four times was 50 ms, at 3 Hz 17 ms, before shelves streamed).
 * It is the streaming shelves' period too (BUSY_REFRESH_MS), so both redraw on one frame from one moment.
 */
export const TEXT_REFRESH_MS = BUSY_REFRESH_MS;

/**
 * Up to this many notes written per wall-clock second (the teachers' and translators' rates times the
 * speed), a class is calm: a reader follows every number, and the numbers must agree with each other (a
 * lesson says "lag = log end offset - committed offset" while the shelf shows its log end), so text is
 * redrawn when the class changes instead of up to a third of a second late. Every lesson at 1x is calm.
 */
export const CALM_NOTES_PER_SEC = 15;

/** Whether a playing class is slow enough for text to follow every change (see CALM_NOTES_PER_SEC). */
export function isCalm(s: Pick<SimulatorState, 'snapshot' | 'speed'>): boolean {
  let written = 0;
  for (const p of s.snapshot.producers) written += p.recordsPerSec;
  for (const g of s.snapshot.groups) {
    if (g.outputTopic === null) continue;
    for (const m of g.members) written += m.recordsPerSec;
  }
  return written * s.speed <= CALM_NOTES_PER_SEC;
}
