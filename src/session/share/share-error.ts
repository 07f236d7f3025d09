/**
 * The one error share links and class files are refused with. Its message names the problem in plain words,
 * ready to show as text; `problems` lists each problem of a scenario or lesson when there are several.
 * Refusals written here also carry their message in every language (`text(lang)`); the engine's own
 * problems are in English only.
 */

import type { Lang } from '../../shared/lang';
import { shareText, type Say } from './share-text';

/** One thing wrong with the content: where (`topics[0].partitions`, `''` for the whole) and what. */
export interface ShareProblem {
  readonly path: string;
  /** In English. */
  readonly message: string;
  /** The message in any language, where it has translations (problems the engine finds have none). */
  readonly say?: Say;
}

/**
 * A problem with its message in every language. The translations ride along out of sight (not enumerable),
 * so the problem still compares, copies and serializes as `{ path, message }`.
 */
export function localProblem(path: string, say: Say): ShareProblem {
  return Object.defineProperty({ path, message: say('en') }, 'say', { value: say, enumerable: false });
}

/** A problem's message in `lang`, or null when it exists in English only. */
export function problemIn(p: ShareProblem, lang: Lang): string | null {
  if (lang === 'en') return p.message;
  return p.say ? p.say(lang) : null;
}

/** Why content was refused, for code that reacts differently (tests, telemetry-free logging). */
export type ShareErrorReason =
  | 'empty'
  | 'too-long'
  | 'damaged'
  | 'too-big'
  | 'too-deep'
  | 'not-json'
  | 'version'
  | 'shape'
  | 'scenario'
  | 'lesson'
  | 'commands'
  | 'too-much-work';

export class ShareError extends Error {
  override readonly name = 'ShareError';
  readonly reason: ShareErrorReason;
  readonly problems: readonly ShareProblem[];
  /** Private, so errors still compare by reason, message and problems. */
  readonly #say: Say | undefined;

  /** `message` is English text, or a `Say` that writes it in every language. */
  constructor(reason: ShareErrorReason, message: string | Say, problems: readonly ShareProblem[] = []) {
    super(typeof message === 'string' ? message : message('en'));
    this.reason = reason;
    this.#say = typeof message === 'string' ? undefined : message;
    this.problems = Object.freeze(
      problems.map((p) =>
        Object.freeze(
          p.say ? localProblem(String(p.path), p.say) : { path: String(p.path), message: String(p.message) },
        ),
      ),
    );
  }

  /** The message in `lang`, or null when it was written in English only. */
  text(lang: Lang): string | null {
    if (lang === 'en') return this.message;
    return this.#say ? this.#say(lang) : null;
  }
}

/** Whether `e` is a ShareError (also across bundles, where `instanceof` can fail). */
export function isShareError(e: unknown): e is ShareError {
  return e instanceof ShareError || (e instanceof Error && e.name === 'ShareError' && 'reason' in e);
}

/** Problems in one line each: `topics[0].partitions: must be ...`, or just the message for the whole. */
export function problemLine(p: ShareProblem, lang: Lang = 'en'): string {
  const message = problemIn(p, lang) ?? p.message;
  return p.path === '' ? message : `${p.path}: ${message}`;
}

/** The message shows at most this many problems; the error's `problems` keeps them all. */
export const PROBLEMS_IN_MESSAGE = 10;

/** `3 problems: a: x; b: y; c: z` (at most PROBLEMS_IN_MESSAGE, then "...and 4 more"). */
export function summarizeProblems(problems: readonly ShareProblem[], lang: Lang = 'en'): string {
  const t = shareText(lang);
  const n = problems.length;
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map((p) => problemLine(p, lang));
  if (n > PROBLEMS_IN_MESSAGE) shown.push(t.andMore(n - PROBLEMS_IN_MESSAGE));
  return t.problems(n, shown.join('; '));
}
