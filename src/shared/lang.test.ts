import { describe, expect, it } from 'vitest';
import { catalogue, detectLang } from './lang';
import { formatCount, formatDecimal, formatFixed } from './format-number';

describe('detectLang', () => {
  it('takes the first language the app speaks, by primary subtag', () => {
    expect(detectLang(['es-MX', 'en'])).toBe('es');
    expect(detectLang(['fr-FR', 'ES'])).toBe('es');
    expect(detectLang(['en-GB', 'es'])).toBe('en');
  });
  it('falls back to English', () => {
    expect(detectLang([])).toBe('en');
    expect(detectLang(['de', 'pt-BR'])).toBe('en');
  });
});

describe('catalogue', () => {
  it('returns the messages of the language', () => {
    const m = catalogue({ en: { hi: 'Hello' }, es: { hi: 'Hola' } });
    expect(m('es').hi).toBe('Hola');
    expect(m('en').hi).toBe('Hello');
  });
});

describe('numbers per language', () => {
  it('groups thousands and writes decimals as each language does', () => {
    expect(formatCount('en', 12345)).toBe('12,345');
    expect(formatCount('es', 12345)).toBe('12.345');
    // Spanish groups only from five digits (CLDR's minimumGroupingDigits for es).
    expect(formatCount('es', 1234)).toBe('1234');
    expect(formatDecimal('en', 2.5)).toBe('2.5');
    expect(formatDecimal('es', 2.5)).toBe('2,5');
    expect(formatDecimal('es', 3)).toBe('3');
    expect(formatFixed('es', 0.5, 2)).toBe('0,50');
  });
});
