import type { Command, Scenario } from '../scenario/types';
import { validateScenario } from '../scenario/validate-scenario';
import { validateCommand } from '../scenario/validate-command';
import { CommandError } from '../scenario/scenario-error';
import { LIMITS } from '../scenario/defaults';
import type { EngineEvent } from '../events';
import { scheduleProducer } from '../clients/producer';
import { scheduleRetentionCheck } from '../log/log-manager';
import { scheduleIsrExpiration } from '../cluster/replica-fetcher';
import type { Ctx } from '../kernel/context';
import { Interner } from '../../shared/interner';
import { buildWorld, newGroup, startMember } from './build-world';
import { CHECKPOINT_INTERVAL_MS, CheckpointStore } from './checkpoints';
import { checkCommand, executeCommand } from './commands';
import { commandWorkRefusal } from '../kernel/work-limit';
import { buildSnapshot } from './snapshot';
import type { Snapshot, SnapshotOptions } from './snapshot-types';
import { runTimer } from './tasks';
import { cloneWorld } from './clone-world';
import { EventHistory } from '../kernel/event-history';
import { CHUNK_SIZE } from '../log/record-chunk';
import type { World } from '../kernel/world';
import { countClone, newWorkCounts, workOf, type WorkCounts } from '../kernel/work-meter';
import { buildCounters, type ClassCounters } from './counters';

/**
 * Bytes of records freed by retention that checkpoints may keep alive for rewinding. It was 2 million
 * records (42 MB), which the busy school took ten minutes at 16x to fill: its heap climbed all that time
 * (issue 12). 6 MB is about 24 simulated minutes of the busy school's notes beyond its retention.
 */
export const HISTORY_BUDGET_BYTES = 6_000_000;
/** Bytes a record takes in its chunk's columns (timestamp, key, writer, seq, flags). */
export const RECORD_COLUMN_BYTES = 8 + 4 + 4 + 4 + 1;
/** HISTORY_BUDGET_BYTES in records. */
export const HISTORY_BUDGET_RECORDS = Math.floor(HISTORY_BUDGET_BYTES / RECORD_COLUMN_BYTES);

/** What the rewind history and the event log hold (counted, and the checkpoints' heap estimated). */
export interface HistoryUse {
  readonly checkpoints: number;
  /** Estimated heap of the checkpoints' copies (see CHECKPOINT_BYTE_BUDGET). */
  readonly checkpointBytes: number;
  /** Records retention deleted that checkpoints still keep alive (at most HISTORY_BUDGET_RECORDS). */
  readonly pinnedRecords: number;
  /** Events held by the recent window (at most EVENT_LOG_LIMIT and its compaction slack). */
  readonly events: number;
  readonly milestones: number;
}

/** A command as recorded for replay: when it was given, in order. */
export interface RecordedCommand {
  readonly timeMs: number;
  readonly command: Command;
}

export interface Simulation {
  /** Simulated time in whole milliseconds. */
  readonly now: number;
  /** Runs every timer and recorded command up to `timeMs`. Throws if `timeMs < now`. */
  advanceTo(timeMs: number): void;
  /**
   * Like `advanceTo`, but stops between two moments once `maxWork` more work (see `work`) has been done:
   * returns whether `timeMs` was reached. Stopped early, `now` is the last moment fully run, so a command
   * given there is recorded exactly as a replay will give it.
   */
  advanceWithin(timeMs: number, maxWork: number): boolean;
  /**
   * The work done so far (timers, partitions visited, records, events, copies), weighted by measured cost:
   * microseconds of CPU on the reference machine (see work-meter.ts). Never rewound.
   */
  readonly work: number;
  /** The work done so far, by kind. */
  workCounts(): Readonly<WorkCounts>;
  /** The totals the charts sample (lag and processed per group, appended per topic), without a snapshot. */
  counters(): ClassCounters;
  /** Jumps to any moment, backwards (restore a checkpoint, replay) or forwards. */
  seek(timeMs: number): void;
  /**
   * The first half of `seek`: restores the checkpoint a seek to `timeMs` replays from (nothing when it runs
   * forward from now). `advanceTo(timeMs)` then ends exactly where `seek` would, and `advanceWithin` lets a
   * page run that replay in slices. Returns false when there is nothing to do (`timeMs` is now).
   */
  startSeek(timeMs: number): boolean;
  /** Applies a command at `now`; an invalid one throws CommandError and changes nothing. */
  apply(command: Command): void;
  /** Plain, read-only data describing the present. */
  snapshot(options?: SnapshotOptions): Snapshot;
  /** Logged events with id >= `fromId` (older ones may have been dropped), oldest first. */
  events(fromId?: number): readonly EngineEvent[];
  /**
   * The rare events (rebalances, sleeps, wakes, deletions, commands) of the whole run, for timeline markers;
   * after a seek backwards this includes the recorded future.
   */
  milestones(): readonly EngineEvent[];
  /** When the engine next has something scheduled (a record due, a poll, a timeout), or Infinity. */
  nextTimerAt(): number;
  /** What the rewind history and event log hold now: each stays within its budget however long the run. */
  historyUse(): HistoryUse;
  /**
   * The earliest moment a seek reaches from a kept checkpoint: 0 while the rewind history is whole, the
   * oldest kept checkpoint once HISTORY_BUDGET_BYTES let the older ones go. A seek before it replays from
   * time 0: exact, but as long as the run up to there.
   */
  rewindFloorMs(): number;
  /** The commands given so far, including a recorded future after a seek backwards. */
  readonly commands: readonly RecordedCommand[];
  readonly scenario: Scenario;
}

class KafkaSimulation implements Simulation {
  private readonly ctx: Ctx;
  private readonly checkpoints: CheckpointStore;
  private recorded: RecordedCommand[] = [];
  /** Index of the next recorded command to replay. */
  private cursor = 0;
  private nextCheckpointMs = 0;
  /** Whether the history budget let older checkpoints go (see rewindFloorMs). */
  private trimmed = false;

  constructor(readonly scenario: Scenario) {
    const keys = new Interner();
    const writers = new Interner();
    this.ctx = {
      world: buildWorld(scenario, keys, writers),
      keys,
      writers,
      history: new EventHistory(),
      dropped: [],
      work: newWorkCounts(),
    };
    scenario.producers.forEach((_, i) => scheduleProducer(this.ctx, i));
    scheduleRetentionCheck(this.ctx);
    if (this.ctx.world.brokers.length > 1) scheduleIsrExpiration(this.ctx);
    for (const spec of scenario.groups) {
      this.ctx.world.groups.push(newGroup(this.ctx.world, spec));
      for (const member of spec.members) startMember(this.ctx, this.ctx.world.groups.length - 1, member);
    }
    this.checkpoints = new CheckpointStore(cloneWorld(this.ctx.world));
    // Moment 0 happens at once (members send JoinGroup), so a new simulation shows the same moment 0
    // as a seek back to it, and a command given at 0 comes after the checkpoint taken there.
    this.advanceTo(0);
  }

  get now(): number {
    return this.ctx.world.now;
  }

  get commands(): readonly RecordedCommand[] {
    return this.recorded;
  }

  get work(): number {
    return workOf(this.ctx.work);
  }

  workCounts(): Readonly<WorkCounts> {
    return { ...this.ctx.work };
  }

  counters(): ClassCounters {
    return buildCounters(this.ctx);
  }

  advanceTo(timeMs: number): void {
    this.advanceWithin(timeMs, Infinity);
  }

  advanceWithin(timeMs: number, maxWork: number): boolean {
    if (!Number.isInteger(timeMs) || timeMs > LIMITS.maxTimeMs) {
      throw new RangeError(`time must be a whole number of ms up to ${LIMITS.maxTimeMs}, got ${timeMs}`);
    }
    if (timeMs < this.now)
      throw new RangeError(`cannot advance backwards from ${this.now} to ${timeMs}: use seek`);
    const { ctx } = this;
    const stopAt = maxWork === Infinity ? Infinity : this.work + maxWork;
    for (;;) {
      const timerAt = ctx.world.timers.peek()?.time ?? Infinity;
      const commandAt = this.recorded[this.cursor]?.timeMs ?? Infinity;
      const checkpointAt = this.nextCheckpointMs;
      // Out of work: stop before a new moment begins, never inside one (timers, checkpoint, commands).
      if (
        stopAt !== Infinity &&
        Math.min(timerAt, commandAt, checkpointAt) > ctx.world.now &&
        Math.min(timerAt, commandAt, checkpointAt) <= timeMs &&
        this.work >= stopAt
      ) {
        return false;
      }
      // At one instant: timers first, then the checkpoint, then commands given at that instant.
      if (timerAt <= timeMs && timerAt <= checkpointAt && timerAt <= commandAt) {
        const timer = ctx.world.timers.pop()!;
        ctx.world.now = timer.time;
        ctx.work.timers++;
        runTimer(ctx, timer);
      } else if (checkpointAt <= timeMs && checkpointAt <= commandAt) {
        ctx.world.now = checkpointAt;
        if (!this.checkpoints.has(checkpointAt)) {
          countClone(ctx.work, ctx.world);
          this.checkpoints.add(ctx.world);
          this.boundHistory();
        }
        this.nextCheckpointMs = checkpointAt + CHECKPOINT_INTERVAL_MS;
      } else if (commandAt <= timeMs) {
        const { command, timeMs: at } = this.recorded[this.cursor++]!;
        ctx.world.now = at;
        executeCommand(ctx, command);
      } else break;
    }
    ctx.world.now = timeMs;
    return true;
  }

  /**
   * Memory follows retention: records retention deleted stay in memory only while a checkpoint needs them,
   * and only up to HISTORY_BUDGET_RECORDS. Past that the oldest checkpoints go; seeking before the oldest
   * one left replays from the start instead, exact but slower.
   */
  private boundHistory(): void {
    const { dropped } = this.ctx;
    for (;;) {
      const oldest = this.checkpoints.oldestTimeMs;
      while (dropped.length > 0 && dropped[0]!.timeMs <= oldest) dropped.shift();
      if (this.pinnedRecords() <= HISTORY_BUDGET_RECORDS || this.checkpoints.count <= 1) return;
      this.checkpoints.dropOldest();
      this.trimmed = true;
    }
  }

  private pinnedRecords(): number {
    let pinned = 0;
    for (const d of this.ctx.dropped) pinned += d.count * CHUNK_SIZE;
    return pinned;
  }

  rewindFloorMs(): number {
    return this.trimmed ? Math.max(0, this.checkpoints.oldestTimeMs) : 0;
  }

  historyUse(): HistoryUse {
    const { events, milestones } = this.ctx.history.sizes();
    return {
      checkpoints: this.checkpoints.count,
      checkpointBytes: this.checkpoints.bytes(),
      pinnedRecords: this.pinnedRecords(),
      events,
      milestones,
    };
  }

  private restore(world: World, timeMs: number): void {
    countClone(this.ctx.work, world);
    this.ctx.world = world;
    this.ctx.history.rewindTo(world.eventCount);
    // Deletions after the restored moment have not happened (yet) in this world.
    this.ctx.dropped = this.ctx.dropped.filter((d) => d.timeMs <= timeMs);
  }

  seek(timeMs: number): void {
    if (this.startSeek(timeMs)) this.advanceTo(timeMs);
  }

  startSeek(timeMs: number): boolean {
    if (!Number.isInteger(timeMs) || timeMs < 0 || timeMs > LIMITS.maxTimeMs) {
      throw new RangeError(`time must be a whole number of ms from 0 to ${LIMITS.maxTimeMs}, got ${timeMs}`);
    }
    if (timeMs === this.now) return false;
    let cp = this.checkpoints.findAtOrBefore(timeMs);
    // Rewinding past the kept event window: start one checkpoint earlier, so the replay logs at least a
    // checkpoint interval of events for narration.
    if (cp !== undefined && timeMs < this.now && !this.ctx.history.reaches(cp.world.eventCount)) {
      cp = this.checkpoints.findAtOrBefore(cp.timeMs - 1) ?? cp;
    }
    if (timeMs > this.now && (cp === undefined || cp.timeMs <= this.now)) return true;
    if (cp === undefined) {
      this.restore(this.checkpoints.initialWorld(), -1);
      this.cursor = 0;
      this.nextCheckpointMs = 0;
    } else {
      this.restore(cloneWorld(cp.world), cp.timeMs);
      // Commands given at the checkpoint's own instant came after it was taken.
      this.cursor = this.recorded.findIndex((c) => c.timeMs >= cp.timeMs);
      if (this.cursor < 0) this.cursor = this.recorded.length;
      this.nextCheckpointMs = cp.timeMs + CHECKPOINT_INTERVAL_MS;
    }
    return true;
  }

  apply(input: Command): void {
    const { world } = this.ctx;
    const command = validateCommand(input, {
      topics: world.topics.map((t) => t.name),
      producers: world.producers.map((p) => p.id),
      brokers: world.brokers.length,
      groups: world.groups.map((g) => ({
        id: g.id,
        members: g.members.filter((m) => !m.removed).map((m) => m.id),
      })),
    });
    const refusal = checkCommand(this.ctx, command) ?? commandWorkRefusal(world, command);
    if (refusal !== null) throw new CommandError([{ path: 'command', message: refusal }]);
    // A new command where a recorded future exists forks history: that future is discarded.
    this.recorded = this.recorded.slice(0, this.cursor);
    this.checkpoints.dropAfter(this.now);
    this.ctx.history.truncate(world.eventCount);
    this.recorded.push({ timeMs: this.now, command });
    this.cursor = this.recorded.length;
    executeCommand(this.ctx, command);
    this.advanceTo(this.now);
  }

  nextTimerAt(): number {
    return Math.min(
      this.ctx.world.timers.peek()?.time ?? Infinity,
      this.recorded[this.cursor]?.timeMs ?? Infinity,
    );
  }

  snapshot(options?: SnapshotOptions): Snapshot {
    return buildSnapshot(this.ctx, options);
  }

  events(fromId = 0): readonly EngineEvent[] {
    return this.ctx.history.between(fromId, this.ctx.world.eventCount);
  }

  milestones(): readonly EngineEvent[] {
    return this.ctx.history.milestoneEvents();
  }
}

/**
 * Builds a simulation from an untrusted scenario. Throws ScenarioError listing every problem at once.
 */
export function createSimulation(scenario: unknown): Simulation {
  return new KafkaSimulation(validateScenario(scenario));
}
