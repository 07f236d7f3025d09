/**
 * Share links and class files: a class (scenario, the actions taken with their times, the moment and the
 * words it was shared at) or a lesson with its own scenario, as JSON compressed into the address.
 *
 * Decoding trusts nothing: the link's length, its characters, the unpacked size and the nesting depth are
 * checked before JSON.parse; the payload's own fields here; the scenario and lesson by the checks the caller
 * passes in (the engine's validator lives on the other side of `shared`). Every refusal is a ShareError whose
 * message names the problem, ready to show as text.
 */

import { formatCount as countIn } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import type { Words } from '../../shared/words-mode';
import { compressToUri, decompressUriBounded, firstForeignChar } from './lz-uri';
import { isPlainObject, MAX_DEPTH, MAX_TEXT_CHARS, parseUntrustedJson } from './safe-json';
import { localProblem, ShareError, summarizeProblems, type ShareProblem } from './share-error';
import { shareText, sizeIn, type Source, type Thing } from './share-text';

/** The payload format this version writes and reads. */
export const SHARE_FORMAT = 1;

export const SHARE_LIMITS = {
  /** Characters in a link's encoded part (Chromium keeps addresses up to 2 MB). */
  encodedChars: 2_000_000,
  /** Characters of JSON once unpacked: about 1 MB. */
  textChars: MAX_TEXT_CHARS,
  /** Levels of `[` and `{`. */
  depth: MAX_DEPTH,
  /** Actions (commands) a shared class may hold. */
  commands: 5_000,
  /** Latest moment a shared class may open at or give an action at: 24 hours of simulated time. */
  timeMs: 86_400_000,
} as const;

/** One action taken: a command given at a moment of simulated time. */
export interface SharedCommand<C = unknown> {
  timeMs: number;
  command: C;
}

/** A class as it was: its setup, the actions taken, and where it stood. */
export interface SharedClass<S = unknown, C = unknown> {
  v: typeof SHARE_FORMAT;
  scenario: S;
  commands: SharedCommand<C>[];
  /** The moment to open at (simulated ms). */
  timeMs?: number;
  words?: Words;
}

/** A lesson written as a file, with the scenario it runs on. */
export interface SharedLesson<L = unknown, S = unknown> {
  v: typeof SHARE_FORMAT;
  lesson: L;
  scenario: S;
}

export type SharePayload<S = unknown, C = unknown, L = unknown> = SharedClass<S, C> | SharedLesson<L, S>;

export function isSharedLesson<S, C, L>(p: SharePayload<S, C, L>): p is SharedLesson<L, S> {
  return 'lesson' in p;
}

/** What a check says about untrusted input: a clean value, or every problem found. */
export type Checked<T> = { ok: true; value: T } | { ok: false; problems: readonly ShareProblem[] };

/**
 * How the caller checks what `shared` cannot: the scenario (the engine's validator) and a lesson (its shape,
 * then a headless run). A check returns problems or a value; if it throws, the content is refused as well.
 */
export interface ShareChecks<S, L> {
  scenario(input: unknown): Checked<S>;
  lesson(input: unknown, scenario: S): Checked<L>;
}

const WORDS: readonly Words[] = ['classroom', 'kafka'];
const CLASS_FIELDS = ['v', 'scenario', 'commands', 'timeMs', 'words'];
const LESSON_FIELDS = ['v', 'lesson', 'scenario'];
const timeRule = (lang: Lang): string => shareText(lang).timeRule(countIn(lang, SHARE_LIMITS.timeMs));

function isWholeTime(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= SHARE_LIMITS.timeMs;
}

/** Calls a caller's check, turning a throw into a refusal. */
function runCheck<T>(what: Source, thing: Thing, check: () => Checked<T>): T {
  let result: Checked<T>;
  try {
    result = check();
  } catch {
    throw new ShareError(thing, (l) => shareText(l).notChecked(what, thing));
  }
  if (result.ok) return result.value;
  throw holdsProblems(what, thing, result.problems);
}

/**
 * "The link holds a lesson with 1 problem: ...": the refusal of content a check (or a run of it, such as a
 * lesson planned in slices) found problems in.
 */
export function holdsProblems(what: Source, thing: Thing, found: readonly ShareProblem[]): ShareError {
  const problems = found.length > 0 ? found : [localProblem('', (l) => shareText(l).notValid(thing))];
  return new ShareError(
    thing,
    (l) => shareText(l).holdsProblems(what, thing, summarizeProblems(problems, l)),
    problems,
  );
}

/** Reads the actions: a list of `{ timeMs, command }` in time order. Commands are checked when replayed. */
function readCommands(what: Source, input: unknown): SharedCommand[] {
  if (input === undefined) return [];
  if (!Array.isArray(input)) {
    throw new ShareError('commands', (l) => shareText(l).actionsNotList(what));
  }
  if (input.length > SHARE_LIMITS.commands) {
    const n = input.length;
    throw new ShareError('commands', (l) =>
      shareText(l).tooManyActions(what, countIn(l, n), countIn(l, SHARE_LIMITS.commands)),
    );
  }
  const problems: ShareProblem[] = [];
  const commands: SharedCommand[] = [];
  let last = 0;
  input.forEach((entry: unknown, i) => {
    const path = `commands[${i}]`;
    if (!isPlainObject(entry)) {
      problems.push(localProblem(path, (l) => shareText(l).entryShape));
      return;
    }
    const extra = Object.keys(entry).filter((k) => k !== 'timeMs' && k !== 'command');
    if (extra.length > 0)
      problems.push(localProblem(`${path}.${extra[0]!.slice(0, 40)}`, (l) => shareText(l).unknownField));
    const { timeMs, command } = entry;
    if (!isWholeTime(timeMs)) problems.push(localProblem(`${path}.timeMs`, timeRule));
    else if (timeMs < last) {
      problems.push(localProblem(`${path}.timeMs`, (l) => shareText(l).earlier));
    }
    if (!isPlainObject(command)) {
      problems.push(localProblem(`${path}.command`, (l) => shareText(l).commandShape));
    }
    if (isWholeTime(timeMs)) last = Math.max(last, timeMs);
    if (problems.length === 0) commands.push({ timeMs: timeMs as number, command });
  });
  if (problems.length > 0) {
    throw new ShareError(
      'commands',
      (l) => shareText(l).actionsProblems(what, summarizeProblems(problems, l)),
      problems,
    );
  }
  return commands;
}

function refuseUnknownFields(what: Source, value: Record<string, unknown>, known: readonly string[]): void {
  const unknown = Object.keys(value).filter((k) => !known.includes(k));
  if (unknown.length === 0) return;
  const shown = unknown.slice(0, 3).map((k) => JSON.stringify(k.length > 40 ? `${k.slice(0, 40)}...` : k));
  throw new ShareError('shape', (l) =>
    shareText(l).unknownFields(what, unknown.length, shown.join(', '), Math.max(0, unknown.length - 3)),
  );
}

function readVersion(what: Source, v: unknown, required: boolean): void {
  if (v === SHARE_FORMAT) return;
  if (v === undefined) {
    if (required) throw new ShareError('version', (l) => shareText(l).noVersion(what));
    return;
  }
  if (typeof v === 'number' && Number.isInteger(v) && v > SHARE_FORMAT && v < 1_000) {
    throw new ShareError('version', (l) => shareText(l).newer(what, v, SHARE_FORMAT));
  }
  throw new ShareError('version', (l) => shareText(l).unknownVersion(what, SHARE_FORMAT));
}

/**
 * Reads a parsed payload: a class `{ v, scenario, commands?, timeMs?, words? }` or a lesson
 * `{ v, lesson, scenario }`. `v` may be left out of files written by hand (`requireVersion: false`).
 */
export function readPayload<S, L>(
  value: unknown,
  checks: ShareChecks<S, L>,
  what: Source,
  requireVersion = true,
): SharePayload<S, unknown, L> {
  if (!isPlainObject(value)) throw new ShareError('shape', (l) => shareText(l).noClass(what));
  readVersion(what, value.v, requireVersion);
  const isLesson = Object.hasOwn(value, 'lesson');
  refuseUnknownFields(what, value, isLesson ? LESSON_FIELDS : CLASS_FIELDS);
  if (!Object.hasOwn(value, 'scenario')) throw new ShareError('shape', (l) => shareText(l).noScenario(what));
  const scenario = runCheck(what, 'scenario', () => checks.scenario(value.scenario));
  if (isLesson) {
    const lesson = runCheck(what, 'lesson', () => checks.lesson(value.lesson, scenario));
    return { v: SHARE_FORMAT, lesson, scenario };
  }
  const commands = readCommands(what, value.commands);
  const payload: SharedClass<S> = { v: SHARE_FORMAT, scenario, commands };
  if (value.timeMs !== undefined) {
    if (!isWholeTime(value.timeMs))
      throw new ShareError('shape', (l) => shareText(l).badMoment(what, timeRule(l)));
    payload.timeMs = value.timeMs;
  }
  if (value.words !== undefined) {
    if (!WORDS.includes(value.words as Words)) {
      throw new ShareError('shape', (l) => shareText(l).badWords(what));
    }
    payload.words = value.words as Words;
  }
  return payload;
}

/** Strips what a link picks up on the way: spaces for `+` (as lz-string does), line breaks, `%` escapes. */
function cleanEncoded(encoded: string): string {
  let s = encoded.trim().replace(/[\r\n\t]/g, '');
  if (s.includes('%')) {
    try {
      s = decodeURIComponent(s);
    } catch {
      // Left as it is: the alphabet check below names the damage.
    }
  }
  return s.replace(/ /g, '+');
}

/**
 * Decodes the part of a share link after `#/share/`. Returns the checked payload or throws a ShareError
 * naming the problem; never anything else.
 */
export function decodeShare<S, L>(encoded: unknown, checks: ShareChecks<S, L>): SharePayload<S, unknown, L> {
  const what: Source = 'the link';
  try {
    if (typeof encoded !== 'string' || encoded.trim() === '') {
      throw new ShareError('empty', (l) => shareText(l).linkEmpty);
    }
    if (encoded.length > SHARE_LIMITS.encodedChars) {
      const size = encoded.length;
      throw new ShareError('too-long', (l) =>
        shareText(l).linkTooLong(sizeIn(l, size), sizeIn(l, SHARE_LIMITS.encodedChars)),
      );
    }
    const clean = cleanEncoded(encoded);
    const foreign = firstForeignChar(clean);
    if (foreign !== null) {
      throw new ShareError('damaged', (l) => shareText(l).linkForeign(JSON.stringify(foreign)));
    }
    const unpacked = decompressUriBounded(clean, SHARE_LIMITS.textChars);
    if (!unpacked.ok) {
      throw unpacked.why === 'too-big'
        ? new ShareError('too-big', (l) => shareText(l).linkTooBig)
        : new ShareError('damaged', (l) => shareText(l).linkNotDecompressed);
    }
    const value = parseUntrustedJson(unpacked.text, what);
    return readPayload(value, checks, what);
  } catch (e) {
    if (e instanceof ShareError) throw e;
    // A bug here must not break the page either: it is still a refusal with a readable message.
    throw new ShareError('damaged', (l) => shareText(l).unreadable(what));
  }
}

/**
 * Encodes a payload for the part of a share link after `#/share/`. Throws a ShareError when the class is too
 * big to share as a link (too many actions, or over 1 MB of text).
 */
export function encodeShare(payload: SharePayload): string {
  if (!isSharedLessonPayload(payload) && payload.commands.length > SHARE_LIMITS.commands) {
    const n = payload.commands.length;
    throw new ShareError('commands', (l) =>
      shareText(l).shareTooManyActions(countIn(l, n), countIn(l, SHARE_LIMITS.commands)),
    );
  }
  if (!isSharedLessonPayload(payload)) {
    const times = [payload.timeMs ?? 0, ...payload.commands.map((c) => c.timeMs)];
    if (times.some((t) => !isWholeTime(t))) {
      throw new ShareError('shape', (l) => shareText(l).past24h);
    }
  }
  const text = JSON.stringify(payload);
  if (text.length > SHARE_LIMITS.textChars) {
    throw new ShareError('too-big', (l) => shareText(l).shareTooBig(sizeIn(l, text.length)));
  }
  const encoded = compressToUri(text);
  if (encoded.length > SHARE_LIMITS.encodedChars) {
    throw new ShareError('too-long', (l) => shareText(l).shareTooBigPacked(sizeIn(l, encoded.length)));
  }
  return encoded;
}

function isSharedLessonPayload(p: SharePayload): p is SharedLesson {
  return 'lesson' in p;
}

/** A file as the sandbox imports it: a bare scenario, a class, or a lesson with its scenario. */
export type ClassFile<S, L> =
  | { kind: 'scenario'; scenario: S }
  | { kind: 'class'; payload: SharedClass<S> }
  | { kind: 'lesson'; payload: SharedLesson<L, S> };

/**
 * Reads a class file's text: a scenario (a leading `"$schema"` link, for editors, is ignored), a saved class
 * `{ scenario, commands }` or a lesson file `{ lesson, scenario }` (`v` optional). Throws a ShareError.
 */
export function decodeClassFile<S, L>(text: string, checks: ShareChecks<S, L>): ClassFile<S, L> {
  const what: Source = 'the file';
  try {
    const value = parseUntrustedJson(text, what);
    if (isPlainObject(value) && (Object.hasOwn(value, 'lesson') || Object.hasOwn(value, 'scenario'))) {
      const payload = readPayload(value, checks, what, false);
      return isSharedLesson(payload)
        ? { kind: 'lesson', payload }
        : { kind: 'class', payload: payload as SharedClass<S> };
    }
    let scenario: unknown = value;
    if (isPlainObject(value) && typeof value.$schema === 'string') {
      const { $schema: _ignored, ...rest } = value;
      scenario = rest;
    }
    return { kind: 'scenario', scenario: runCheck(what, 'scenario', () => checks.scenario(scenario)) };
  } catch (e) {
    if (e instanceof ShareError) throw e;
    throw new ShareError('damaged', (l) => shareText(l).unreadable(what));
  }
}
