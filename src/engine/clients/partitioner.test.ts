import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

import { murmur2, toPositive, utf8 } from './murmur2';
import { defaultPartition } from './partitioner';

interface Murmur2Vector {
  key: string;
  partitions: number;
  partition: number;
  murmur2: number;
  utf8Hex: string;
}

// Kafka's own vectors, kept in the repository (see test/fixtures/README.md). A missing file must fail.
const VECTORS = fileURLToPath(new URL('../../../test/fixtures/kafka-vectors.json', import.meta.url));

function loadVectors(): Murmur2Vector[] {
  if (!existsSync(VECTORS)) {
    throw new Error(`Kafka test vectors not found at ${VECTORS}: see test/fixtures/README.md`);
  }
  const parsed = JSON.parse(readFileSync(VECTORS, 'utf8')) as { murmur2?: Murmur2Vector[] };
  if (!parsed.murmur2?.length) throw new Error(`${VECTORS} has no murmur2 vectors`);
  return parsed.murmur2;
}

const vectors = loadVectors();
const hex = (bytes: Uint8Array): string => Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

describe('murmur2 and the default partitioner against Kafka vectors', () => {
  it('has all 150 vectors', () => {
    expect(vectors).toHaveLength(150);
  });

  it.each(vectors.map((v) => [JSON.stringify(v.key), v.partitions, v] as const))(
    'key %s over %i partitions',
    (_label, _n, v) => {
      const bytes = utf8(v.key);
      expect(hex(bytes)).toBe(v.utf8Hex);
      expect(murmur2(bytes)).toBe(v.murmur2);
      expect(defaultPartition(v.key, v.partitions)).toBe(v.partition);
    },
  );
});

describe('murmur2', () => {
  // From Kafka's UtilsTest#testMurmur2, which hashes the bytes of these strings.
  it.each([
    ['21', -973932308],
    ['foobar', -790332482],
    ['a-little-bit-long-string', -985981536],
    ['a-little-bit-longer-string', -1486304829],
    ['lkjh234lh9fiuh90y23oiuhsafujhadof229phr9h19h89h8', -58897971],
  ])('UtilsTest value for %s', (key, expected) => {
    expect(murmur2(utf8(key))).toBe(expected);
  });

  it('always returns a signed 32-bit integer', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 64 }), (bytes) => {
        const h = murmur2(bytes);
        expect(Number.isInteger(h)).toBe(true);
        expect(h | 0).toBe(h);
      }),
    );
  });
});

describe('toPositive', () => {
  it('clears the sign bit instead of taking the absolute value', () => {
    expect(toPositive(-1)).toBe(0x7fffffff);
    expect(toPositive(-2147483648)).toBe(0);
    expect(toPositive(5)).toBe(5);
    expect(toPositive(-973932308)).toBe(-973932308 & 0x7fffffff);
  });
});

describe('defaultPartition', () => {
  it('rejects partition counts that are not positive integers', () => {
    for (const n of [0, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(() => defaultPartition('k', n)).toThrow(RangeError);
    }
  });

  it('stays in range and depends only on the key', () => {
    fc.assert(
      fc.property(fc.string(), fc.integer({ min: 1, max: 1000 }), (key, n) => {
        const p = defaultPartition(key, n);
        expect(p).toBeGreaterThanOrEqual(0);
        expect(p).toBeLessThan(n);
        expect(defaultPartition(key, n)).toBe(p);
      }),
    );
  });

  it('hashes the empty string, which is a key, not a missing one', () => {
    expect(defaultPartition('', 12)).toBe(9);
  });
});
