import type { Scenario } from '../engine';
import { Player, type ScriptedCommand } from './player';

/** The engine refused a command of the script: which one, and its refusal. */
export class ScriptRefusal extends Error {
  constructor(
    readonly index: number,
    readonly timeMs: number,
    readonly refusal: string,
  ) {
    super(`command refused at ${timeMs} ms: ${refusal}`);
    this.name = 'ScriptRefusal';
  }
}

/**
 * A script of commands replayed into a fresh Player a slice of work at a time: each command given at its
 * time, then the run to `untilMs`. `step(maxWork)` does at most that much engine work (the meter's units)
 * and one moment more, then returns, so a page can replay a class hours long in pieces and answer its user
 * between them. The engine's meter stops between two moments, never inside one, and a command is given at
 * the same moment whether the run got there in one piece or many: the replay ends in exactly the state of
 * a replay in one go (the engine is deterministic; tested).
 */
export class ScriptReplay {
  readonly player: Player;
  /** The next command of the script to give. */
  private next = 0;

  /**
   * `maxWork`: the whole replay's budget (the engine's meter); past it `step` throws a WorkBudgetError.
   * Throws a ScriptRefusal for a command the engine refuses, or an Error for a script that goes back in time.
   */
  constructor(
    scenario: Scenario,
    private readonly script: readonly ScriptedCommand[],
    readonly untilMs: number,
    maxWork: number | null = null,
  ) {
    this.player = new Player(scenario);
    this.player.limitWork(maxWork);
  }

  /** Where the replay ends: the shared moment, or the last command's if later. */
  get endMs(): number {
    return Math.max(this.untilMs, this.script[this.script.length - 1]?.timeMs ?? 0);
  }

  get done(): boolean {
    return this.next >= this.script.length && this.player.now >= this.endMs;
  }

  /** How far the replay got, as a share of the simulated time it runs (0 to 1). */
  get progress(): number {
    const end = this.endMs;
    return end <= 0 ? (this.done ? 1 : 0) : Math.min(1, this.player.now / end);
  }

  /**
   * Moves the replay on by at most `maxWork` of engine work (and the rest of the moment it is in); returns
   * whether it is done. When done, the whole budget is lifted: what follows is the page's own playing.
   */
  step(maxWork: number): boolean {
    const { player } = this;
    const start = player.work;
    while (!this.done) {
      const command = this.script[this.next];
      const target = command?.timeMs ?? this.endMs;
      if (target < player.now) throw new Error(`script goes back in time at ${target} ms`);
      const left = maxWork - (player.work - start);
      if (left <= 0 || !player.advanceWithin(target, left)) return false;
      if (command !== undefined) {
        const refusal = player.apply(command.command);
        if (refusal !== null) throw new ScriptRefusal(this.next, command.timeMs, refusal);
        this.next++;
      }
    }
    player.limitWork(null);
    return true;
  }
}
