/**
 * Reading a teacher's lesson file field by field: each problem is kept with its path and a message in
 * every language, and only known fields are copied. Used by lesson-file.ts and lesson-condition-file.ts.
 */

import { formatCount } from '../shared/format-number';
import type { Lang } from '../shared/lang';
import type { Say, ShareProblem } from './share';
import { isPlainObject, localProblem, shareText } from './share';
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

/** A problem's message in every language, from the sandbox's messages. */
export const say =
  (pick: (m: ReturnType<typeof messages>, lang: Lang) => string): Say =>
  (lang) =>
    pick(messages(lang), lang);
export const REQUIRED = say((m) => m.required);
const UNKNOWN: Say = (lang) => shareText(lang).unknownField;
export const COMMAND_SHAPE: Say = (lang) => shareText(lang).commandShape;
export const has = (record: Record<string, true>, value: unknown): boolean =>
  typeof value === 'string' && Object.hasOwn(record, value);

const ID = /^[A-Za-z0-9._-]{1,40}$/;

/** Reads fields of one object, reporting problems under `path`. */
export class Reader {
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

  /** A true/false field, or undefined. */
  flag(key: string, required: boolean): boolean | undefined {
    const v = this.get(key);
    if (v === undefined) {
      if (required) this.problem(key, REQUIRED);
      return undefined;
    }
    if (typeof v !== 'boolean') {
      this.problem(
        key,
        say((m) => m.oneOf(['true', 'false'])),
      );
      return undefined;
    }
    return v;
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
