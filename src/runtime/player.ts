import { classSize, isLargeClass } from '../shared/class-size';
import {
  createSimulation,
  type Command,
  type EngineEvent,
  type Scenario,
  type Simulation,
  type Snapshot,
  type SnapshotOptions,
  type WorkCounts,
} from '../engine';
import { SAMPLE_EVERY_MS, SampleHistory, sampleOf, type Sample } from './history';
import type { LessonPlan } from './lesson-plan';
import { addPageWork } from './page-work';
import { forecastWork, SEEK_WORK_BUDGET, WorkBudgetError } from './work-budget';

/** A stretch of simulated time, its start included and its end not. */
export interface TimeSpan {
  readonly fromMs: number;
  readonly toMs: number;
}

export interface ScriptedCommand {
  readonly timeMs: number;
  readonly command: Command;
}

/** How far ahead "Step forward" looks for something to happen before giving up. */
export const STEP_LIMIT_MS = 60_000;
/** Records per partition a snapshot carries for the shelves. */
export const SHELF_WINDOW = 24;

const SNAPSHOT_OPTIONS: SnapshotOptions = { recentRecords: SHELF_WINDOW };
/**
 * A class past the detailed picture's limits is drawn as an overview, which shows no single note: its
 * snapshots carry none, which makes them several times cheaper (1,024 shelves of 24 notes each are 24,576
 * records to copy on every publish).
 */
const LARGE_SNAPSHOT_OPTIONS: SnapshotOptions = { recentRecords: 0 };

/**
 * The runtime's handle on one simulation: it moves the engine to the playhead, keeps chart samples and
 * answers "what happened just before/after now" for stepping. The engine does the Kafka; this decides when.
 */
export class Player {
  private sim: Simulation;
  private readonly history = new SampleHistory();
  private historyVersion = 0;
  /** The engine's work meter reading at which moving forward stops (a WorkBudgetError), or Infinity. */
  private workLimit = Infinity;
  private workBudget = Infinity;
  /** The engine's meter as last added to the page's total (see page-work.ts). */
  private reported = 0;

  /** Whether the class is past the detailed picture's limits (see isLargeClass); follows its snapshots. */
  private large: boolean;

  constructor(private readonly scenario: Scenario) {
    this.large = isLargeClass(classSize(scenario));
    this.sim = createSimulation(scenario);
    this.sim.advanceTo(0);
    this.history.add(sampleOf(this.sim.counters()));
    this.report();
  }

  /** Adds the work done since the last report to the page's total. */
  private report(): void {
    addPageWork(this.sim.work - this.reported);
    this.reported = this.sim.work;
  }

  get now(): number {
    return this.sim.now;
  }

  /** The engine's work so far, in microseconds on its reference machine (see the engine's work meter). */
  get work(): number {
    return this.sim.work;
  }

  /** The engine's work so far, by kind (for calibrating the meter). */
  workCounts(): Readonly<WorkCounts> {
    return this.sim.workCounts();
  }

  /** Changes whenever the samples change, so the store knows when to republish them. */
  get samplesVersion(): number {
    return this.historyVersion;
  }

  samples(): readonly Sample[] {
    return this.history.all;
  }

  snapshot(): Snapshot {
    const snapshot = this.sim.snapshot(this.large ? LARGE_SNAPSHOT_OPTIONS : SNAPSHOT_OPTIONS);
    // Commands add students and study groups: the next snapshot follows the class's size.
    this.large = isLargeClass(classSize(snapshot));
    return snapshot;
  }

  /** When the engine next has something to do (a record due, a poll, a timeout, a recorded command), or Infinity. */
  get nextEventAt(): number {
    return this.sim.nextTimerAt();
  }

  /** Whether the class is past the detailed picture's limits, as of its latest snapshot. */
  get isLarge(): boolean {
    return this.large;
  }

  events(fromId = 0): readonly EngineEvent[] {
    return this.sim.events(fromId);
  }

  milestones(): readonly EngineEvent[] {
    return this.sim.milestones();
  }

  /** The latest moment the run has reached or recorded (the timeline's right end). */
  get horizonMs(): number {
    const last = this.history.all[this.history.all.length - 1]?.timeMs ?? 0;
    const lastCommand = this.sim.commands[this.sim.commands.length - 1]?.timeMs ?? 0;
    return Math.max(this.sim.now, last, lastCommand);
  }

  /**
   * From now on, moving forward may cost at most `maxWork` more work (the engine's meter); past it, it stops
   * between two moments and throws a WorkBudgetError. `null` lifts the limit.
   */
  limitWork(maxWork: number | null): void {
    this.workBudget = maxWork ?? Infinity;
    this.workLimit = maxWork === null ? Infinity : this.sim.work + maxWork;
  }

  /** Moves the engine forward to `timeMs`, sampling every simulated second on the way. */
  advanceTo(timeMs: number): void {
    const target = Math.floor(timeMs);
    try {
      while (this.sim.now < target) {
        const nextSample = (Math.floor(this.sim.now / SAMPLE_EVERY_MS) + 1) * SAMPLE_EVERY_MS;
        const step = Math.min(target, nextSample);
        if (!this.sim.advanceWithin(step, this.workLimit - this.sim.work)) {
          throw new WorkBudgetError(this.sim.now, this.workBudget);
        }
        if (step === nextSample) this.addSample();
      }
    } finally {
      this.report();
    }
  }

  /**
   * Moves forward towards `timeMs` doing at most `maxWork` work: a frame of a heavy class shows less
   * simulated time instead of taking longer. Returns whether `timeMs` was reached.
   */
  advanceWithin(timeMs: number, maxWork: number): boolean {
    const saved = this.workLimit;
    this.workLimit = Math.min(saved, this.sim.work + maxWork);
    try {
      this.advanceTo(timeMs);
      return true;
    } catch (e) {
      if (e instanceof WorkBudgetError && this.workLimit < saved) return false;
      throw e;
    } finally {
      this.workLimit = saved;
    }
  }

  /**
   * Any moment, backwards or forwards: the engine restores a checkpoint and replays. Returns whether it got
   * there: a seek back into the unreachable stretch (see `unreachable`) lands at the rewind floor instead.
   */
  seek(timeMs: number): boolean {
    const target = Math.max(0, Math.floor(timeMs));
    if (target < this.sim.now) {
      this.sim.seek(this.reachable(target));
      this.report();
      return this.sim.now === target;
    }
    // Through a stretch already sampled (a recorded future), let the engine jump by its checkpoints.
    const known = Math.min(target, this.history.all[this.history.all.length - 1]?.timeMs ?? 0);
    if (known > this.sim.now) this.sim.seek(known);
    this.advanceTo(target);
    return true;
  }

  /**
   * The seek to `timeMs` as a page runs it in slices (a lesson's step change): the function returned moves it
   * on by at most `maxWork` of engine work (and the rest of a moment) and says whether it is there. It ends
   * exactly where `seek` ends (the engine's meter stops between two moments), except before the rewind
   * floor: it is never clipped there but replays from time 0, a slice at a time, since a lesson's whole run
   * is within its budget.
   */
  seekInSlices(timeMs: number): (maxWork: number) => boolean {
    const target = Math.max(0, Math.floor(timeMs));
    // Forward, the stretch already sampled is crossed as seek crosses it: by the engine alone.
    const known =
      target < this.sim.now
        ? target
        : Math.max(
            this.sim.now,
            Math.min(target, this.history.all[this.history.all.length - 1]?.timeMs ?? 0),
          );
    this.sim.startSeek(known);
    this.report();
    const crossed = known;
    return (maxWork) => {
      const start = this.sim.work;
      try {
        if (this.sim.now < crossed && !this.sim.advanceWithin(crossed, maxWork)) return false;
      } finally {
        this.report();
      }
      return this.sim.now >= target || this.advanceWithin(target, maxWork - (this.sim.work - start));
    };
  }

  private unreachableCache: { key: string; span: TimeSpan | null } = { key: '0:0', span: null };

  /**
   * The moments a seek cannot reach, or null: from the first whose replay from time 0 would cost more than
   * SEEK_WORK_BUDGET up to the rewind floor (before it the replay is light enough, from it on a checkpoint
   * is kept). The forecast only grows with time, so a binary search finds the start; it is worked out again
   * only when the floor or the commands change.
   */
  unreachable(): TimeSpan | null {
    const floor = this.rewindFloorMs;
    const commands = this.sim.commands;
    const key = `${floor}:${commands.length}`;
    if (this.unreachableCache.key === key) return this.unreachableCache.span;
    const heavy = (t: number): boolean => forecastWork(this.scenario, commands, t) > SEEK_WORK_BUDGET;
    let span: TimeSpan | null = null;
    if (floor > 0 && heavy(floor - 1)) {
      let light = -1; // the last moment known light (none yet)
      let from = floor - 1; // the first moment known heavy
      while (from - light > 1) {
        const middle = Math.floor((light + from) / 2);
        if (heavy(middle)) from = middle;
        else light = middle;
      }
      span = { fromMs: from, toMs: floor };
    }
    this.unreachableCache = { key, span };
    return span;
  }

  /** The earliest moment a seek reaches from a kept checkpoint (see the engine's rewindFloorMs). */
  get rewindFloorMs(): number {
    return this.sim.rewindFloorMs();
  }

  /**
   * Where a seek back to `target` lands: there, unless it is before the oldest checkpoint kept and the replay
   * from time 0 would cost more than SEEK_WORK_BUDGET; then at that checkpoint, the earliest moment kept.
   */
  reachable(target: number): number {
    const floor = this.rewindFloorMs;
    if (target >= floor) return target;
    return forecastWork(this.scenario, this.sim.commands, target) > SEEK_WORK_BUDGET ? floor : target;
  }

  /** Applies a command now; returns the engine's refusal as text, or null. */
  apply(command: Command): string | null {
    try {
      this.sim.apply(command);
    } catch (e) {
      return e instanceof Error ? e.message : String(e);
    } finally {
      this.report();
    }
    this.history.truncateAfter(this.sim.now);
    this.historyVersion++;
    return null;
  }

  /**
   * Moves to the next moment something visible happens: a record appended or an event logged. Heartbeats
   * and empty polls are skipped. Gives up after STEP_LIMIT_MS of simulated quiet.
   */
  stepForward(): void {
    const start = this.sim.now;
    const before = this.signature();
    while (this.sim.now < start + STEP_LIMIT_MS) {
      const next = Math.min(this.sim.nextTimerAt(), start + STEP_LIMIT_MS);
      this.advanceTo(Math.max(next, this.sim.now + 1));
      if (this.signature() !== before) return;
    }
  }

  /** Moves back to the previous moment something visible happened. */
  stepBack(): void {
    const now = this.sim.now;
    let previous = 0;
    for (const e of this.sim.events()) if (e.timeMs < now && e.timeMs > previous) previous = e.timeMs;
    for (const t of this.snapshot().topics) {
      for (const p of t.partitions) {
        for (const r of p.recent) if (r.timestamp < now && r.timestamp > previous) previous = r.timestamp;
      }
    }
    this.seek(previous);
  }

  /**
   * A player with a script of commands recorded: each given at its time, then run to `untilMs`. Seeking
   * anywhere shows exactly that moment, and playing on replays the script until the user gives a command
   * of her own (a fork). Throws if the engine refuses a command of the script.
   */
  static withScript(
    scenario: Scenario,
    script: readonly ScriptedCommand[],
    untilMs: number,
    maxWork: number | null = null,
  ): Player {
    const player = new Player(scenario);
    player.limitWork(maxWork);
    for (const { timeMs, command } of script) {
      if (timeMs < player.now) throw new Error(`script goes back in time at ${timeMs} ms`);
      player.advanceTo(timeMs);
      const refusal = player.apply(command);
      if (refusal !== null) throw new Error(`command refused at ${timeMs} ms: ${refusal}`);
    }
    player.advanceTo(Math.max(untilMs, player.now));
    player.limitWork(null);
    return player;
  }

  /** A lesson's whole script recorded, run to the end of its last step (at most `maxWork` work). */
  static forLesson(scenario: Scenario, plan: LessonPlan, maxWork: number | null = null): Player {
    return Player.withScript(scenario, plan.script, plan.steps[plan.steps.length - 1]?.endMs ?? 0, maxWork);
  }

  /** The commands given so far with their times (a recorded future included): what a share link holds. */
  script(): readonly ScriptedCommand[] {
    return this.sim.commands.map(({ timeMs, command }) => ({ timeMs, command }));
  }

  /** Starts again from time 0 with the scenario alone: commands given so far are forgotten. */
  reset(): Player {
    return new Player(this.scenario);
  }

  private signature(): string {
    const s = this.sim.snapshot();
    let appended = 0;
    for (const t of s.topics) for (const p of t.partitions) appended += p.logEndOffset;
    return `${s.eventCount}:${appended}`;
  }

  private addSample(): void {
    this.history.add(sampleOf(this.sim.counters()));
    this.historyVersion++;
  }
}
