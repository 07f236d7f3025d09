import { countReached } from '../shared/timed';
import type { Subject } from '../lessons/lesson';
import type { SimulatorState } from './state';

/** Module-level selectors, so components subscribe to exactly what they read. */
export const selectRenderTime = (s: SimulatorState) => s.renderTime;
export const selectPlaying = (s: SimulatorState) => s.playing;
export const selectSpeed = (s: SimulatorState) => s.speed;
export const selectWords = (s: SimulatorState) => s.words;
export const selectSelection = (s: SimulatorState) => s.selection;
export const selectMilestones = (s: SimulatorState) => s.milestones;
export const selectRefusal = (s: SimulatorState) => s.refusal;
/** How many milestones the playhead has reached (they are in time order): a binary search, run per frame. */
export const selectReachedCount = (s: SimulatorState): number =>
  countReached(s.milestones, s.snapshot.timeMs);
/** The subjects the current lesson step talks about (the stage dims the rest), or none. */
const NO_HIGHLIGHT: readonly Subject[] = [];
export const selectHighlight = (s: SimulatorState): readonly Subject[] =>
  s.lesson && !s.lesson.offScript
    ? (s.lesson.lesson.steps[s.lesson.step]?.highlight ?? NO_HIGHLIGHT)
    : NO_HIGHLIGHT;
export const selectSeekClipped = (s: SimulatorState) => s.seekClipped;
export const selectUnreachable = (s: SimulatorState) => s.unreachable;
export const selectSeeking = (s: SimulatorState) => s.seeking;
