/**
 * The heaviest cases the page lets in (issue 12: whatever passes the work check must open in under a second
 * on a classroom laptop): for a class, the latest moment a share link may open it at, and for a lesson file,
 * the most one-minute steps on a busy school. Found with the page's own checks (session/open-shared.ts: the
 * forecast, then the engine's meter), so they follow the budget wherever it is set.
 */
import { checkLesson, openLesson, openSharedClass } from '../src/session/open-shared.ts';
import type { SharePayload } from '../src/session/share/index.ts';

type Scenario = SharePayload['scenario'];

function opens(scenario: Scenario, timeMs: number): boolean {
  try {
    openSharedClass({ v: 1, scenario, commands: [], timeMs } as never);
    return true;
  } catch {
    return false;
  }
}

/** The latest moment (to within 1%, at most 24 h) a link may open `scenario` at. */
export function latestAdmitted(scenario: Scenario): number {
  let lo = 0;
  let hi = 86_400_000;
  if (opens(scenario, hi)) return hi;
  while (hi - lo > Math.max(1000, lo / 100)) {
    const mid = Math.floor((lo + hi) / 2);
    if (opens(scenario, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}

export const minuteSteps = (n: number, ms = 60_000) => ({
  id: 'heavy',
  title: 'Heavy',
  steps: Array.from({ length: n }, (_, i) => ({
    title: `Step ${i + 1}`,
    caption: 'A stretch of class.',
    until: { kind: 'elapsed', ms },
  })),
});

function lessonOpens(scenario: Scenario, steps: number, ms = 60_000): boolean {
  const checked = checkLesson(minuteSteps(steps, ms), scenario as never);
  if (!checked.ok) return false;
  try {
    openLesson(scenario as never, checked.value);
    return true;
  } catch {
    return false;
  }
}

/** The most one-minute steps a lesson file on `scenario` may have (at most 30). */
export function mostSteps(scenario: Scenario): number {
  let n = 0;
  while (n < 30 && lessonOpens(scenario, n + 1)) n++;
  return n;
}

/** When not even one minute fits: the longest single step (to within a second) a lesson file may have. */
export function longestStep(scenario: Scenario): number {
  let lo = 0;
  let hi = 60_000;
  while (hi - lo > 1000) {
    const mid = Math.floor((lo + hi) / 2);
    if (lessonOpens(scenario, 1, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
}
