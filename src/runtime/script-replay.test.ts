import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { findScenario } from '../lessons/scenarios';
import { Player, type ScriptedCommand } from './player';
import { ScriptRefusal, ScriptReplay } from './script-replay';
import { isWorkBudgetError } from './work-budget';

const stress = findScenario('stress')!.scenario;
const threeRooms = findScenario('three-rooms')!.scenario;

const stressScript: ScriptedCommand[] = [
  { timeMs: 2_000, command: { type: 'sleep', group: 'english', member: 'en-1' } },
  { timeMs: 2_000, command: { type: 'crash', group: 'spanish', member: 'sp-3' } },
  { timeMs: 7_500, command: { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 300 } },
  { timeMs: 9_001, command: { type: 'wake', group: 'english', member: 'en-1' } },
];
const roomsScript: ScriptedCommand[] = [
  { timeMs: 3_000, command: { type: 'stopBroker', broker: 2, clean: false } },
  { timeMs: 8_000, command: { type: 'startBroker', broker: 2 } },
  { timeMs: 9_000, command: { type: 'stopBroker', broker: 1, clean: true } },
];

/** Everything a page shows of a player: its snapshot, events, milestones, samples and the work done. */
function state(p: Player): string {
  return JSON.stringify([p.now, p.snapshot(), p.events(), p.milestones(), p.samples(), p.script(), p.work]);
}

/** Replays in slices of `slice` work; returns the player and each slice's work. */
function sliced(scenario: Scenario, script: ScriptedCommand[], untilMs: number, slice: number) {
  const replay = new ScriptReplay(scenario, script, untilMs);
  const works: number[] = [];
  for (;;) {
    const before = replay.player.work;
    const done = replay.step(slice);
    works.push(replay.player.work - before);
    if (done) break;
    expect(works.length).toBeLessThan(100_000);
  }
  return { player: replay.player, works };
}

describe('ScriptReplay: a replay in slices', () => {
  it.each([
    ['the busy school with sleeps, a crash and a faster teacher', stress, stressScript, 12_000],
    ['three rooms with a broker crashed, restarted and shut down', threeRooms, roomsScript, 15_000],
  ] as const)('%s ends in the same state as a replay in one go', (_, scenario, script, untilMs) => {
    // Read once: a snapshot is metered work too.
    const once = state(Player.withScript(scenario, script, untilMs));
    for (const slice of [10, 300, 7_777]) {
      const { player, works } = sliced(scenario, [...script], untilMs, slice);
      expect(state(player)).toBe(once);
      // Small slices cut the replay in many pieces, between commands and inside the stretch to the moment.
      if (slice === 10) expect(works.length).toBeGreaterThan(10);
      // And it goes on the same: the next ten seconds played on both (a snapshot is metered work too).
      const other = Player.withScript(scenario, script, untilMs);
      state(other);
      other.advanceTo(untilMs + 10_000);
      player.advanceTo(untilMs + 10_000);
      expect(state(player)).toBe(state(other));
    }
  });

  it('does at most its slice of work and the rest of one moment', () => {
    const slice = 500;
    const { works } = sliced(stress, stressScript, 30_000, slice);
    // A moment of the busy school (a fetch, a batch, a checkpoint) is far smaller than a slice.
    const overrun = Math.max(...works) - slice;
    expect(overrun).toBeLessThan(slice);
    // Every slice but the last does at least its work: no slice is wasted on a yield alone.
    expect(Math.min(...works.slice(0, -1))).toBeGreaterThanOrEqual(slice);
  });

  it('reports its progress in simulated time, and is done at the shared moment or the last command', () => {
    const replay = new ScriptReplay(stress, stressScript, 5_000);
    expect(replay.endMs).toBe(9_001);
    expect(replay.progress).toBe(0);
    let last = 0;
    while (!replay.step(300)) {
      expect(replay.progress).toBeGreaterThanOrEqual(last);
      last = replay.progress;
    }
    expect(replay.progress).toBe(1);
    expect(replay.player.now).toBe(9_001);
  });

  it('names a command the engine refuses, and stops at the whole budget', () => {
    const refused = new ScriptReplay(
      stress,
      [{ timeMs: 1_000, command: { type: 'wake', group: 'english', member: 'nobody' } }],
      2_000,
    );
    expect(() => refused.step(Infinity)).toThrow(ScriptRefusal);

    const heavy = new ScriptReplay(stress, [], 60_000, 10_000);
    let error: unknown = null;
    try {
      while (!heavy.step(1_000));
    } catch (e) {
      error = e;
    }
    expect(isWorkBudgetError(error)).toBe(true);
    expect(heavy.player.work).toBeLessThan(10_000 + 1_000);
  });
});
