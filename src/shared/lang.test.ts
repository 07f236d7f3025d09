import { describe, expect, it, vi } from 'vitest';
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
  it('writes whole counts as Intl does, without asking Intl for each', () => {
    const intl = {
      en: new Intl.NumberFormat('en-US', { maximumFractionDigits: 0 }),
      es: new Intl.NumberFormat('es-ES', { maximumFractionDigits: 0 }),
    };
    const values = [0, -0, 0.4, -0.4, 7, -7, 999, 999.5, 1000, -1000, 9999, 10_000, -10_000, 12_345, 123_456];
    for (let n = 1; n < 2 ** 53; n = n * 7 + 3) values.push(n, -n);
    values.push(2 ** 53, -(2 ** 53), 1e21, Infinity, -Infinity, NaN);
    for (const n of values)
      for (const lang of ['en', 'es'] as const)
        expect(formatCount(lang, n), `${lang} ${n}`).toBe(intl[lang].format(Math.round(n)));
    // Work done: a redraw of the busy school writes some 500 counts; none goes through Intl (format is a
    // getter returning the bound function: reading it is asking Intl).
    const prototype = Intl.NumberFormat.prototype as unknown as { format: unknown };
    const format = vi.spyOn(prototype, 'format', 'get');
    for (let n = 0; n < 500; n++) formatCount(n % 2 ? 'en' : 'es', n * 37);
    expect(format).not.toHaveBeenCalled();
    format.mockRestore();
  });

  it('writes decimals as Intl does, without asking Intl', () => {
    const values = [0, -0, 0.05, 0.15, 0.25, 0.5, 1.005, 2.5, -2.5, -0.04, -0.05, 1.45, 9.95, 99.95, 999.95];
    values.push(1234.5, 9999.96, 12_345.678, -12_345.678, 0.1 + 0.2, 1 / 3, 2 / 3, 1e-7, 123_456_789.987);
    for (let n = 0.001; n < 1e15; n = n * 7.3 + 0.017) values.push(n, -n);
    values.push(2 ** 53 + 0.5, 1e21, Infinity, -Infinity, NaN);
    const format = (lang: 'en' | 'es', max: number, min: number, n: number) =>
      new Intl.NumberFormat(lang === 'es' ? 'es-ES' : 'en-US', {
        maximumFractionDigits: max,
        minimumFractionDigits: min,
      }).format(n);
    for (const n of values)
      for (const lang of ['en', 'es'] as const)
        for (const digits of [0, 1, 2, 3]) {
          expect(formatDecimal(lang, n, digits), `${lang} ${n} ${digits}`).toBe(format(lang, digits, 0, n));
          expect(formatFixed(lang, n, digits), `${lang} ${n} ${digits}`).toBe(
            format(lang, digits, digits, n),
          );
        }
    // Work done: a speed and a refusal's seconds ask Intl nothing (no locale data loaded for them).
    const prototype = Intl.NumberFormat.prototype as unknown as { format: unknown };
    const spy = vi.spyOn(prototype, 'format', 'get');
    formatDecimal('en', 1);
    formatDecimal('es', 126.4);
    formatFixed('es', 0.08, 2);
    expect(spy).not.toHaveBeenCalled();
    spy.mockRestore();
  });

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
