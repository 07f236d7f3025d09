/**
 * The heaviest cases the page lets in (issue 12: whatever passes the work check must open in under a second
 * on a classroom laptop): for a class, the latest moment a share link may open it at, and for a lesson file,
 * the most one-minute steps on a busy school. Found with the page's own checks (session/open-shared.ts: the
 * forecast, then the engine's meter), so they follow the budget wherever it is set.
 */
import { checkLesson, openLesson } from '../src/session/open-shared.ts';
import { openingRefusal } from '../src/session/class-opening.ts';
import { ScriptReplay } from '../src/runtime/script-replay.ts';
import { isWorkBudgetError, OPEN_WORK_BUDGET } from '../src/runtime/work-budget.ts';
import type { SharePayload } from '../src/session/share/index.ts';

type Scenario = SharePayload['scenario'];

const passesForecast = (scenario: Scenario, timeMs: number): boolean =>
  openingRefusal({ v: 1, scenario, commands: [], timeMs } as never) === null;

/**
 * The latest moment (to within 1%, at most 24 h) a link may open `scenario` at: the forecast's limit, or
 * where the engine's meter stops a replay towards it at the budget (one replay, not a search of them: a
 * replay at the budget is 2 s of work on the reference machine).
 */
export function latestAdmitted(scenario: Scenario): number {
  let lo = 0;
  let hi = 86_400_000;
  if (!passesForecast(scenario, hi)) {
    while (hi - lo > Math.max(1000, lo / 100)) {
      const mid = Math.floor((lo + hi) / 2);
      if (passesForecast(scenario, mid)) lo = mid;
      else hi = mid;
    }
    hi = lo;
  }
  const replay = new ScriptReplay(scenario as never, [], hi, OPEN_WORK_BUDGET);
  try {
    replay.step(Infinity);
    return hi;
  } catch (e) {
    if (isWorkBudgetError(e)) return e.reachedMs;
    throw e;
  }
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

/** The most one-minute steps a lesson file on `scenario` may have (at most 30): more steps, more work. */
export function mostSteps(scenario: Scenario): number {
  let lo = 0;
  let hi = 31;
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (lessonOpens(scenario, mid)) lo = mid;
    else hi = mid;
  }
  return lo;
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
