/**
 * The shape of a lesson written by a teacher as a file: steps with captions, known condition kinds, subjects
 * and questions, within sizes a classroom laptop handles. Its commands are checked afterwards by running the
 * lesson headless (see engine-checks.ts). Returns a fresh copy holding only known fields.
 */

import type { EngineEventType, GroupStateName, MemberActivity } from '../../engine';
import type { Condition, Lesson, LessonStep, Prediction, Subject } from '../../lessons/lesson';
import { formatCount } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import type { Words } from '../../shared/words-mode';
import type { Checked, Say, ShareProblem } from '../../shared/share';
import { isPlainObject, localProblem, shareText } from '../../shared/share';
import { messages, type Part } from './messages';

export const LESSON_LIMITS = {
  steps: 50,
  title: 200,
  summary: 1_000,
  caption: 2_000,
  notes: 5_000,
  term: 100,
  commandsPerStep: 50,
  highlights: 20,
  expectations: 20,
  choices: 6,
  choice: 300,
  prompt: 500,
  explanation: 2_000,
  /** Longest a step may run: 10 simulated minutes. */
  stepMs: 600_000,
  /** Longest a whole lesson may run: 30 simulated minutes. */
  lessonMs: 1_800_000,
} as const;

// Records over the engine's own unions: the compiler fails here when the engine adds or drops a name.
const EVENT_TYPES: Record<EngineEventType, true> = {
  rebalanceStarted: true,
  groupStateChanged: true,
  partitionsAssigned: true,
  partitionsRevoked: true,
  fetched: true,
  committed: true,
  offsetReset: true,
  memberJoined: true,
  memberLeft: true,
  memberAdded: true,
  memberRemoved: true,
  memberSlept: true,
  memberWoke: true,
  memberCrashed: true,
  memberRateChanged: true,
  groupAdded: true,
  producerRateChanged: true,
  segmentRolled: true,
  segmentsDeleted: true,
  logCompacted: true,
};
const GROUP_STATES: Record<GroupStateName, true> = {
  Empty: true,
  PreparingRebalance: true,
  CompletingRebalance: true,
  Stable: true,
};
const ACTIVITIES: Record<MemberActivity, true> = {
  processing: true,
  waiting: true,
  rebalancing: true,
  idle: true,
  asleep: true,
  crashed: true,
  out: true,
};
const CONDITION_KINDS: Record<Condition['kind'], true> = {
  elapsed: true,
  lag: true,
  groupState: true,
  count: true,
  activity: true,
  event: true,
};
const SUBJECT_KINDS: Record<Subject['kind'], true> = {
  producer: true,
  topic: true,
  partition: true,
  group: true,
  member: true,
};
const WORDS: Record<Words, true> = { classroom: true, kafka: true };

/** A problem's message in every language, from the sandbox's messages. */
const say =
  (pick: (m: ReturnType<typeof messages>, lang: Lang) => string): Say =>
  (lang) =>
    pick(messages(lang), lang);
const REQUIRED = say((m) => m.required);
const UNKNOWN: Say = (lang) => shareText(lang).unknownField;
const COMMAND_SHAPE: Say = (lang) => shareText(lang).commandShape;
const has = (record: Record<string, true>, value: unknown): boolean =>
  typeof value === 'string' && Object.hasOwn(record, value);

const ID = /^[A-Za-z0-9._-]{1,40}$/;

/** Reads fields of one object, reporting problems under `path`. */
class Reader {
  constructor(
    private readonly out: ShareProblem[],
    readonly path: string,
    private readonly fields: Record<string, unknown>,
  ) {}

  at(key: string | number): string {
    if (typeof key === 'number') return `${this.path}[${key}]`;
    return this.path === '' ? key : `${this.path}.${key}`;
  }

  problem(key: string, message: Say): void {
    this.out.push(localProblem(this.at(key), message));
  }

  /** Reports fields not in `known`. */
  only(known: readonly string[]): void {
    for (const k of Object.keys(this.fields)) {
      if (!known.includes(k)) this.out.push(localProblem(this.at(k.slice(0, 40)), UNKNOWN));
    }
  }

  get(key: string): unknown {
    return Object.hasOwn(this.fields, key) ? this.fields[key] : undefined;
  }

  text(key: string, max: number, required: boolean): string | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (typeof v !== 'string' || (required && v.trim() === '') || v.length > max) {
      this.problem(
        key,
        say((m, l) => m.text(required ? 1 : 0, formatCount(l, max))),
      );
      return undefined;
    }
    return v;
  }

  id(key: string, required: boolean): string | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (typeof v !== 'string' || !ID.test(v)) {
      this.problem(
        key,
        say((m) => m.id),
      );
      return undefined;
    }
    return v;
  }

  whole(key: string, min: number, max: number, required: boolean): number | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) {
      this.problem(
        key,
        say((m, l) => m.whole(formatCount(l, min), formatCount(l, max))),
      );
      return undefined;
    }
    return v;
  }

  choice<T extends string>(key: string, options: Record<T, true>, required: boolean): T | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (!has(options, v)) {
      this.problem(
        key,
        say((m) => m.oneOf(Object.keys(options))),
      );
      return undefined;
    }
    return v as T;
  }

  /** A list field: its entries (at most `max`), or undefined. */
  list(key: string, min: number, max: number, required: boolean): unknown[] | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.problem(
        key,
        say((m) => m.list),
      );
      return undefined;
    }
    if (v.length < min || v.length > max) {
      const n = v.length;
      this.problem(
        key,
        say((m) => m.listLength(min, max, n)),
      );
      return undefined;
    }
    return v;
  }

  /** An object at `path`, or undefined with a problem. */
  static object(out: ShareProblem[], value: unknown, path: string, what: Part): Reader | undefined {
    if (!isPlainObject(value)) {
      out.push(
        localProblem(
          path,
          say((m) => m.object(what)),
        ),
      );
      return undefined;
    }
    return new Reader(out, path, value);
  }
}

function readSubject(out: ShareProblem[], value: unknown, path: string): Subject | undefined {
  const r = Reader.object(out, value, path, 'subject');
  if (!r) return undefined;
  const before = out.length;
  const kind = r.choice('kind', SUBJECT_KINDS, true);
  switch (kind) {
    case undefined:
      return undefined;
    case 'producer': {
      r.only(['kind', 'id']);
      const id = r.id('id', true);
      return id !== undefined && out.length === before ? { kind, id } : undefined;
    }
    case 'topic': {
      r.only(['kind', 'topic']);
      const topic = r.id('topic', true);
      return topic !== undefined && out.length === before ? { kind, topic } : undefined;
    }
    case 'partition': {
      r.only(['kind', 'topic', 'partition']);
      const topic = r.id('topic', true);
      const partition = r.whole('partition', 0, 63, true);
      return topic !== undefined && partition !== undefined && out.length === before
        ? { kind, topic, partition }
        : undefined;
    }
    case 'group': {
      r.only(['kind', 'group']);
      const group = r.id('group', true);
      return group !== undefined && out.length === before ? { kind, group } : undefined;
    }
    case 'member': {
      r.only(['kind', 'group', 'member']);
      const group = r.id('group', true);
      const member = r.id('member', true);
      return group !== undefined && member !== undefined && out.length === before
        ? { kind, group, member }
        : undefined;
    }
  }
}

const COUNTS = { duplicates: true, skippedByRetention: true } as const;
const MAX_COUNT = 1_000_000_000;

function readCondition(out: ShareProblem[], value: unknown, path: string): Condition | undefined {
  const r = Reader.object(out, value, path, 'condition');
  if (!r) return undefined;
  const before = out.length;
  const kind = r.choice('kind', CONDITION_KINDS, true);
  let c: Condition | undefined;
  switch (kind) {
    case undefined:
      return undefined;
    case 'elapsed': {
      r.only(['kind', 'ms']);
      const ms = r.whole('ms', 0, LESSON_LIMITS.stepMs, true);
      if (ms !== undefined) c = { kind, ms };
      break;
    }
    case 'lag': {
      r.only(['kind', 'group', 'member', 'atMost', 'atLeast']);
      const group = r.id('group', true);
      const member = r.id('member', false);
      const atMost = r.whole('atMost', 0, MAX_COUNT, false);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, false);
      if (r.get('atMost') === undefined && r.get('atLeast') === undefined) {
        r.problem(
          'atMost',
          say((m) => m.atMost),
        );
      }
      if (group !== undefined) {
        const lag: Condition = { kind, group };
        if (member !== undefined) lag.member = member;
        if (atMost !== undefined) lag.atMost = atMost;
        if (atLeast !== undefined) lag.atLeast = atLeast;
        c = lag;
      }
      break;
    }
    case 'groupState': {
      r.only(['kind', 'group', 'state']);
      const group = r.id('group', true);
      const state = r.choice('state', GROUP_STATES, true);
      if (group !== undefined && state !== undefined) c = { kind, group, state };
      break;
    }
    case 'count': {
      r.only(['kind', 'group', 'of', 'atLeast']);
      const group = r.id('group', true);
      const of = r.choice('of', COUNTS, true);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, true);
      if (group !== undefined && of !== undefined && atLeast !== undefined) c = { kind, group, of, atLeast };
      break;
    }
    case 'activity': {
      r.only(['kind', 'group', 'member', 'activity']);
      const group = r.id('group', true);
      const member = r.id('member', true);
      const activity = r.choice('activity', ACTIVITIES, true);
      if (group !== undefined && member !== undefined && activity !== undefined) {
        c = { kind, group, member, activity };
      }
      break;
    }
    case 'event': {
      r.only(['kind', 'type', 'group', 'member']);
      const type = r.choice('type', EVENT_TYPES, true);
      const group = r.id('group', false);
      const member = r.id('member', false);
      if (type !== undefined) {
        const event: Condition = { kind, type };
        if (group !== undefined) event.group = group;
        if (member !== undefined) event.member = member;
        c = event;
      }
      break;
    }
  }
  return out.length === before ? c : undefined;
}

function readQuestion(out: ShareProblem[], value: unknown, path: string): Prediction | undefined {
  const r = Reader.object(out, value, path, 'question');
  if (!r) return undefined;
  const before = out.length;
  r.only(['prompt', 'choices', 'answer', 'explanation']);
  const prompt = r.text('prompt', LESSON_LIMITS.prompt, true);
  const list = r.list('choices', 2, LESSON_LIMITS.choices, true);
  const choices: string[] = [];
  list?.forEach((choice, i) => {
    if (typeof choice !== 'string' || choice.trim() === '' || choice.length > LESSON_LIMITS.choice) {
      out.push(
        localProblem(
          `${r.at('choices')}[${i}]`,
          say((m, l) => m.text(1, formatCount(l, LESSON_LIMITS.choice))),
        ),
      );
    } else choices.push(choice);
  });
  const answer = r.whole('answer', 0, Math.max(0, (list?.length ?? LESSON_LIMITS.choices) - 1), true);
  const explanation = r.text('explanation', LESSON_LIMITS.explanation, false) ?? '';
  if (out.length !== before || prompt === undefined || answer === undefined) return undefined;
  return { prompt, choices, answer, explanation };
}

const STEP_FIELDS = [
  'title',
  'caption',
  'term',
  'notes',
  'words',
  'commands',
  'highlight',
  'until',
  'maxMs',
  'question',
  'expect',
];

function readStep(out: ShareProblem[], value: unknown, path: string): { step?: LessonStep; ms: number } {
  const r = Reader.object(out, value, path, 'step');
  if (!r) return { ms: 0 };
  const before = out.length;
  r.only(STEP_FIELDS);
  const title = r.text('title', LESSON_LIMITS.title, true);
  const caption = r.text('caption', LESSON_LIMITS.caption, true);
  const term = r.text('term', LESSON_LIMITS.term, false);
  const notes = r.text('notes', LESSON_LIMITS.notes, false) ?? '';
  const words = r.choice('words', WORDS, false);
  // Commands keep their shape here: the engine checks each one when the lesson runs headless.
  const commands = r.list('commands', 0, LESSON_LIMITS.commandsPerStep, false);
  commands?.forEach((c, i) => {
    if (!isPlainObject(c)) out.push(localProblem(`${r.at('commands')}[${i}]`, COMMAND_SHAPE));
  });
  const highlight = r
    .list('highlight', 0, LESSON_LIMITS.highlights, false)
    ?.map((s, i) => readSubject(out, s, `${r.at('highlight')}[${i}]`));
  const until = r.get('until') === undefined ? undefined : readCondition(out, r.get('until'), r.at('until'));
  if (r.get('until') === undefined)
    r.problem(
      'until',
      say((m) => m.until),
    );
  const maxMs = r.whole('maxMs', 1, LESSON_LIMITS.stepMs, false);
  const question =
    r.get('question') === undefined ? undefined : readQuestion(out, r.get('question'), r.at('question'));
  const expect = r
    .list('expect', 0, LESSON_LIMITS.expectations, false)
    ?.map((c, i) => readCondition(out, c, `${r.at('expect')}[${i}]`));
  const ms = until?.kind === 'elapsed' ? until.ms : (maxMs ?? 60_000);
  if (out.length !== before || title === undefined || caption === undefined || until === undefined)
    return { ms };
  const step: LessonStep = { title, caption, notes, until };
  if (term !== undefined) step.term = term;
  if (words !== undefined) step.words = words;
  if (commands !== undefined) step.commands = commands as LessonStep['commands'];
  if (highlight !== undefined) step.highlight = highlight as Subject[];
  if (maxMs !== undefined) step.maxMs = maxMs;
  if (question !== undefined) step.question = question;
  if (expect !== undefined) step.expect = expect as Condition[];
  return { step, ms };
}

/** Checks a lesson's shape (not yet its commands). */
export function readLessonShape(input: unknown): Checked<Lesson> {
  const out: ShareProblem[] = [];
  const r = Reader.object(out, input, '', 'lesson');
  if (!r)
    return {
      ok: false,
      problems: [
        localProblem(
          '',
          say((m) => m.lessonShape),
        ),
      ],
    };
  r.only(['id', 'title', 'summary', 'scenarioId', 'steps']);
  const id = r.id('id', true);
  const title = r.text('title', LESSON_LIMITS.title, true);
  const summary = r.text('summary', LESSON_LIMITS.summary, false) ?? '';
  const scenarioId = r.id('scenarioId', false) ?? 'custom';
  const list = r.list('steps', 1, LESSON_LIMITS.steps, true);
  const steps: LessonStep[] = [];
  let totalMs = 0;
  list?.forEach((s, i) => {
    const { step, ms } = readStep(out, s, `steps[${i}]`);
    totalMs += ms;
    if (step) steps.push(step);
  });
  if (totalMs > LESSON_LIMITS.lessonMs) {
    const minutes = Math.ceil(totalMs / 60_000);
    out.push(
      localProblem(
        'steps',
        say((m) => m.lessonTooLong(LESSON_LIMITS.lessonMs / 60_000, minutes)),
      ),
    );
  }
  if (out.length > 0 || id === undefined || title === undefined) return { ok: false, problems: out };
  return { ok: true, value: { id, title, summary, scenarioId, steps } };
}
