import { describe, expect, it } from 'vitest';
import { group, member, partition, snapshot, topic } from '../../test/viz/fixtures';
import { stageStructure, structureKey } from './stage-structure';

describe('stage structure', () => {
  it('does not change when only notes are added', () => {
    const a = snapshot({ topics: [topic('notes', [partition(0, 120)])] });
    const b = snapshot({ topics: [topic('notes', [partition(0, 130)])], timeMs: 30_000 });
    expect(structureKey(stageStructure(a))).toBe(structureKey(stageStructure(b)));
  });

  it('changes when a student joins or offsets gain a digit', () => {
    const one = snapshot({ groups: [group('class', [member('ana')])] });
    const two = snapshot({ groups: [group('class', [member('ana'), member('ben')])] });
    expect(structureKey(stageStructure(one))).not.toBe(structureKey(stageStructure(two)));
    const big = snapshot({ topics: [topic('notes', [partition(0, 1200)])] });
    expect(stageStructure(big).offsetDigits).toBe(4);
  });

  it('knows whether notes carry keys', () => {
    expect(stageStructure(snapshot()).hasKeys).toBe(false);
    const keyed = partition(0, 3);
    const withKey = { ...keyed, recent: keyed.recent.map((r) => ({ ...r, key: 'math' })) };
    expect(stageStructure(snapshot({ topics: [topic('notes', [withKey])] })).hasKeys).toBe(true);
  });
});
