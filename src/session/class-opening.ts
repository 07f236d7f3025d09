/**
 * Opening a shared class in slices: the replay of its actions up to the shared moment runs a slice of
 * engine work at a time (OPEN_SLICE_WORK), and the page draws, answers and shows the progress between two
 * slices, so a link made after an hour of the busy school opens at its moment without freezing the page,
 * and Cancel is handled after the slice running when it was clicked. The engine is deterministic and its
 * meter stops between two moments, never inside one: the class opened is the one a replay in one go gives
 * (runtime/script-replay.test.ts).
 */

import type { Command, Scenario } from '../engine';
import { ScriptRefusal, ScriptReplay } from '../runtime/script-replay';
import {
  FORECAST_MARGIN,
  forecastWork,
  isWorkBudgetError,
  OPEN_SLICE_WORK,
  OPEN_WORK_BUDGET,
} from '../runtime/work-budget';
import { formatCount } from '../shared/format-number';
import { formatClock } from '../shared/format-time';
import { createSimulatorStore, type SimulatorStore } from '../store/simulator-store';
import { messages } from './messages';
import { runSlice, type SlicedOpening } from './opening-slices';
import { ShareError, type SharedClass, type Source } from './share';
import { tooMuchWork } from './work-refusal';

/**
 * Past this share of the replay, a run whose pace so far would take it over the budget is refused then,
 * not at the budget: the teacher does not wait out the rest to be told. Earlier, the pace is the class
 * starting up (groups joining, shelves filling), not its own.
 */
const EARLIEST_PROJECTION = 0.2;
/**
 * How far over the budget the pace must point for that early refusal: a class at the budget's edge runs on
 * and the meter decides (a pace is an estimate; bench/admitted.ts finds the edge with the meter).
 */
const PROJECTION_MARGIN = 1.25;

/** Where a link opens its class, and the moment its replay runs to (the last action's, if later). */
function momentsOf(payload: SharedClass<Scenario>): { openAt: number; untilMs: number } {
  const lastCommandMs = payload.commands[payload.commands.length - 1]?.timeMs ?? 0;
  const openAt = payload.timeMs ?? lastCommandMs;
  return { openAt, untilMs: Math.max(openAt, lastCommandMs) };
}

/**
 * The refusal a link would meet before any replay (its forecast far over OPEN_WORK_BUDGET), or null: the
 * share button warns with it when it makes such a link, rather than letting the class find out.
 */
export function openingRefusal(payload: SharedClass<Scenario>, what: Source = 'the link'): ShareError | null {
  const { untilMs } = momentsOf(payload);
  const forecast = forecastWork(payload.scenario, payload.commands, untilMs);
  return forecast > OPEN_WORK_BUDGET * FORECAST_MARGIN
    ? tooMuchWork(what, untilMs, forecast, OPEN_WORK_BUDGET)
    : null;
}

/** A shared class being opened: its replay, moved on a slice at a time. */
export class ClassOpening implements SlicedOpening {
  private readonly replay: ScriptReplay;
  /** The moment the class opens at (before its last action, those after it are its recorded future). */
  readonly openAt: number;

  /**
   * Checks the link's cost first: a replay the engine's cost model puts far over OPEN_WORK_BUDGET is refused
   * here, before any engine work (a ShareError naming the moment and the work).
   */
  constructor(
    private readonly payload: SharedClass<Scenario>,
    private readonly what: Source = 'the link',
  ) {
    const { scenario, commands } = payload;
    const { openAt, untilMs } = momentsOf(payload);
    this.openAt = openAt;
    const refusal = openingRefusal(payload, what);
    if (refusal !== null) throw refusal;
    const script = commands.map(({ timeMs, command }) => ({ timeMs, command: command as Command }));
    this.replay = new ScriptReplay(scenario, script, untilMs, OPEN_WORK_BUDGET);
  }

  /** The share of the replay done (simulated time), 0 to 1. */
  get progress(): number {
    return this.replay.progress;
  }

  /** The moment the replay runs to: the shared moment, or the last action's if later. */
  get endMs(): number {
    return this.replay.endMs;
  }

  /**
   * One slice of the replay: at most `maxWork` of engine work and the rest of its moment, ended sooner
   * once OPEN_SLICE_MS of the page's time have passed (in pieces of OPEN_PIECE_WORK). Returns the store,
   * paused at the shared moment, when the replay is done; else null. Throws a ShareError for an action the
   * engine refuses or a replay heavier than the budget.
   */
  step(maxWork = OPEN_SLICE_WORK): SimulatorStore | null {
    const { player } = this.replay;
    let done: boolean;
    try {
      done = runSlice(
        maxWork,
        () => player.work,
        (work) => this.replay.step(work),
      );
    } catch (e) {
      throw this.refusal(e);
    }
    if (!done) {
      const progress = this.replay.progress;
      const projected = player.work / Math.max(progress, 1e-9);
      if (progress >= EARLIEST_PROJECTION && projected > OPEN_WORK_BUDGET * PROJECTION_MARGIN) {
        throw tooMuchWork(this.what, this.endMs, projected, OPEN_WORK_BUDGET);
      }
      return null;
    }
    const { scenario, words } = this.payload;
    return createSimulatorStore(scenario, {
      player,
      timeMs: this.openAt,
      words: words ?? 'classroom',
      playing: false,
    });
  }

  private refusal(e: unknown): unknown {
    if (isWorkBudgetError(e)) {
      // The whole replay's work, from how far the budget went: the run so far, at the same pace.
      const end = this.endMs;
      return tooMuchWork(this.what, end, (e.budget * end) / Math.max(1, e.reachedMs), e.budget);
    }
    if (!(e instanceof ScriptRefusal)) return e;
    const { commands } = this.payload;
    const { index, timeMs, refusal } = e;
    return new ShareError(
      'commands',
      (l) =>
        messages(l).actionRefused(
          this.what,
          formatCount(l, index + 1),
          formatCount(l, commands.length),
          formatClock(l, timeMs),
          refusal,
        ),
      [{ path: `commands[${index}]`, message: refusal }],
    );
  }
}

export { finishOpening, type OpeningOptions } from './opening-slices';
