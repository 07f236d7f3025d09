/**
 * JSON from outside (share links, files): size and nesting are checked on the text, before JSON.parse runs,
 * so hostile input is refused in one linear pass and nothing ever walks a deep structure.
 */

import { ShareError } from './share-error';
import { shareText, sizeIn, type Source } from './share-text';

/** At most this many characters of JSON text: about 1 MB. */
export const MAX_TEXT_CHARS = 1_048_576;
/** At most this many levels of `[` and `{`: lessons need 8, scenarios 5. */
export const MAX_DEPTH = 16;

const OPEN_BRACE = 123; // {
const OPEN_BRACKET = 91; // [
const CLOSE_BRACE = 125; // }
const CLOSE_BRACKET = 93; // ]
const QUOTE = 34; // "
const BACKSLASH = 92; // \

/**
 * Whether the JSON text nests deeper than `max` levels, counting `[` and `{` outside strings. Stops at the
 * first level too deep; malformed text is left for JSON.parse to refuse.
 */
export function nestsDeeperThan(text: string, max: number): boolean {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i += 1;
      else if (c === QUOTE) inString = false;
    } else if (c === QUOTE) inString = true;
    else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      depth += 1;
      if (depth > max) return true;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) depth -= 1;
  }
  return false;
}

/** 1048576 -> `1,048,576`. Locale-independent on purpose. */
export function formatCount(n: number): string {
  return String(Math.round(n)).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/**
 * Parses untrusted JSON text. `what` names the source in messages ("the link", "the file"). Throws a
 * ShareError naming the problem: too big, nested too deeply, or not JSON.
 */
export function parseUntrustedJson(text: string, what: Source): unknown {
  if (text.length > MAX_TEXT_CHARS) {
    const size = text.length;
    throw new ShareError('too-big', (l) => shareText(l).tooBigText(what, sizeIn(l, size)));
  }
  if (text.trim() === '') throw new ShareError('empty', (l) => shareText(l).isEmpty(what));
  if (nestsDeeperThan(text, MAX_DEPTH)) {
    throw new ShareError('too-deep', (l) => shareText(l).tooDeep(what, MAX_DEPTH));
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ShareError('not-json', (l) => shareText(l).notJson(what));
  }
}

/** Whether `value` is a plain `{ ... }` object (as JSON.parse makes them), not a list or null. */
export function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
