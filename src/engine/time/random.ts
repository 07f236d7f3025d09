/**
 * A small seeded random generator (sfc32) whose whole state is four 32-bit integers, so it can live in the
 * simulation's state, be copied into checkpoints and make the future a function of the snapshot.
 */
export type RandomState = [number, number, number, number];

/** Spreads a 32-bit seed over the four words, then warms the generator up as sfc32's authors advise. */
export function seedRandom(seed: number): RandomState {
  const s = seed >>> 0;
  const state: RandomState = [0x9e3779b9, 0x243f6a88 ^ s, 0xb7e15162, s];
  for (let i = 0; i < 15; i++) nextUint32(state);
  return state;
}

/** Advances the state in place and returns an unsigned 32-bit integer. */
export function nextUint32(state: RandomState): number {
  let [a, b, c, d] = state;
  const t = (((a + b) | 0) + d) | 0;
  d = (d + 1) | 0;
  a = b ^ (b >>> 9);
  b = (c + (c << 3)) | 0;
  c = (c << 21) | (c >>> 11);
  c = (c + t) | 0;
  state[0] = a;
  state[1] = b;
  state[2] = c;
  state[3] = d;
  return t >>> 0;
}

/** A whole number in [0, n). Kafka's BuiltInPartitioner also picks `random % n`, modulo bias included. */
export function nextInt(state: RandomState, n: number): number {
  return nextUint32(state) % n;
}
