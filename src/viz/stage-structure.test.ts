import { describe, expect, it } from 'vitest';
import { group, member, partition, producer, snapshot, topic } from '../../test/viz/fixtures';
import { OFFSET_RESERVE_S, sameEntries, sameStructure, stageStructure } from './stage-structure';

describe('stage structure', () => {
  it('does not change when only notes are added', () => {
    const a = snapshot({ topics: [topic('notes', [partition(0, 120)])] });
    const b = snapshot({ topics: [topic('notes', [partition(0, 130)])], timeMs: 30_000 });
    expect(sameStructure(stageStructure(a), stageStructure(b))).toBe(true);
  });

  it('changes when a student joins or offsets gain a digit', () => {
    const one = snapshot({ groups: [group('class', [member('ana')])] });
    const two = snapshot({ groups: [group('class', [member('ana'), member('ben')])] });
    expect(sameStructure(stageStructure(one), stageStructure(two))).toBe(false);
    const big = snapshot({ topics: [topic('notes', [partition(0, 1200)])] });
    expect(stageStructure(big).offsetDigits).toBe(4);
  });

  it('makes cells wide enough for the pages its writers reach within a minute, and no wider', () => {
    const at = (logEnd: number, perSec: number): number =>
      stageStructure(
        snapshot({
          topics: [topic('notes', [partition(0, logEnd), partition(1, 0)])],
          producers: [producer('teacher', 'notes', perSec, logEnd)],
        }),
      ).offsetDigits;
    // A teacher at 1 note a second reserves 60 pages: page 939 keeps three digits, 940 needs four soon.
    expect(OFFSET_RESERVE_S).toBe(60);
    expect(at(939, 1)).toBe(3);
    expect(at(940, 1)).toBe(4);
    // The busy school's 200 a second: five digits from the first page, six from 88,000.
    expect(at(0, 200)).toBe(5);
    expect(at(87_999, 200)).toBe(5);
    expect(at(88_000, 200)).toBe(6);
    // Nobody writing: only what is there.
    expect(at(120, 0)).toBe(3);
  });

  it('counts a translator writing into its output topic', () => {
    const withTranslator = (perSec: number) =>
      stageStructure(
        snapshot({
          topics: [topic('notes', [partition(0, 10)]), topic('notas', [partition(0, 10)])],
          groups: [group('translators', [member('tr', { recordsPerSec: perSec })], { outputTopic: 'notas' })],
        }),
      ).offsetDigits;
    expect(withTranslator(1)).toBe(3);
    expect(withTranslator(20)).toBe(4);
  });

  it('knows whether notes carry keys', () => {
    expect(stageStructure(snapshot()).hasKeys).toBe(false);
    const keyed = partition(0, 3);
    const withKey = { ...keyed, recent: keyed.recent.map((r) => ({ ...r, key: 'math' })) };
    expect(stageStructure(snapshot({ topics: [topic('notes', [withKey])] })).hasKeys).toBe(true);
  });

  it('tells maps of rates apart by entries and their order', () => {
    const a = new Map([
      ['ana', 2],
      ['ben', 1],
    ]);
    expect(sameEntries(a, new Map(a))).toBe(true);
    expect(sameEntries(a, new Map([...a].reverse()))).toBe(false);
    expect(sameEntries(a, new Map([...a, ['cleo', 0]]))).toBe(false);
    expect(
      sameEntries(
        a,
        new Map([
          ['ana', 2],
          ['ben', 3],
        ]),
      ),
    ).toBe(false);
  });
});
