/**
 * lz-string's URI-safe format: `compressToEncodedURIComponent` writes it (from the lz-string package), and
 * `decompressUriBounded` reads it back. The reader is a port of lz-string 1.5's `_decompress` (WTFPL/MIT,
 * Pieroxy) with two changes for untrusted links: it stops as soon as the text would pass `maxChars`, so a
 * small link cannot unpack into gigabytes (LZ output grows with the square of its input), and it reports
 * damage instead of returning null or "" silently.
 */

import LZString from 'lz-string';

/** The 64 characters of the URI-safe format, in value order. */
export const URI_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';

const VALUES: readonly number[] = (() => {
  const values = new Array<number>(128).fill(-1);
  for (let i = 0; i < URI_ALPHABET.length; i += 1) values[URI_ALPHABET.charCodeAt(i)] = i;
  return values;
})();

/** Compresses text into the URI-safe alphabet (lz-string's `compressToEncodedURIComponent`). */
export function compressToUri(text: string): string {
  return LZString.compressToEncodedURIComponent(text);
}

/** The first character outside the URI-safe alphabet, or null when every character is in it. */
export function firstForeignChar(encoded: string): string | null {
  for (let i = 0; i < encoded.length; i += 1) {
    const code = encoded.charCodeAt(i);
    if (code >= 128 || VALUES[code] === -1) return String.fromCodePoint(encoded.codePointAt(i) ?? code);
  }
  return null;
}

export type Decompressed = { ok: true; text: string } | { ok: false; why: 'damaged' | 'too-big' };

/**
 * Reads lz-string's URI-safe format. The input must hold only URI_ALPHABET characters (see firstForeignChar).
 * Stops with `too-big` once the text would pass `maxChars` UTF-16 code units; `damaged` when the stream
 * breaks off, refers to a code it never defined, or unpacks to nothing.
 */
export function decompressUriBounded(input: string, maxChars: number): Decompressed {
  const length = input.length;
  if (length === 0) return { ok: false, why: 'damaged' };
  const valueAt = (i: number): number => (i < length ? (VALUES[input.charCodeAt(i)] ?? 0) : 0);
  const RESET = 32;
  let val = valueAt(0);
  let position = RESET;
  let index = 1;

  const readBits = (n: number): number => {
    let bits = 0;
    const maxpower = 2 ** n;
    for (let power = 1; power !== maxpower; power *= 2) {
      const resb = val & position;
      position >>= 1;
      if (position === 0) {
        position = RESET;
        val = valueAt(index);
        index += 1;
      }
      if (resb > 0) bits += power;
    }
    return bits;
  };

  const dictionary: string[] = [];
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  const result: string[] = [];
  let total = 0;

  let c: string;
  switch (readBits(2)) {
    case 0:
      c = String.fromCharCode(readBits(8));
      break;
    case 1:
      c = String.fromCharCode(readBits(16));
      break;
    default:
      return { ok: false, why: 'damaged' };
  }
  dictionary[3] = c;
  let w = c;
  result.push(c);
  total = 1;

  for (;;) {
    if (index > length) return { ok: false, why: 'damaged' };
    let code = readBits(numBits);
    switch (code) {
      case 0:
        dictionary[dictSize] = String.fromCharCode(readBits(8));
        dictSize += 1;
        code = dictSize - 1;
        enlargeIn -= 1;
        break;
      case 1:
        dictionary[dictSize] = String.fromCharCode(readBits(16));
        dictSize += 1;
        code = dictSize - 1;
        enlargeIn -= 1;
        break;
      case 2: {
        const text = result.join('');
        return text === '' ? { ok: false, why: 'damaged' } : { ok: true, text };
      }
    }
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
    let entry: string;
    const known = code >= 3 ? dictionary[code] : undefined;
    if (known !== undefined) entry = known;
    else if (code === dictSize) entry = w + w.charAt(0);
    else return { ok: false, why: 'damaged' };
    total += entry.length;
    if (total > maxChars) return { ok: false, why: 'too-big' };
    result.push(entry);
    dictionary[dictSize] = w + entry.charAt(0);
    dictSize += 1;
    enlargeIn -= 1;
    w = entry;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
}
