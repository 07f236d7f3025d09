import type { Scenario } from '../engine';
import type { LessonPlan } from './lesson-plan';
import type { Player } from './player';
import { ScriptReplay } from './script-replay';

/** The end of a plan's last step: where a replay of its script runs to. */
export const planEndMs = (plan: LessonPlan): number => plan.steps[plan.steps.length - 1]?.endMs ?? 0;

/** The share of a move's progress the fresh replay of the script stands for (it is most of the work). */
const REPLAY_SHARE = 0.9;

/**
 * A lesson moved to a moment of its script (a step change), a slice of engine work at a time: back on the
 * script after the user acted off it, the script is first replayed afresh into a new Player, to the end of
 * the last step (a ScriptReplay, as a lesson file's opening does; its future must be recorded for the steps
 * to play); then that Player seeks the moment (Player.seekInSlices). In one go (`step(Infinity)`) it is
 * Player.forLesson then a seek; in slices it ends in exactly that state (lesson-move.test.ts). Until it is
 * done the current Player is the page's: only an on-script move moves it (seeking), a fresh one does not
 * touch it.
 */
export class LessonMove {
  private readonly replay: ScriptReplay | null;
  private seek: ((maxWork: number) => boolean) | null = null;
  /** Where the seek's replay started (the checkpoint it restored): its progress is measured from there. */
  private seekFromMs = 0;
  private finished = false;

  /** `current`: the page's Player on the script, or null to replay the script afresh. */
  constructor(
    scenario: Scenario,
    plan: LessonPlan,
    private readonly current: Player | null,
    readonly targetMs: number,
  ) {
    this.replay = current === null ? new ScriptReplay(scenario, plan.script, planEndMs(plan)) : null;
  }

  /** The Player the move moves: the page's, or the fresh one it replays the script into. */
  get player(): Player {
    return this.replay?.player ?? this.current!;
  }

  /** Whether the script is replayed afresh (back on it after acting off it). */
  get fresh(): boolean {
    return this.replay !== null;
  }

  get done(): boolean {
    return this.finished;
  }

  /** The engine work the move's Player has done (its meter; the page's slices count their share of it). */
  get work(): number {
    return this.player.work;
  }

  /** The share of the move done, 0 to 1: the replay's simulated time, then the seek's. */
  get progress(): number {
    if (this.finished) return 1;
    const { player, targetMs } = this;
    const seekShare =
      this.seek === null
        ? 0
        : targetMs <= this.seekFromMs
          ? 1
          : Math.min(1, Math.max(0, (player.now - this.seekFromMs) / (targetMs - this.seekFromMs)));
    if (this.replay === null) return seekShare;
    return this.seek === null
      ? REPLAY_SHARE * this.replay.progress
      : REPLAY_SHARE + (1 - REPLAY_SHARE) * seekShare;
  }

  /** Moves on by at most `maxWork` of engine work (and the rest of a moment); returns whether it is done. */
  step(maxWork: number): boolean {
    if (this.finished) return true;
    const start = this.work;
    if (this.seek === null) {
      // The replay first (its own `done` turns false again once the seek moves its Player back).
      if (this.replay !== null && !this.replay.step(maxWork)) return false;
      this.seek = this.player.seekInSlices(this.targetMs);
      this.seekFromMs = Math.min(this.player.now, this.targetMs);
    }
    this.finished = this.seek(maxWork - (this.work - start));
    return this.finished;
  }
}
