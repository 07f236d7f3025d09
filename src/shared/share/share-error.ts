/**
 * The one error share links and class files are refused with. Its message names the problem in plain words,
 * ready to show as text; `problems` lists each problem of a scenario or lesson when there are several.
 */

/** One thing wrong with the content: where (`topics[0].partitions`, `''` for the whole) and what. */
export interface ShareProblem {
  readonly path: string;
  readonly message: string;
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

  constructor(reason: ShareErrorReason, message: string, problems: readonly ShareProblem[] = []) {
    super(message);
    this.reason = reason;
    this.problems = Object.freeze(
      problems.map((p) => Object.freeze({ path: String(p.path), message: String(p.message) })),
    );
  }
}

/** Whether `e` is a ShareError (also across bundles, where `instanceof` can fail). */
export function isShareError(e: unknown): e is ShareError {
  return e instanceof ShareError || (e instanceof Error && e.name === 'ShareError' && 'reason' in e);
}

/** Problems in one line each: `topics[0].partitions: must be ...`, or just the message for the whole. */
export function problemLine(p: ShareProblem): string {
  return p.path === '' ? p.message : `${p.path}: ${p.message}`;
}

/** The message shows at most this many problems; the error's `problems` keeps them all. */
export const PROBLEMS_IN_MESSAGE = 10;

/** `3 problems: a: x; b: y; c: z` (at most PROBLEMS_IN_MESSAGE, then "...and 4 more"). */
export function summarizeProblems(problems: readonly ShareProblem[]): string {
  const n = problems.length;
  const shown = problems.slice(0, PROBLEMS_IN_MESSAGE).map(problemLine);
  if (n > PROBLEMS_IN_MESSAGE) shown.push(`...and ${n - PROBLEMS_IN_MESSAGE} more`);
  return `${n} ${n === 1 ? 'problem' : 'problems'}: ${shown.join('; ')}`;
}
