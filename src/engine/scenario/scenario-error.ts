/**
 * Errors thrown when a scenario or a command is refused. Each carries every problem found, so a teacher
 * can fix them all in one go instead of one per attempt.
 */

/** One thing wrong with the input: where (`topics[0].partitions`, `''` for the whole input) and what. */
export interface Problem {
  path: string;
  message: string;
}

/** The message lists at most this many problems; `problems` always holds all of them. */
const MAX_LINES = 100;

/** One problem per line, `path: message` (just the message for the whole input). */
export function formatProblems(problems: readonly Problem[]): string {
  const lines = problems
    .slice(0, MAX_LINES)
    .map((p) => (p.path === '' ? p.message : `${p.path}: ${p.message}`));
  if (problems.length > MAX_LINES) lines.push(`...and ${problems.length - MAX_LINES} more problems`);
  return lines.join('\n');
}

function freeze(problems: readonly Problem[]): readonly Problem[] {
  return Object.freeze(problems.map((p) => Object.freeze({ path: p.path, message: p.message })));
}

/** A scenario (from a JSON file or a share link) was refused. */
export class ScenarioError extends Error {
  override readonly name = 'ScenarioError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.problems = freeze(problems);
  }
}

/** A command (from the teacher's controls or a replayed script) was refused. */
export class CommandError extends Error {
  override readonly name = 'CommandError';
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(formatProblems(problems));
    this.problems = freeze(problems);
  }
}
