import { describe, expect, it } from 'vitest';
import { formatTypedRate, parseTypedNumber, readTypedRate } from './typed-rate';

describe('typed numbers are read for the page language', () => {
  it('a point is the decimal mark in English, a comma in Spanish; the other is refused, never dropped', () => {
    expect(parseTypedNumber('en', ' 5.5 ')).toBe(5.5);
    expect(parseTypedNumber('es', '5,5')).toBe(5.5);
    expect(parseTypedNumber('en', '5,5')).toBe('wrong-mark');
    expect(parseTypedNumber('es', '5.5')).toBe('wrong-mark');
    expect(parseTypedNumber('en', '1,000')).toBe('wrong-mark');
    expect(parseTypedNumber('es', '-2')).toBe(-2);
    expect(parseTypedNumber('en', '.5')).toBe(0.5);
  });

  it('anything but digits and one mark is not a number: "0x10", "1e3", "10abc", Infinity, empty', () => {
    for (const text of ['0x10', '1e3', '10abc', 'Infinity', '', ' ', '1.2.3', '٣']) {
      expect(parseTypedNumber('en', text)).toBe('not-number');
    }
  });

  it('rates are written back the page way, without thousands marks', () => {
    expect(formatTypedRate('en', 1000)).toBe('1000');
    expect(formatTypedRate('es', 2.5)).toBe('2,5');
    expect(formatTypedRate('en', 0.0004)).toBe('0');
  });

  it('a rate between zero and the slowest is refused with the limit, in both languages', () => {
    const range = { min: 0, max: 1000, unit: 'notes per second', slowest: 0.001 };
    expect(readTypedRate('en', '0.0001', range)).toEqual({
      problem: '0.0001 is too slow: the slowest is 0.001 notes per second (or 0 for silence).',
    });
    expect(readTypedRate('es', '0,0001', { ...range, unit: 'apuntes por segundo' })).toEqual({
      problem:
        '0,0001 es demasiado lento: lo más lento son 0,001 apuntes por segundo (o 0 para el silencio).',
    });
    expect(readTypedRate('en', '0', range)).toEqual({ value: 0 });
  });
});
