import { describe, expect, it } from 'vitest';
import { isShareError } from './share';
import { decodeFileBytes } from './file-encoding';
import { readFileText } from './file-io';

const JSON_TEXT = '{"v":1,"title":"Año, café"}';

function utf16(text: string, littleEndian: boolean, bom: boolean): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array((text.length + (bom ? 1 : 0)) * 2);
  const view = new DataView(out.buffer);
  let at = 0;
  if (bom) {
    view.setUint16(0, 0xfeff, littleEndian);
    at = 2;
  }
  for (let i = 0; i < text.length; i++) view.setUint16(at + 2 * i, text.charCodeAt(i), littleEndian);
  return out;
}

function refusal(bytes: Uint8Array, lang: 'en' | 'es' = 'en'): string {
  try {
    decodeFileBytes(bytes);
  } catch (e) {
    if (isShareError(e)) return e.text(lang) ?? e.message;
    throw e;
  }
  throw new Error('expected a refusal');
}

describe('a file in any encoding is read or refused by name', () => {
  it('reads UTF-8, with or without its mark', () => {
    const utf8 = new TextEncoder().encode(JSON_TEXT);
    expect(decodeFileBytes(utf8)).toBe(JSON_TEXT);
    expect(decodeFileBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]))).toBe(JSON_TEXT);
  });

  it('reads UTF-16 in either byte order, with a mark or without', () => {
    for (const le of [true, false]) {
      expect(decodeFileBytes(utf16(JSON_TEXT, le, true))).toBe(JSON_TEXT);
      expect(decodeFileBytes(utf16(JSON_TEXT, le, false))).toBe(JSON_TEXT);
    }
  });

  it('refuses Latin-1 naming it, in English and Spanish', () => {
    const latin1 = new Uint8Array([...JSON_TEXT].map((c) => c.charCodeAt(0)));
    expect(refusal(latin1)).toBe(
      'the file is written in Latin-1 / Windows-1252, which this page does not read: save it as UTF-8 (or UTF-16) and choose it again',
    );
    expect(refusal(latin1, 'es')).toMatch(
      /^el archivo está escrito en Latin-1 \/ Windows-1252, que esta página no lee/,
    );
  });

  it('refuses UTF-32 naming it', () => {
    const bytes = new Uint8Array([0xff, 0xfe, 0, 0, 0x7b, 0, 0, 0]);
    expect(refusal(bytes)).toMatch(/^the file is written in UTF-32,/);
  });

  it('reads a chosen UTF-16 file as the same text (it was "Imported" as garbage before)', async () => {
    const file = new Blob([utf16(JSON_TEXT, true, true)]);
    await expect(readFileText(file)).resolves.toBe(JSON_TEXT);
  });

  it('refuses a picture, a document or an archive saying what it is, in English and Spanish', () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
    expect(refusal(png)).toBe(
      'the file is not text but a PNG picture: a class or lesson file is JSON text, as Export JSON writes it',
    );
    expect(refusal(png, 'es')).toMatch(/^el archivo no es texto sino una imagen PNG:/);
    const pdf = new TextEncoder().encode('%PDF-1.7\n');
    expect(refusal(pdf)).toMatch(/not text but a PDF document/);
    const zip = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 20, 0, 0, 0]);
    expect(refusal(zip)).toMatch(/not text but a ZIP archive/);
    // Control characters no text holds, without a known magic number.
    expect(refusal(new Uint8Array([0x7b, 0x01, 0x02, 0x7d]))).toMatch(/not text but binary data/);
    expect(refusal(new Uint8Array([0x7b, 0x01, 0x02, 0x7d]), 'es')).toMatch(/sino datos binarios/);
  });
});
