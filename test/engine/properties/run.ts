import { expect } from 'vitest';
import {
  CommandError,
  createSimulation,
  type Command,
  type EngineEvent,
  type RecordedCommand,
  type Scenario,
  type Simulation,
  type Snapshot,
} from '../../../src/engine';
import { type ScriptStep, resolveOp } from './commands';

// ---------------------------------------------------------------------------------------------------------
// Running a script
// ---------------------------------------------------------------------------------------------------------

/** Everything that must not change when a command is refused. */
export function fingerprint(sim: Simulation): string {
  return JSON.stringify({
    now: sim.now,
    snapshot: sim.snapshot({ recentRecords: 3 }),
    events: sim.events().length,
    milestones: sim.milestones().length,
    commands: sim.commands.length,
  });
}

export interface RunResult {
  sim: Simulation;
  /** The commands the engine accepted, with their times: a fresh run applying these reproduces the run. */
  applied: RecordedCommand[];
  refused: number;
  /** Per group: `processed` of members removed so far (the snapshot stops listing them). */
  removedProcessed: Map<string, number>;
  /** Time of the last accepted command, or -1. */
  lastCommandMs: number;
}

export interface RunOptions {
  /** Extra moments to stop at (chunking), besides command times. */
  stops?: readonly number[];
  /** Watch step (ms) for `observe`; stops every this many ms when given. */
  stepMs?: number;
  observe?: (sim: Simulation, run: RunResult) => void;
}

/**
 * Runs a script to `untilMs`: advances to each command's time, resolves and applies it. A refused command
 * must throw CommandError and change nothing (checked here). Returns the accepted commands.
 */
export function runScript(
  scenario: Scenario,
  script: readonly ScriptStep[],
  untilMs: number,
  options: RunOptions = {},
): RunResult {
  const sim = createSimulation(scenario);
  const run: RunResult = {
    sim,
    applied: [],
    refused: 0,
    removedProcessed: new Map(),
    lastCommandMs: -1,
  };
  const stops = new Set<number>(options.stops ?? []);
  if (options.stepMs !== undefined) for (let t = 0; t <= untilMs; t += options.stepMs) stops.add(t);
  stops.add(untilMs);
  const stopList = [...stops].filter((t) => t <= untilMs).sort((a, b) => a - b);
  let si = 0;
  const advance = (t: number): void => {
    while (si < stopList.length && stopList[si]! <= t) {
      sim.advanceTo(stopList[si]!);
      options.observe?.(sim, run);
      si++;
    }
    // A command for the present is given as a user would: without an advanceTo first (so, on a fresh
    // simulation, before anything at time 0 ran).
    if (t !== sim.now) sim.advanceTo(t);
  };
  for (const step of script) {
    if (step.at > untilMs) break;
    advance(step.at);
    applyChecked(sim, resolveOp(step.op, sim), run);
    options.observe?.(sim, run);
  }
  advance(untilMs);
  return run;
}

/** Applies a command; on refusal checks it was a CommandError that changed nothing. */
export function applyChecked(sim: Simulation, command: Command, run?: RunResult): boolean {
  const before = fingerprint(sim);
  let removedMember: { group: string; processed: number } | undefined;
  if (command.type === 'removeMember') {
    const g = sim.snapshot().groups.find((x) => x.id === command.group);
    const m = g?.members.findLast((x) => x.id === command.member);
    if (m !== undefined) removedMember = { group: command.group, processed: m.processed };
  }
  try {
    sim.apply(command);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    expect(fingerprint(sim), `refused ${JSON.stringify(command)} changed the simulation`).toBe(before);
    if (run) run.refused++;
    return false;
  }
  if (run) {
    // What the engine recorded: its normalized copy of the command.
    const recorded = sim.commands[sim.commands.length - 1]!;
    expect(recorded.timeMs).toBe(sim.now);
    run.applied.push(recorded);
    run.lastCommandMs = sim.now;
    if (removedMember) {
      const { group, processed } = removedMember;
      run.removedProcessed.set(group, (run.removedProcessed.get(group) ?? 0) + processed);
    }
  }
  return true;
}

/** A fresh simulation applying exactly these recorded commands, advanced to `untilMs`. */
export function replay(
  scenario: Scenario,
  commands: readonly RecordedCommand[],
  untilMs: number,
): Simulation {
  const sim = createSimulation(scenario);
  for (const c of commands) {
    if (c.timeMs > untilMs) break;
    sim.advanceTo(c.timeMs);
    sim.apply(c.command);
  }
  sim.advanceTo(untilMs);
  return sim;
}

/** What two runs must agree on. */
export function observable(sim: Simulation): {
  snapshot: Snapshot;
  events: readonly EngineEvent[];
  milestones: readonly EngineEvent[];
  commands: readonly RecordedCommand[];
} {
  return {
    snapshot: sim.snapshot({ recentRecords: 5 }),
    events: sim.events(),
    milestones: sim.milestones(),
    commands: sim.commands,
  };
}

export const asJson = (x: unknown): string => JSON.stringify(x);
