import { schemeTableau10 } from 'd3-scale-chromatic';
import { describe, expect, it } from 'vitest';
import { GROUP_COLORS, inkOn, keyColor } from './palette';

describe('palette', () => {
  it('is Tableau10, as d3-scale-chromatic defines it', () => {
    expect(GROUP_COLORS).toEqual(schemeTableau10);
  });
  it('gives keys the palette from the other end, and readable ink on every colour', () => {
    expect(keyColor(0)).toBe(GROUP_COLORS[9]);
    for (const c of GROUP_COLORS) expect(['#111418', '#ffffff']).toContain(inkOn(c));
  });
});
