import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it } from 'vitest';
import { compressToUri, decompressUriBounded } from './lz-uri';
import { MAX_DEPTH, nestsDeeperThan, parseUntrustedJson } from './safe-json';
import { problemIn, ShareError, type ShareProblem } from './share-error';
import {
  decodeClassFile,
  decodeShare,
  encodeShare,
  SHARE_LIMITS,
  type Checked,
  type ShareChecks,
  type SharePayload,
} from './share-link';

/**
 * `shared` may not import the engine, so these tests check scenarios with a small stand-in that speaks like
 * the engine's validator; the real validator is plugged in by the sandbox (see src/views/sandbox tests).
 */
interface FakeScenario {
  topics: { name: string; partitions: number }[];
}

function checkFakeScenario(input: unknown): Checked<FakeScenario> {
  const problems: ShareProblem[] = [];
  const topics = (input as { topics?: unknown } | null)?.topics;
  if (!Array.isArray(topics))
    return { ok: false, problems: [{ path: 'topics', message: 'must be a list of topics' }] };
  topics.forEach((t: unknown, i) => {
    const p = (t as { partitions?: unknown } | null)?.partitions;
    if (typeof p !== 'number' || !Number.isInteger(p) || p < 1 || p > 64) {
      problems.push({ path: `topics[${i}].partitions`, message: 'must be a whole number from 1 to 64' });
    }
  });
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: input as FakeScenario };
}

const checks: ShareChecks<FakeScenario, { id: string }> = {
  scenario: checkFakeScenario,
  lesson: (input) =>
    typeof (input as { id?: unknown } | null)?.id === 'string'
      ? { ok: true, value: input as { id: string } }
      : { ok: false, problems: [{ path: 'id', message: 'is required' }] },
};

const scenario: FakeScenario = { topics: [{ name: 'notes', partitions: 3 }] };
const classPayload: SharePayload = {
  v: 1,
  scenario,
  commands: [
    { timeMs: 4_000, command: { type: 'sleep', group: 'class', member: 'ben' } },
    { timeMs: 9_000, command: { type: 'wake', group: 'class', member: 'ben' } },
  ],
  timeMs: 12_000,
  words: 'kafka',
};

/** Encodes any JSON value the way a link would carry it. */
const link = (value: unknown): string => compressToUri(JSON.stringify(value));

/**
 * A link in lz-string's format that unpacks to "a" repeated (n + 1)(n + 2) / 2 times: each code names the
 * entry being defined, which LZ reads as "the previous entry plus its first letter". Built bit by bit because
 * compressing megabytes with lz-string would take seconds.
 */
function runBomb(n: number): string {
  const alphabet = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$';
  let out = '';
  let val = 0;
  let position = 0;
  const write = (value: number, bits: number): void => {
    for (let i = 0; i < bits; i += 1) {
      val = (val << 1) | ((value >> i) & 1);
      position += 1;
      if (position === 6) {
        out += alphabet[val];
        val = 0;
        position = 0;
      }
    }
  };
  write(0, 2);
  write(97, 8);
  let dictSize = 4;
  let enlargeIn = 4;
  let numBits = 3;
  for (let k = 0; k < n; k += 1) {
    write(dictSize, numBits);
    dictSize += 1;
    enlargeIn -= 1;
    if (enlargeIn === 0) {
      enlargeIn = 2 ** numBits;
      numBits += 1;
    }
  }
  write(2, numBits);
  write(0, 6 - position);
  return out;
}

function refusal(encoded: unknown): ShareError {
  try {
    decodeShare(encoded, checks);
  } catch (e) {
    expect(e).toBeInstanceOf(ShareError);
    return e as ShareError;
  }
  throw new Error('the link was accepted');
}

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

describe('share links: bad input gets a clear message', () => {
  it('an empty link', () => {
    expect(refusal('').message).toBe('the link is empty: it holds no class');
    expect(refusal(undefined).reason).toBe('empty');
  });

  it('a damaged link that cannot be decompressed', () => {
    const e = refusal('AAAAAAAAAAAAAAAA');
    expect(e.reason).toBe('damaged');
    expect(e.message).toBe('the link is damaged (it could not be decompressed)');
  });

  it('a cut-off link', () => {
    const encoded = encodeShare(classPayload);
    const e = refusal(encoded.slice(0, Math.floor(encoded.length / 2)));
    expect(['damaged', 'not-json']).toContain(e.reason);
    expect(e.message).toMatch(/^the link is (damaged|not valid JSON)/);
  });

  it('a character no link has', () => {
    const e = refusal('Nob<script>alert(1)</script>');
    expect(e.reason).toBe('damaged');
    expect(e.message).toBe('the link is damaged (it holds "<", a character share links never have)');
  });

  it('a link that is not JSON inside', () => {
    expect(refusal(compressToUri('{"v":1, scenario')).message).toMatch(/^the link is not valid JSON/);
  });

  it('a scenario with problems lists them by path', () => {
    const bad = { v: 1, scenario: { topics: [{ partitions: 0 }, { partitions: 3 }, { partitions: 99 }] } };
    const e = refusal(link(bad));
    expect(e.reason).toBe('scenario');
    expect(e.message).toBe(
      'the link holds a scenario with 2 problems: topics[0].partitions: must be a whole number from 1 to 64; ' +
        'topics[2].partitions: must be a whole number from 1 to 64',
    );
    expect(e.problems).toEqual([
      { path: 'topics[0].partitions', message: 'must be a whole number from 1 to 64' },
      { path: 'topics[2].partitions', message: 'must be a whole number from 1 to 64' },
    ]);
  });

  it('a lesson with problems', () => {
    const e = refusal(link({ v: 1, lesson: { title: 'x' }, scenario }));
    expect(e.message).toBe('the link holds a lesson with 1 problem: id: is required');
  });

  it('a check that throws is still a refusal', () => {
    const throwing: ShareChecks<unknown, unknown> = {
      scenario: () => {
        throw new TypeError('boom');
      },
      lesson: () => ({ ok: true, value: null }),
    };
    expect(() => decodeShare(encodeShare(classPayload), throwing)).toThrow(
      new ShareError('scenario', "the link's scenario could not be checked"),
    );
  });

  it('versions, unknown fields and a missing scenario', () => {
    expect(refusal(link({ scenario })).message).toBe('the link is damaged (it has no format version)');
    expect(refusal(link({ v: 2, scenario })).message).toMatch(/made by a newer Kafka Classroom \(format 2\)/);
    expect(refusal(link({ v: 'one', scenario })).message).toMatch(/unknown format version/);
    expect(refusal(link({ v: 1, scenario, extra: 1, __proto__x: 2 })).message).toBe(
      'the link holds unknown fields "extra", "__proto__x"',
    );
    expect(refusal(link({ v: 1 })).message).toBe('the link holds no scenario');
    expect(refusal(link([1, 2])).message).toBe('the link is damaged (it does not hold a class)');
    expect(refusal(link({ v: 1, scenario, words: 'spanish' })).message).toBe(
      'the link\'s words must be "classroom" or "kafka"',
    );
  });

  it('a __proto__ field from JSON stays an unknown field and pollutes nothing', () => {
    const e = refusal(compressToUri('{"v":1,"scenario":{"topics":[]},"__proto__":{"polluted":true}}'));
    expect(e.message).toBe('the link holds an unknown field "__proto__"');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('huge numbers are refused with the rule they break', () => {
    const at = (timeMs: unknown) =>
      refusal(compressToUri(`{"v":1,"scenario":{"topics":[]},"timeMs":${String(timeMs)}}`));
    for (const n of ['1e308', '1e999', '-1', '1.5', '123456789012345678901234567890']) {
      expect(at(n).message).toBe(
        "the link's moment (timeMs) must be a whole number of milliseconds from 0 to 86,400,000 (24 hours)",
      );
    }
    const partitions = refusal(compressToUri('{"v":1,"scenario":{"topics":[{"partitions":1e400}]}}'));
    expect(partitions.problems).toEqual([
      { path: 'topics[0].partitions', message: 'must be a whole number from 1 to 64' },
    ]);
  });

  it('actions: a list of { timeMs, command } in time order', () => {
    const withCommands = (commands: unknown) => refusal(link({ v: 1, scenario, commands }));
    expect(withCommands({}).message).toBe("the link's actions are damaged (commands must be a list)");
    const e = withCommands([
      { timeMs: 5, command: { type: 'sleep' } },
      { timeMs: 3, command: { type: 'wake' } },
      { timeMs: -1, command: null },
      'x',
      { timeMs: 9, command: {}, by: 'me' },
    ]);
    expect(e.reason).toBe('commands');
    expect(e.problems).toEqual([
      { path: 'commands[1].timeMs', message: 'must not be earlier than the action before it' },
      {
        path: 'commands[2].timeMs',
        message: 'must be a whole number of milliseconds from 0 to 86,400,000 (24 hours)',
      },
      { path: 'commands[2].command', message: 'must be an object describing a command' },
      { path: 'commands[3]', message: 'must be an object with timeMs and command' },
      { path: 'commands[4].by', message: 'unknown field' },
    ]);
    expect(e.message).toMatch(
      /^the link's actions have 5 problems: commands\[1\]\.timeMs: must not be earlier/,
    );
    const many = Array.from({ length: SHARE_LIMITS.commands + 1 }, () => ({ timeMs: 0, command: {} }));
    expect(withCommands(many).message).toBe(
      'the link holds 5,001 actions, more than the 5,000 a class may share',
    );
  });

  it('a 10 MB link is refused at once, before anything is unpacked', () => {
    const huge = 'A'.repeat(10_000_000);

    const t0 = performance.now();
    const e = refusal(huge);

    expect(performance.now() - t0).toBeLessThan(100);
    expect(e.reason).toBe('too-long');
    expect(e.message).toBe('the link is too long (10.0 MB): a share link holds at most 2.0 MB');
  });

  it('a small link that would unpack to 10 MB stops at 1 MB', () => {
    expect(LZString.decompressFromEncodedURIComponent(runBomb(10))).toBe('a'.repeat(66));
    const bomb = runBomb(4_500); // about 10 million characters once unpacked
    expect(bomb.length).toBeLessThan(15_000);

    const t0 = performance.now();
    const e = refusal(bomb);

    expect(performance.now() - t0).toBeLessThan(500);
    expect(e.reason).toBe('too-big');
    expect(e.message).toBe('the link is too big: it unpacks to more than 1 MB of text');
  });

  it('deep nesting is refused before JSON.parse', () => {
    const deep = `{"v":1,"scenario":${'['.repeat(100_000)}${']'.repeat(100_000)}}`;
    const e = refusal(compressToUri(deep));
    expect(e.reason).toBe('too-deep');
    expect(e.message).toBe('the link is nested too deeply (more than 16 levels of [ and {)');
  });

  it('never throws anything but a ShareError, whatever the link', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string({ maxLength: 200 }),
          fc.string({
            unit: fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'),
            maxLength: 200,
          }),
          fc.jsonValue({ maxDepth: 4 }).map((v) => compressToUri(JSON.stringify(v))),
        ),
        (encoded) => {
          try {
            decodeShare(encoded, checks);
          } catch (e) {
            expect(e).toBeInstanceOf(ShareError);
            expect((e as ShareError).message.length).toBeGreaterThan(0);
          }
        },
      ),
      { seed: 11, numRuns: 500 },
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
