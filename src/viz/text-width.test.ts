import { describe, expect, it } from 'vitest';
import { textWidth, widest, wrapItems } from './text-width';

describe('text width estimates', () => {
  it('grows with length, size and weight', () => {
    expect(textWidth('ab', 16)).toBeGreaterThan(textWidth('a', 16));
    expect(textWidth('abc', 20)).toBeGreaterThan(textWidth('abc', 16));
    expect(textWidth('abc', 16, true)).toBeGreaterThan(textWidth('abc', 16));
  });

  it('gives every digit the same width (tabular numbers)', () => {
    expect(textWidth('1111', 16)).toBe(textWidth('8888', 16));
  });

  it('errs on the wide side for a typical label', () => {
    // "note-taking machine" at 16 px is about 160 px in DejaVu Sans, narrower elsewhere.
    expect(textWidth('note-taking machine', 16)).toBeGreaterThanOrEqual(160);
  });

  it('measures accented letters as their base letters, and Spanish marks as narrow', () => {
    expect(textWidth('máquina', 16)).toBe(textWidth('maquina', 16));
    expect(textWidth('Ñ', 16)).toBe(textWidth('N', 16));
    expect(textWidth('í', 16)).toBe(textWidth('i', 16));
    expect(textWidth('¿', 16)).toBe(textWidth('!', 16));
  });

  it('finds the widest label', () => {
    expect(widest(['a', 'abcdef', 'abc'], 16)).toBe(textWidth('abcdef', 16));
  });

  it('wraps items greedily without splitting one', () => {
    const lines = wrapItems(['ana: shelf 0', 'ben: shelf 1', 'carla: shelf 2'], ' · ', 230, 16);
    expect(lines).toEqual(['ana: shelf 0 · ben: shelf 1', 'carla: shelf 2']);
    expect(wrapItems(['a very long item that cannot fit'], ' · ', 20, 16)).toEqual([
      'a very long item that cannot fit',
    ]);
  });
});
