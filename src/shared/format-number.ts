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

/**
 * `n` with `min` to `max` decimals, as Intl writes it in en-US and es-ES, without Intl for ordinary numbers:
 * the first Intl.NumberFormat a page makes loads its locale's data (55-160 ms of main thread with the CPU
 * slowed four times), which a page that writes only a speed ("1x") or a refusal's seconds need not pay.
 * Intl rounds the shortest decimal that reads back as `n` (0.15 to "0.2", where toFixed's exact binary
 * value gives "0.1"), half away from zero; so does this, on String(n)'s digits. -0, numbers written with an
 * exponent and those past 2^53 still ask Intl. lang.test.ts checks it against Intl.
 */
function writeDecimal(lang: Lang, n: number, max: number, min: number): string {
  const plain = String(Math.abs(n));
  if (!Number.isFinite(n) || Math.abs(n) >= 2 ** 53 || Object.is(n, -0) || plain.includes('e'))
    return formatter(lang, max, min).format(n);
  const [whole = '0', digits = ''] = plain.split('.');
  let units = BigInt(whole + digits.slice(0, max).padEnd(max, '0'));
  if ((digits[max] ?? '0') >= '5') units += 1n;
  const text = units.toString().padStart(max + 1, '0');
  let fraction = text.slice(text.length - max);
  while (fraction.length > min && fraction.endsWith('0')) fraction = fraction.slice(0, -1);
  const intPart = Number(text.slice(0, text.length - max));
  const grouped = groupDigits(intPart, lang === 'es' ? '.' : ',', lang === 'es' ? 5 : 4);
  const written = fraction === '' ? grouped : `${grouped}${lang === 'es' ? ',' : '.'}${fraction}`;
  return n < 0 && units > 0n ? `-${written}` : n < 0 ? formatter(lang, max, min).format(n) : written;
}

/** A number with at most `digits` decimals, trailing zeros dropped: "2.5" / "2,5", "3". */
export function formatDecimal(lang: Lang, n: number, digits = 1): string {
  return writeDecimal(lang, n, digits, 0);
}

/** A number with exactly `digits` decimals: "0.50" / "0,50". */
export function formatFixed(lang: Lang, n: number, digits: number): string {
  return writeDecimal(lang, n, digits, digits);
}

/** The BCP 47 tag for the language, for `lang` attributes and Intl APIs. */
export function localeOf(lang: Lang): string {
  return LOCALE[lang];
}
