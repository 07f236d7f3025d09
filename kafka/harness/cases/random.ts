/**
 * Small classes drawn at random from a fixed seed: partitions, keys, members, assignor, and a member who
 * joins then another who leaves. Each checks where keys land and the assignments after each change.
 */
import type { AssignorName, Command } from '../../../src/engine';
import { assignmentAt, keyOrderKept, keysLandOn } from '../claims';
import { exactOrShape } from './assignors';
import { BROKER, CLASSROOM_GROUP as G, type OracleCase } from '../case';

/** mulberry32: a tiny seeded generator, so the same seed draws the same classes on every machine. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const WORDS = [
  'algebra',
  'biology',
  'chemistry',
  'drama',
  'economics',
  'french',
  'geography',
  'ict',
  'judo',
  'kanji',
];
const NAMES = ['ana', 'ben', 'carla', 'dario', 'eva', 'fede'];
const ASSIGNORS: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

export function randomCases(seed: number, count: number): OracleCase[] {
  const next = generator(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(next() * xs.length)]!;
  return Array.from({ length: count }, (_, i) => {
    const partitions = 1 + Math.floor(next() * 4);
    const keys = WORDS.filter(() => next() < 0.5).slice(0, 6);
    const memberCount = 1 + Math.floor(next() * 3);
    const members = NAMES.slice(0, memberCount).map((id) => ({
      id,
      recordsPerSec: 3 + Math.floor(next() * 3),
    }));
    const assignor = pick(ASSIGNORS);
    const joiner = NAMES[memberCount]!;
    const script: { timeMs: number; command: Command }[] = [
      {
        timeMs: 7000,
        command: { type: 'addMember', group: 'class', member: { id: joiner, recordsPerSec: 4 } },
      },
      { timeMs: 13_000, command: { type: 'removeMember', group: 'class', member: pick(members).id } },
    ];
    return {
      id: `random-${seed}-${i}`,
      title: `A random class (seed ${seed}, #${i}): ${partitions} partition(s), ${memberCount} member(s), ${assignor}`,
      scenario: {
        seed: seed + i,
        broker: BROKER,
        topics: [{ name: 'notes', partitions }],
        producers: [
          { id: 'teacher', topic: 'notes', recordsPerSec: 3, keys: keys.length ? keys : ['algebra'] },
        ],
        groups: [{ id: 'class', topics: ['notes'], ...G, assignor, members }],
      },
      script,
      durationMs: 19_000,
      claims: [
        keysLandOn('notes'),
        keyOrderKept('notes'),
        assignmentAt('class', 6500, `random class ${i}: first assignment`),
        exactOrShape(assignor)('class', 6500, 12_500, `random class ${i}: after a member joins`),
        exactOrShape(assignor)('class', 12_500, 18_500, `random class ${i}: after a member leaves`),
      ],
    };
  });
}
