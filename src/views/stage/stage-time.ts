import { pausedBetweenSteps } from '../../runtime/lesson-phase';
import type { SimulatorState } from '../../store/simulator-store';
import { SETTLE_MS } from '../../viz/stage-motion';

/**
 * How far past the render time the stage's motion is drawn: SETTLE_MS while the class stands paused
 * between two lesson steps, else 0. A timed step ends where the lesson planner says (start + ms), knowing
 * nothing of the picture's motion, and at one note a second a card is almost always in the air then: drawn
 * at the render time, the projected picture would hold a card half way to a shelf that already counts its
 * note, for as long as the class discusses the step. So there the stage draws its settled picture: every
 * card in its cell or on its student's pile, every copy filled, as the snapshot's numbers already say.
 * Paused mid-step, stepping or scrubbing, the frozen frame is the honest picture of that instant, and
 * that is what is drawn. The clock, the timeline and the numbers read the render time and the snapshot.
 */
export function settleMs(s: SimulatorState): number {
  return pausedBetweenSteps(s.lesson, s.playing, s.renderTime) ? SETTLE_MS : 0;
}

/**
 * The time the moving parts of the stage are drawn at (flights, tapes, copies, the desks' piles): the
 * render time, settled between lesson steps (settleMs). Each of them reads it here, so they stay one
 * picture, a pure function of (snapshot, this time).
 */
export function selectStageTime(s: SimulatorState): number {
  return s.renderTime + settleMs(s);
}
