import fc from 'fast-check';
import LZString from 'lz-string';
import { describe, expect, it, vi } from 'vitest';
import { compressToUri, decompressUriBounded } from './lz-uri';
import type * as LzUri from './lz-uri';
import { ShareError } from './share-error';
import { decodeShare, encodeShare, SHARE_LIMITS, type ShareChecks } from './share-link';
import { checks, scenario, classPayload, link, refusal } from '../../../test/session/share-fixtures';

// The bounded decompressor, watched: which links reach it, and what it answered (the code under test is
// unchanged; the checks say how far a link got instead of timing it, which a loaded host would decide).
vi.mock('./lz-uri', async (original) => {
  const real = await original<typeof LzUri>();
  return { ...real, decompressUriBounded: vi.fn(real.decompressUriBounded) };
});
const unpack = vi.mocked(decompressUriBounded);

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

    unpack.mockClear();
    const e = refusal(huge);

    expect(unpack).not.toHaveBeenCalled();
    expect(e.reason).toBe('too-long');
    expect(e.message).toBe('the link is too long (10.0 MB): a share link holds at most 2.0 MB');
  });

  it('a small link that would unpack to 10 MB stops at 1 MB', () => {
    expect(LZString.decompressFromEncodedURIComponent(runBomb(10))).toBe('a'.repeat(66));
    const bomb = runBomb(4_500); // about 10 million characters once unpacked
    expect(bomb.length).toBeLessThan(15_000);

    unpack.mockClear();
    const e = refusal(bomb);

    // Unpacked once, bounded at the limit, and stopped there: not unpacked whole and then measured.
    expect(unpack).toHaveBeenCalledTimes(1);
    expect(unpack.mock.calls[0]![1]).toBe(SHARE_LIMITS.textChars);
    expect(unpack.mock.results[0]!.value).toEqual({ ok: false, why: 'too-big' });
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
