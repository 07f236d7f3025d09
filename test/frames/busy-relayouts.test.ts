import { describe, expect, it } from 'vitest';
import { findScenario } from '../../src/lessons/scenarios';
import { Player } from '../../src/runtime/player';
import { sameStructure, stageStructure, type StageStructure } from '../../src/viz/stage-structure';

/**
 * How often the stage's furniture changes while the busy school plays, counted (issue 12): a new structure
 * means a new layout, and a new layout moves everything on the stage (about 2,000 DOM changes in one frame
 * when page numbers gained a digit, 5 and 75 wall seconds into the busy school at 8x).
 */
function relayouts(scenario: string, fromMs: number, untilMs: number, stepMs = 500): number[] {
  const player = new Player(findScenario(scenario)!.scenario);
  player.advanceTo(fromMs);
  let kept: StageStructure = stageStructure(player.snapshot());
  const at: number[] = [];
  for (let t = fromMs + stepMs; t <= untilMs; t += stepMs) {
    player.advanceTo(t);
    const next = stageStructure(player.snapshot());
    if (!sameStructure(kept, next)) at.push(t);
    kept = next;
  }
  return at;
}

describe('the stage keeps its layout while a class plays', () => {
  it('the busy school: no relayout once seated, in its first ten simulated minutes (pages reach 16,000)', () => {
    // Cells are made wide enough a minute ahead (OFFSET_RESERVE_S): five digits from the start (they
    // widened at pages 1,000 and 10,000).
    expect(relayouts('stress', 10_000, 600_000)).toEqual([]);
  });

  it('a lesson class keeps its three-digit cells', () => {
    expect(relayouts('sleepy-student', 10_000, 300_000)).toEqual([]);
  });
});
