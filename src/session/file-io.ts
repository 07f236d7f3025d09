/** Files in and out of the browser: a download through an object URL, and a size-checked read. */

import { MAX_TEXT_CHARS, ShareError, shareText, sizeIn } from './share';
import { decodeFileBytes } from './file-encoding';
import { messages } from './messages';
import { downloadBlob } from './download';

/** Offers `text` as a file download named `filename`. */
export function downloadText(filename: string, text: string, type = 'application/json'): void {
  downloadBlob(filename, new Blob([text], { type }));
}

/** Files over this many bytes are refused before they are read. */
export const MAX_FILE_BYTES = MAX_TEXT_CHARS;

/**
 * Reads a chosen file as text, refusing one over 1 MB before reading it, and one in an encoding it cannot
 * read by name (UTF-8 and UTF-16 are read; see file-encoding.ts). Throws a ShareError.
 */
export async function readFileText(file: Blob): Promise<string> {
  if (file.size > MAX_FILE_BYTES) {
    const { size } = file;
    throw new ShareError('too-big', (l) => messages(l).fileTooBig(sizeIn(l, size, 'bytes')));
  }
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await file.arrayBuffer());
  } catch {
    throw new ShareError('damaged', (l) => shareText(l).unreadable('the file'));
  }
  return decodeFileBytes(bytes);
}

/** "the link is damaged" -> "The link is damaged." */
export function sentence(message: string): string {
  const s = message.charAt(0).toUpperCase() + message.slice(1);
  return /[.!?]$/.test(s) ? s : `${s}.`;
}
