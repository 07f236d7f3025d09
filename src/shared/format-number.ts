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
  const whole = Math.round(n);
  // Intl's own answer for what the shortcut does not write (-0, huge or not finite numbers).
  if (!Number.isSafeInteger(whole) || Object.is(whole, -0)) return formatter(lang, 0, 0).format(whole);
  return groupDigits(whole, lang === 'es' ? '.' : ',', lang === 'es' ? 5 : 4);
}

/**
 * A safe integer with its thousands grouped as Intl groups them in en-US and es-ES (the Spanish from five
 * digits, CLDR's minimumGroupingDigits of 2), without Intl: a redraw of the busy school writes some 500
 * counts (page numbers, bookmarks, backlogs), and Intl.NumberFormat.format was 3 ms of each redraw with
 * the CPU slowed four times. lang.test.ts checks it against Intl.
 */
function groupDigits(n: number, separator: string, fromDigits: number): string {
  const digits = String(Math.abs(n));
  if (digits.length < fromDigits) return n < 0 ? `-${digits}` : digits;
  let out = digits.slice(0, ((digits.length - 1) % 3) + 1);
  for (let i = out.length; i < digits.length; i += 3) out += separator + digits.slice(i, i + 3);
  return n < 0 ? `-${out}` : out;
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
