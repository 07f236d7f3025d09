import { catalogue, type Lang } from '../shared/lang';
import { formatDecimal } from '../shared/format-number';

/**
 * The highest rate a typed field takes, for teachers and students alike: five times the busy school's
 * teacher. The engine takes up to 50,000 a second (a sandbox file may ask for it), but a class kept for
 * days at that rate holds more notes than a school laptop has memory.
 */
export const MAX_TYPED_RATE = 1000;

/** The slowest a student reads when her pace is typed: one note every ten seconds. */
export const MIN_READING_RATE = 0.1;

interface TypedRateMessages {
  tooHigh: (typed: string, max: string, unit: string) => string;
  tooLow: (typed: string, min: string, unit: string) => string;
  notNumber: (min: string, max: string, unit: string) => string;
  /** A number written with the other language's decimal mark, or with thousands marks. */
  wrongMark: (typed: string, example: string) => string;
  /** Above zero but below the slowest the engine takes; zero itself is allowed (a silent teacher). */
  belowSlowest: (typed: string, slowest: string, unit: string) => string;
  kept: (value: string) => string;
}

const messages = catalogue<TypedRateMessages>({
  en: {
    tooHigh: (typed, max, unit) => `${typed} is too many: the most is ${max} ${unit}.`,
    tooLow: (typed, min, unit) => `${typed} is too few: the least is ${min} ${unit}.`,
    notNumber: (min, max, unit) => `Type a number from ${min} to ${max} ${unit}.`,
    wrongMark: (typed, example) =>
      `"${typed}" is not a number as English writes it: use a point for decimals and no other marks, as in ${example}.`,
    belowSlowest: (typed, slowest, unit) =>
      `${typed} is too slow: the slowest is ${slowest} ${unit} (or 0 for silence).`,
    kept: (value) => `Still ${value}.`,
  },
  es: {
    tooHigh: (typed, max, unit) => `${typed} son demasiados: lo máximo son ${max} ${unit}.`,
    tooLow: (typed, min, unit) => `${typed} son muy pocos: lo mínimo son ${min} ${unit}.`,
    notNumber: (min, max, unit) => `Escribe un número de ${min} a ${max} ${unit}.`,
    wrongMark: (typed, example) =>
      `«${typed}» no es un número escrito en español: usa una coma para los decimales y ningún otro signo, como en ${example}.`,
    belowSlowest: (typed, slowest, unit) =>
      `${typed} es demasiado lento: lo más lento son ${slowest} ${unit} (o 0 para el silencio).`,
    kept: (value) => `Sigue en ${value}.`,
  },
});

export interface RateRange {
  readonly min: number;
  readonly max: number;
  /** What the number counts, spelled out: "notes per second". */
  readonly unit: string;
  /** With `min` 0: the slowest rate above zero (the engine's minimum); between the two is refused. */
  readonly slowest?: number;
}

/** The decimal mark each language writes. */
const DECIMAL_MARK: Record<Lang, string> = { en: '.', es: ',' };

/**
 * A number as typed in the page's language: digits, at most one decimal mark of that language (a comma in
 * Spanish, a point in English), an optional sign. Anything else (the other mark, thousands marks, "0x10",
 * "1e3", letters) is `wrong-mark` when it holds the other mark or a grouping, `not-number` otherwise: the
 * field says so instead of guessing. Browsers' `type=number` fields dropped what they did not take as it was
 * typed ("0x10" became 10, "5,5" became 55 in a Spanish browser).
 */
export function parseTypedNumber(lang: Lang, text: string): number | 'not-number' | 'wrong-mark' {
  const t = text.trim();
  const mark = DECIMAL_MARK[lang];
  const other = mark === '.' ? ',' : '.';
  const pattern = mark === '.' ? /^[+-]?(\d+(\.\d*)?|\.\d+)$/ : /^[+-]?(\d+(,\d*)?|,\d+)$/;
  if (pattern.test(t)) return Number(t.replace(mark, '.'));
  if (/^[+-]?[\d.,]+$/.test(t) && t.includes(other)) return 'wrong-mark';
  return 'not-number';
}

/** A rate written for a typed field in the page's language: no thousands marks, up to three decimals. */
export function formatTypedRate(lang: Lang, n: number): string {
  return String(Math.round(n * 1000) / 1000).replace('.', DECIMAL_MARK[lang]);
}

/**
 * A rate typed into a field, read or refused: out of range or not a number, the answer is a sentence
 * naming the problem and the limits (and, given `kept`, the rate that stays), in the page's language.
 */
export function readTypedRate(
  lang: Lang,
  text: string,
  { min, max, unit, slowest }: RateRange,
  kept?: number,
): { value: number } | { problem: string } {
  const typed = parseTypedNumber(lang, text);
  const m = messages(lang);
  const n = (x: number): string => formatDecimal(lang, x, 4);
  const still = kept === undefined ? '' : ` ${m.kept(n(kept))}`;
  if (typed === 'wrong-mark')
    return { problem: m.wrongMark(text.trim(), formatTypedRate(lang, 2.5)) + still };
  if (typed === 'not-number' || !Number.isFinite(typed)) {
    return { problem: m.notNumber(n(min), n(max), unit) + still };
  }
  if (typed > max) return { problem: m.tooHigh(n(typed), n(max), unit) + still };
  if (typed < min) return { problem: m.tooLow(n(typed), n(min), unit) + still };
  if (slowest !== undefined && typed > 0 && typed < slowest) {
    return { problem: m.belowSlowest(n(typed), n(slowest), unit) + still };
  }
  return { value: typed };
}
