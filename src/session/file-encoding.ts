/**
 * A chosen file's bytes to text. Browsers read a file as UTF-8 whatever it holds, so a UTF-16 file (what
 * Windows Notepad long saved as "Unicode") came out as text full of NUL characters, and a Latin-1 file with
 * replacement characters where its accents were. Here a byte order mark or the pattern of zero bytes names
 * the encoding: UTF-8 and UTF-16 (either byte order) are read, anything else is refused by name.
 */
import { ShareError, shareText } from './share';
import { messages } from './messages';

function decode(bytes: Uint8Array, label: string, skip: number): string {
  // `fatal`: a byte sequence the encoding does not allow is an error, never a silent U+FFFD.
  return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes.subarray(skip));
}

function refuse(encoding: string): never {
  throw new ShareError('damaged', (l) => messages(l).fileEncoding(encoding));
}

/** The encoding of these bytes as far as they tell, by a byte order mark or zero bytes among ASCII. */
export function sniffEncoding(bytes: Uint8Array): { label: string; skip: number; name: string } | null {
  const [a, b, c, d] = bytes;
  if (a === 0xef && b === 0xbb && c === 0xbf) return { label: 'utf-8', skip: 3, name: 'UTF-8' };
  if (a === 0xff && b === 0xfe && c === 0 && d === 0) return null; // UTF-32 LE: refused below
  if (a === 0xff && b === 0xfe) return { label: 'utf-16le', skip: 2, name: 'UTF-16' };
  if (a === 0xfe && b === 0xff) return { label: 'utf-16be', skip: 2, name: 'UTF-16' };
  // Without a mark: JSON starts with ASCII, so UTF-16 shows a zero byte beside each of its first characters.
  if (bytes.length >= 4 && a !== 0 && b === 0 && c !== 0 && d === 0) {
    return { label: 'utf-16le', skip: 0, name: 'UTF-16' };
  }
  if (bytes.length >= 4 && a === 0 && b !== 0 && c === 0 && d !== 0) {
    return { label: 'utf-16be', skip: 0, name: 'UTF-16' };
  }
  return { label: 'utf-8', skip: 0, name: 'UTF-8' };
}

/** Kinds of file a teacher may pick by mistake, by their first bytes (their "magic numbers"). */
const MAGIC: readonly [string, readonly number[]][] = [
  ['a PNG picture', [0x89, 0x50, 0x4e, 0x47]],
  ['a JPEG picture', [0xff, 0xd8, 0xff]],
  ['a GIF picture', [0x47, 0x49, 0x46, 0x38]],
  ['a PDF document', [0x25, 0x50, 0x44, 0x46]],
  ['a ZIP archive (or a Word, Excel or OpenDocument file)', [0x50, 0x4b, 0x03, 0x04]],
  ['a gzip archive', [0x1f, 0x8b]],
];

/** Control characters no JSON text holds (tab, line feed and carriage return aside). */
const isControl = (byte: number): boolean => byte < 0x20 && byte !== 9 && byte !== 10 && byte !== 13;

/** What a binary file is, by its magic number, or null for a file that may be text. */
export function binaryKind(bytes: Uint8Array): string | null {
  for (const [kind, magic] of MAGIC) if (magic.every((m, i) => bytes[i] === m)) return kind;
  return bytes.subarray(0, 4096).some(isControl) ? 'binary data' : null;
}

/** The text of a file's bytes; throws a ShareError naming an encoding it cannot read. */
export function decodeFileBytes(bytes: Uint8Array): string {
  const [a, b, c, d] = bytes;
  if ((a === 0 && b === 0 && c === 0xfe && d === 0xff) || (a === 0xff && b === 0xfe && c === 0 && d === 0)) {
    refuse('UTF-32');
  }
  const sniffed = sniffEncoding(bytes)!;
  // A picture or an archive chosen by mistake: said as such, not as text in an unknown encoding.
  const kind = sniffed.name === 'UTF-8' ? binaryKind(bytes) : null;
  if (kind !== null) throw new ShareError('damaged', (l) => messages(l).fileBinary(kind));
  let text: string;
  try {
    text = decode(bytes, sniffed.label, sniffed.skip);
  } catch {
    // Not valid UTF-8: most likely a single-byte encoding such as Latin-1 or Windows-1252.
    if (sniffed.name === 'UTF-8') refuse('Latin-1 / Windows-1252');
    throw new ShareError('damaged', (l) => shareText(l).unreadable('the file'));
  }
  // A NUL in the text means the guess was wrong (UTF-16 or UTF-32 without a mark): JSON never holds one.
  if (text.includes('\u0000')) refuse('UTF-16 / UTF-32');
  return text;
}
