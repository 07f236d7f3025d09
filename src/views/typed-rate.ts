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
  kept: (value: string) => string;
}

const messages = catalogue<TypedRateMessages>({
  en: {
    tooHigh: (typed, max, unit) => `${typed} is too many: the most is ${max} ${unit}.`,
    tooLow: (typed, min, unit) => `${typed} is too few: the least is ${min} ${unit}.`,
    notNumber: (min, max, unit) => `Type a number from ${min} to ${max} ${unit}.`,
    kept: (value) => `Still ${value}.`,
  },
  es: {
    tooHigh: (typed, max, unit) => `${typed} son demasiados: lo máximo son ${max} ${unit}.`,
    tooLow: (typed, min, unit) => `${typed} son muy pocos: lo mínimo son ${min} ${unit}.`,
    notNumber: (min, max, unit) => `Escribe un número de ${min} a ${max} ${unit}.`,
    kept: (value) => `Sigue en ${value}.`,
  },
});

export interface RateRange {
  readonly min: number;
  readonly max: number;
  /** What the number counts, spelled out: "notes per second". */
  readonly unit: string;
}

/**
 * A rate typed into a field, read or refused: out of range or not a number, the answer is a sentence
 * naming the problem and the limits (and, given `kept`, the rate that stays), in the page's language.
 */
export function readTypedRate(
  lang: Lang,
  text: string,
  { min, max, unit }: RateRange,
  kept?: number,
): { value: number } | { problem: string } {
  const typed = text.trim() === '' ? NaN : Number(text);
  const m = messages(lang);
  const n = (x: number): string => formatDecimal(lang, x, 3);
  const still = kept === undefined ? '' : ` ${m.kept(n(kept))}`;
  if (!Number.isFinite(typed)) return { problem: m.notNumber(n(min), n(max), unit) + still };
  if (typed > max) return { problem: m.tooHigh(n(typed), n(max), unit) + still };
  if (typed < min) return { problem: m.tooLow(n(typed), n(min), unit) + still };
  return { value: typed };
}
