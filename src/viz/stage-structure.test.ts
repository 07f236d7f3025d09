import { describe, expect, it } from 'vitest';
import { group, member, partition, snapshot, topic } from '../../test/viz/fixtures';
import { sameEntries, sameStructure, stageStructure } from './stage-structure';

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
