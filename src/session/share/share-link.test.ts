import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compressToUri, decompressUriBounded } from './lz-uri';
import { MAX_DEPTH, nestsDeeperThan, parseUntrustedJson } from './safe-json';
import { problemIn, ShareError } from './share-error';
import { decodeClassFile, decodeShare, encodeShare, SHARE_LIMITS, type SharePayload } from './share-link';
import { checks, scenario, classPayload, link } from '../../../test/session/share-fixtures';

describe('share links: round trip', () => {
  it('a class comes back equal, in the URL-safe alphabet', () => {
    const encoded = encodeShare(classPayload);
    expect(encoded).toMatch(/^[A-Za-z0-9+\-$]+$/);
    expect(decodeShare(encoded, checks)).toEqual(classPayload);
  });

  it('refuses to make a link it could not read back', () => {
    expect(() => encodeShare({ ...classPayload, timeMs: SHARE_LIMITS.timeMs + 1 } as SharePayload)).toThrow(
      /^this class has run past 24 hours of simulated time/,
    );
    const many = Array.from({ length: SHARE_LIMITS.commands + 1 }, () => ({ timeMs: 0, command: {} }));
    expect(() => encodeShare({ v: 1, scenario, commands: many })).toThrow(
      'this class has 5,001 actions: a link holds at most 5,000',
    );
  });

  it('a lesson with its scenario comes back equal', () => {
    const payload: SharePayload = { v: 1, lesson: { id: 'my-lesson' }, scenario };
    expect(decodeShare(encodeShare(payload), checks)).toEqual(payload);
  });

  it('text with script tags, quotes and accents stays the same text', () => {
    const tricky = {
      topics: [{ name: '<script>alert("x")</script>', partitions: 1 }],
      note: '</textarea><img src=x onerror=alert(1)> "quoted" \\ café 日本 😀',
    };
    const back = decodeShare(encodeShare({ v: 1, scenario: tricky, commands: [] }), checks);
    expect(back).toEqual({ v: 1, scenario: tricky, commands: [] });
  });

  it('tolerates what links pick up on the way: spaces for +, line breaks, % escapes', () => {
    const encoded = encodeShare(classPayload);
    const mangled = `  ${encoded.replace(/\+/g, ' ').replace(/\$/g, '%24').slice(0, 20)}\n${encoded
      .replace(/\+/g, ' ')
      .replace(/\$/g, '%24')
      .slice(20)}  `;
    expect(decodeShare(mangled, checks)).toEqual(classPayload);
  });

  it('the bounded decompressor agrees with lz-string on any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (text) => {
        const encoded = compressToUri(text);
        const ours = decompressUriBounded(encoded, 1_000_000);
        if (text === '') expect(ours.ok).toBe(false);
        else expect(ours).toEqual({ ok: true, text });
        expect(LZString.decompressFromEncodedURIComponent(encoded)).toBe(text);
      }),
      { seed: 42, numRuns: 300 },
    );
  });

  it('on damaged input, whatever text it finds is the text lz-string finds', () => {
    fc.assert(
      fc.property(
        fc.string({
          unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
          minLength: 1,
          maxLength: 60,
        }),
        (encoded) => {
          let theirs: string | null;
          try {
            theirs = LZString.decompressFromEncodedURIComponent(encoded);
          } catch {
            theirs = null; // lz-string itself can crash on damaged input: one more reason for our own reader
          }
          const ours = decompressUriBounded(encoded, 1_000_000);
          // Where ours refuses, lz-string returns null, "", garbage with undefined parts, or throws.
          if (ours.ok) expect(ours.text).toBe(theirs);
        },
      ),
      { seed: 7, numRuns: 500 },
    );
  });
});

describe('safe JSON', () => {
  it('counts nesting outside strings only', () => {
    expect(nestsDeeperThan('[[["[[[[[[[[[[[["]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[["\\"[[[[["]]]', 3)).toBe(false);
    expect(nestsDeeperThan('[[[[]]]]', 3)).toBe(true);
    const ok = `${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}`;
    expect(parseUntrustedJson(ok, 'the file')).toBeDefined();
    expect(() => parseUntrustedJson(`[${ok}]`, 'the file')).toThrow(/the file is nested too deeply/);
  });

  it('refuses text over 1 MB by its length', () => {
    expect(() => parseUntrustedJson(' '.repeat(1_048_577), 'the file')).toThrow(
      'the file is too big (1.0 MB): it may hold at most 1 MB of text',
    );
  });
});

describe('class files', () => {
  it('a scenario file, with or without a $schema link', () => {
    expect(decodeClassFile(JSON.stringify(scenario), checks)).toEqual({ kind: 'scenario', scenario });
    const withSchema = { $schema: 'https://example.org/scenario.schema.json', ...scenario };
    expect(decodeClassFile(JSON.stringify(withSchema), checks)).toEqual({ kind: 'scenario', scenario });
  });

  it('a lesson file written by hand may leave out v', () => {
    const file = { lesson: { id: 'mine' }, scenario };
    expect(decodeClassFile(JSON.stringify(file), checks)).toEqual({
      kind: 'lesson',
      payload: { v: 1, lesson: { id: 'mine' }, scenario },
    });
  });

  it('names the problem of a wrong file', () => {
    expect(() => decodeClassFile('{"topics": [{"partitions": 65}]}', checks)).toThrow(
      'the file holds a scenario with 1 problem: topics[0].partitions: must be a whole number from 1 to 64',
    );
    expect(() => decodeClassFile('<html>', checks)).toThrow(/^the file is not valid JSON/);
    expect(() => decodeClassFile('', checks)).toThrow('the file is empty');
  });
});

describe('refusals in Spanish', () => {
  const refusalOf = (encoded: unknown): ShareError => {
    try {
      decodeShare(encoded, checks);
    } catch (e) {
      return e as ShareError;
    }
    throw new Error('not refused');
  };

  it('a damaged or empty link, and sizes written the Spanish way', () => {
    expect(refusalOf('').text('es')).toBe('el enlace está vacío: no contiene ninguna clase');
    expect(refusalOf('AAAAAAAAAAAAAAAA').text('es')).toBe('el enlace está dañado (no se pudo descomprimir)');
    expect(refusalOf('A'.repeat(SHARE_LIMITS.encodedChars + 1)).text('es')).toBe(
      'el enlace es demasiado largo (2,0 MB): un enlace para compartir admite como mucho 2,0 MB',
    );
  });

  it("the link's own problems have Spanish; the checks' problems stay English only", () => {
    const e = refusalOf(link({ v: 1, scenario, commands: [{ timeMs: 5, command: 1 }] }));
    expect(e.message).toMatch(/^the link's actions have 1 problem/);
    expect(e.text('es')).toBe(
      'las acciones del enlace tienen 1 problema: commands[0].command: debe ser un objeto que describa una orden',
    );
    expect(problemIn(e.problems[0]!, 'es')).toBe('debe ser un objeto que describa una orden');
    // Still plain `{ path, message }` data, as before.
    expect(e.problems).toEqual([
      { path: 'commands[0].command', message: 'must be an object describing a command' },
    ]);
    expect(problemIn({ path: 'seed', message: 'must be a whole number' }, 'es')).toBeNull();
    expect(new ShareError('damaged', 'plain English').text('es')).toBeNull();
  });
});
