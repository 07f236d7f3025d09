import { describe, expect, it } from 'vitest';
import { LIMITS, validateScenario } from '../../src/engine';
import { COURSE } from '../../src/lessons/course';
import { findScenario, SCENARIOS } from '../../src/lessons/scenarios';
import { MAX_DEPTH, nestsDeeperThan } from '../../src/session/share/safe-json';
import { SHARE_LIMITS } from '../../src/session/share';

/**
 * `src/session/share` keeps its own limits (a link is refused before any engine work): these tests keep them inside the
 * engine's, and roomy enough for the largest class and lesson the engine accepts.
 */
describe('share limits and the engine', () => {
  it('a shared moment is a time the engine can reach', () => {
    expect(SHARE_LIMITS.timeMs).toBeLessThanOrEqual(LIMITS.maxTimeMs);
  });

  it('the deepest class and lesson the engine accepts fit the nesting limit', () => {
    const group = { id: 'g', topics: ['notes'], members: [{ id: 'a', recordsPerSec: 1 }] };
    const scenario = validateScenario({ ...findScenario('stress')!.scenario, groups: [group] });
    const lesson = {
      ...COURSE[0]!,
      steps: [
        {
          ...COURSE[0]!.steps[0]!,
          commands: [{ type: 'addGroup', group }],
          highlight: [{ kind: 'member', group: 'g', member: 'a' }],
        },
      ],
    };
    const payloads = [
      { v: 1, scenario, commands: [{ timeMs: 0, command: { type: 'addGroup', group } }] },
      { v: 1, lesson, scenario },
      ...SCENARIOS.map((s) => ({ v: 1, scenario: s.scenario, commands: [] })),
    ];
    for (const p of payloads) expect(nestsDeeperThan(JSON.stringify(p), MAX_DEPTH - 4)).toBe(false);
  });
});
