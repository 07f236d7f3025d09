/**
 * Which class "Run this on real Kafka" exports, and for how long: a class as the user left it (a built-in
 * class, the sandbox, a shared link: its setup and every action taken so far), or a guided lesson's class
 * with its whole script. Also the lag tolerance the predictions are stated with.
 */
import type { Command, Scenario } from '../../engine';
import { COURSE } from '../../lessons/course';
import { localizeScenario, localizeTitles } from '../../lessons/localize-titles';
import { findScenario } from '../../lessons/scenarios';
import type { Lang } from '../../shared/lang';
import { planLesson, type LessonPlan } from '../lesson-plan';

export interface ClassToExport {
  /** File-name stem, in the class's own id: `sleepy-student`, `my-class`. */
  readonly name: string;
  /** The class's title in the user's language, for the README. */
  readonly title: string;
  readonly scenario: Scenario;
  /** Every action of the class, each at its simulated time, in order. */
  readonly commands: readonly { readonly timeMs: number; readonly command: Command }[];
  /** How long the class plays, on the simulator and on Kafka (real time there). */
  readonly untilMs: number;
}

/** A class plays at least this long on Kafka: the first rebalance and a few commits. */
export const MIN_EXPORT_MS = 20_000;
/** After its last action, a class plays on this long, so what the action does shows. */
export const AFTER_LAST_ACTION_MS = 15_000;
/** At most ten minutes of real time on a real broker. */
export const MAX_EXPORT_MS = 600_000;

const roundUpToSecond = (ms: number): number => Math.ceil(ms / 1000) * 1000;

/** How long to play a class whose actions end at `lastActionMs`, looked at up to `atMs`. */
export function exportDurationMs(lastActionMs: number | null, atMs: number): number {
  const wanted = Math.max(
    MIN_EXPORT_MS,
    atMs,
    lastActionMs === null ? 0 : lastActionMs + AFTER_LAST_ACTION_MS,
  );
  return Math.min(MAX_EXPORT_MS, roundUpToSecond(wanted));
}

/**
 * A class as the user has it: its setup, the actions taken so far, and the moment on screen (a built-in
 * class in free play, the sandbox, a shared link). Actions past the ten-minute cap are left out.
 */
export function classFromActions(args: {
  name: string;
  title: string;
  scenario: Scenario;
  commands: readonly { readonly timeMs: number; readonly command: Command }[];
  atMs: number;
}): ClassToExport {
  const last = args.commands.length > 0 ? args.commands[args.commands.length - 1]!.timeMs : null;
  const untilMs = exportDurationMs(last, args.atMs);
  const commands = args.commands
    .filter((c) => c.timeMs <= untilMs)
    .map(({ timeMs, command }) => ({ timeMs, command }));
  return { name: args.name, title: args.title, scenario: args.scenario, commands, untilMs };
}

/** A guided lesson's class: its whole script, played to the end of its last step and a little after. */
export function classFromLessonPlan(args: {
  name: string;
  title: string;
  scenario: Scenario;
  plan: LessonPlan;
}): ClassToExport {
  const end = args.plan.steps[args.plan.steps.length - 1]?.endMs ?? 0;
  const untilMs = Math.min(MAX_EXPORT_MS, roundUpToSecond(Math.max(MIN_EXPORT_MS, end + 2000)));
  const commands = args.plan.script
    .filter((c) => c.timeMs <= untilMs)
    .map(({ timeMs, command }) => ({ timeMs, command }));
  return { name: args.name, title: args.title, scenario: args.scenario, commands, untilMs };
}

/** A built-in class as it opens on the play page, before any action (`#/play/<id>`). */
export function builtInClass(id: string, lang: Lang): ClassToExport | null {
  const builtIn = findScenario(id);
  if (!builtIn) return null;
  const { title } = localizeScenario(builtIn, lang);
  return classFromActions({ name: id, title, scenario: builtIn.scenario, commands: [], atMs: 0 });
}

/** A lesson of the course as its page exports it (`#/lesson/<id>`). */
export function lessonClass(id: string, lang: Lang): ClassToExport | null {
  const lesson = COURSE.find((l) => l.id === id);
  const scenario = lesson ? findScenario(lesson.scenarioId)?.scenario : undefined;
  if (!lesson || !scenario) return null;
  const plan = planLesson(lesson, scenario);
  return classFromLessonPlan({ name: id, title: localizeTitles(lesson, lang).title, scenario, plan });
}

/**
 * How far the lag on Kafka may be from the prediction at a checkpoint, in records: two seconds of the class's
 * busiest writing (the teachers' rates added up, at their highest), and never under 3. A real JVM joins,
 * polls and commits on its own timing: a commit lands a poll earlier or later, a member joins a moment late.
 */
export function lagToleranceRecords(cls: ClassToExport): number {
  const rates = new Map(cls.scenario.producers.map((p) => [p.id, p.recordsPerSec]));
  let highest = [...rates.values()].reduce((a, b) => a + b, 0);
  for (const { command } of cls.commands) {
    if (command.type !== 'setProducerRate') continue;
    rates.set(command.producer, command.recordsPerSec);
    highest = Math.max(
      highest,
      [...rates.values()].reduce((a, b) => a + b, 0),
    );
  }
  return Math.max(3, Math.ceil(2 * highest));
}
