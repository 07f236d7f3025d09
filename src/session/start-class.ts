import { CommandError, ScenarioError, type Problem, type Scenario } from '../engine';
import { createSimulatorStore, type SimulatorStore } from '../store/simulator-store';

/** The problems an engine error carries (ScenarioError, CommandError), or one line for anything else. */
export function problemsOf(e: unknown): Problem[] {
  if ((e instanceof ScenarioError || e instanceof CommandError) && e.problems.length > 0) {
    return e.problems.map((p) => ({ path: p.path, message: p.message }));
  }
  return [{ path: '', message: e instanceof Error ? e.message : 'the scenario could not be checked' }];
}

/** A class started from untrusted input, or every problem the engine found in it. */
export type Started =
  { ok: true; scenario: Scenario; store: SimulatorStore } | { ok: false; problems: Problem[] };

/**
 * Starts a class from a candidate scenario (the sandbox's form, an imported file), keeping the previous
 * class's speed, words and play state. The engine's validator decides; its problems come back with paths.
 */
export function startClass(candidate: unknown, previous: SimulatorStore | null): Started {
  const old = previous?.getState();
  try {
    const store = createSimulatorStore(candidate as Scenario, {
      speed: old?.speed ?? 1,
      words: old?.words ?? 'classroom',
      playing: old?.playing ?? false,
    });
    return { ok: true, scenario: candidate as Scenario, store };
  } catch (e) {
    return { ok: false, problems: problemsOf(e) };
  }
}
