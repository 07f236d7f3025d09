import type { Lang } from './lang';

/**
 * Numbers as each language writes them: "12,345" and "1.5" in English, "12.345" and "1,5" in Spanish
 * (which, following the RAE and CLDR, groups only from five digits: "1234"). Formatters are cached
 * because labels ask for them many times a second.
 */
const LOCALE: Record<Lang, string> = { en: 'en-US', es: 'es-ES' };

const cache = new Map<string, Intl.NumberFormat>();

function formatter(lang: Lang, maxFractionDigits: number, minFractionDigits: number): Intl.NumberFormat {
  const key = `${lang}:${maxFractionDigits}:${minFractionDigits}`;
  let f = cache.get(key);
  if (!f) {
    f = new Intl.NumberFormat(LOCALE[lang], {
      maximumFractionDigits: maxFractionDigits,
      minimumFractionDigits: minFractionDigits,
    });
    cache.set(key, f);
  }
  return f;
}

/** A whole count: "12,345" / "12.345". */
export function formatCount(lang: Lang, n: number): string {
  return formatter(lang, 0, 0).format(Math.round(n));
}

/** A number with at most `digits` decimals, trailing zeros dropped: "2.5" / "2,5", "3". */
export function formatDecimal(lang: Lang, n: number, digits = 1): string {
  return formatter(lang, digits, 0).format(n);
}

/** A number with exactly `digits` decimals: "0.50" / "0,50". */
export function formatFixed(lang: Lang, n: number, digits: number): string {
  return formatter(lang, digits, digits).format(n);
}

/** The BCP 47 tag for the language, for `lang` attributes and Intl APIs. */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}
