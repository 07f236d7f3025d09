import { MIN_RATE, ScenarioError, validateScenario, type Problem, type Scenario } from '../engine';

/** The engine's slowest rate above zero, for views that read typed rates. */
export const MIN_RECORDS_PER_SEC = MIN_RATE;

export type ScenarioCheck = { ok: true; value: Scenario } | { ok: false; problems: Problem[] };

/**
 * The engine's own scenario validation, as a door for views: every problem with its path, without
 * building a simulation. The value is the input itself: the validator refuses unknown fields, so nothing
 * else rides along.
 */
export function checkScenario(input: unknown): ScenarioCheck {
  try {
    validateScenario(input);
    return { ok: true, value: input as Scenario };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, problems: e.problems.map((p) => ({ ...p })) };
    return {
      ok: false,
      problems: [{ path: '', message: e instanceof Error ? e.message : 'the scenario could not be checked' }],
    };
  }
}
