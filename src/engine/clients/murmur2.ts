/**
 * Kafka's 32-bit MurmurHash2, the hash behind key-based partitioning.
 *
 * Java does this arithmetic in wrapping `int`s; `Math.imul` and `| 0` reproduce that exactly, which is
 * what keeps a key on the same partition here as in a real producer.
 */

const SEED = 0x9747b28c;
const M = 0x5bd1e995;
const R = 24;

// One shared encoder: it is stateless, and keys are hashed on every produced record.
const encoder = new TextEncoder();

/**
 * The bytes Kafka's `StringSerializer` writes for a key (UTF-8). An empty string is zero bytes, not null,
 * so it is hashed like any other key.
 */
export function utf8(key: string): Uint8Array {
  return encoder.encode(key);
}

/**
 * `org.apache.kafka.common.utils.Utils#murmur2`: seed 0x9747b28c, m 0x5bd1e995, r 24, little-endian
 * 4-byte blocks, a 1-3 byte tail, then the final mix.
 *
 * @returns a signed 32-bit integer, as Java's `int` would be.
 */
export function murmur2(bytes: Uint8Array): number {
  const length = bytes.length;
  let h = (SEED ^ length) | 0;
  const blocks = length >>> 2;

  for (let i = 0; i < blocks; i++) {
    const i4 = i * 4;
    let k =
      (bytes[i4] ?? 0) |
      ((bytes[i4 + 1] ?? 0) << 8) |
      ((bytes[i4 + 2] ?? 0) << 16) |
      ((bytes[i4 + 3] ?? 0) << 24);
    k = Math.imul(k, M);
    k ^= k >>> R;
    k = Math.imul(k, M);
    h = Math.imul(h, M);
    h ^= k;
  }

  // Java's switch falls through 3 -> 2 -> 1; the checks below keep that order without a fall-through.
  const tail = length & ~3;
  const rest = length & 3;
  if (rest === 3) h ^= (bytes[tail + 2] ?? 0) << 16;
  if (rest >= 2) h ^= (bytes[tail + 1] ?? 0) << 8;
  if (rest >= 1) {
    h ^= bytes[tail] ?? 0;
    h = Math.imul(h, M);
  }

  h ^= h >>> 13;
  h = Math.imul(h, M);
  h ^= h >>> 15;
  return h | 0;
}

/**
 * `Utils#toPositive`: clears the sign bit. Not `Math.abs`, which would map a hash and its negation to
 * the same partition and overflow on -2^31.
 */
export function toPositive(x: number): number {
  return x & 0x7fffffff;
}
