import { describe, expect, it } from 'vitest';
import { keyIndex, keyPalette } from './key-style';

const SUBJECTS = ['math', 'history', 'music', 'art', 'science'];
const SIX = ['math', 'history', 'latin', 'music', 'science', 'sport'];

describe('key styles', () => {
  it('is stable for a key', () => {
    expect(keyIndex('math')).toBe(keyIndex('math'));
    const palette = keyPalette(SUBJECTS);
    expect(palette.style('math')).toBe(palette.style('math'));
    expect(keyPalette(SUBJECTS).style('math')).toEqual(palette.style('math'));
  });

  it.each([[SUBJECTS], [SIX]])('gives every subject its own colour and shape: %j', (keys) => {
    const palette = keyPalette(keys);
    expect(new Set(keys.map((k) => palette.style(k).color)).size).toBe(keys.length);
    expect(new Set(keys.map((k) => `${palette.style(k).color} ${palette.style(k).glyph}`)).size).toBe(
      keys.length,
    );
  });

  it('does not depend on the order keys were seen in', () => {
    expect(keyPalette([...SIX].reverse()).style('sport')).toEqual(keyPalette(SIX).style('sport'));
  });

  it('draws a keyless note without colour band or glyph', () => {
    expect(keyPalette([]).style(null).glyph).toBe('');
  });
});
