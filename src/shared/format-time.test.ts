import { describe, expect, it } from 'vitest';
import { formatClock, formatSpeed, formatSpoken } from './format-time';

describe('format-time', () => {
  it('writes the clock with the language decimal mark', () => {
    expect(formatClock('en', 83_400)).toBe('1:23.4');
    expect(formatClock('es', 83_400)).toBe('1:23,4');
    expect(formatClock('es', 83_400, false)).toBe('1:23');
    expect(formatClock('en', 4000)).toBe('0:04.0');
    expect(formatClock('es', -5)).toBe('0:00,0');
    expect(formatClock('es', 3_723_000)).toBe('1:02:03');
    expect(formatClock('en', 3_723_000)).toBe('1:02:03');
  });

  it('speaks a moment with the SI unit symbols in both languages', () => {
    for (const lang of ['en', 'es'] as const) {
      expect(formatSpoken(lang, 5000)).toBe('5 s');
      expect(formatSpoken(lang, 83_000)).toBe('1 min 23 s');
      expect(formatSpoken(lang, 3_720_000)).toBe('1 h 2 min');
    }
  });

  it('writes speeds with two significant digits', () => {
    expect(formatSpeed('en', 1)).toBe('1x');
    expect(formatSpeed('en', 1.5)).toBe('1.5x');
    expect(formatSpeed('es', 1.5)).toBe('1,5x');
    expect(formatSpeed('es', 0.1)).toBe('0,1x');
    expect(formatSpeed('en', 16)).toBe('16x');
    expect(formatSpeed('en', 1.3456)).toBe('1.3x');
    expect(formatSpeed('es', 0.25)).toBe('0,25x');
  });
});
