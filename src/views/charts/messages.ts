import { formatDecimal } from '../../shared/format-number';
import { catalogue, type Lang } from '../../shared/lang';

/** The charts' titles, legends and descriptions. Group and topic names are data and stay as they are. */
export const chartMessages = catalogue({
  en: {
    /** "Backlog (notes) over time: class 40, french 12". */
    overTime: (title: string, values: string) => `${title} over time: ${values}`,
    perSecond: (records: string) => `${capital(records)} per second`,
    inAndOut: (title: string, values: string) => `${title}, in and out: ${values}`,
    /** With a group: what reaches its topics and what it gets through. */
    inOf: (topics: string) => `in (${topics})`,
    outOf: (group: string) => `out (${group})`,
    /** Without: what each topic receives and what each group gets through. */
    into: (topic: string) => `into ${topic}`,
    outFrom: (group: string) => `${group} out`,
    noneYet: 'none yet',
  },
  es: {
    overTime: (title: string, values: string) => `${title} a lo largo del tiempo: ${values}`,
    perSecond: (records: string) => `${capital(records)} por segundo`,
    inAndOut: (title: string, values: string) => `${title}, entrada y salida: ${values}`,
    inOf: (topics: string) => `entrada (${topics})`,
    outOf: (group: string) => `salida (${group})`,
    into: (topic: string) => `entrada a ${topic}`,
    outFrom: (group: string) => `salida de ${group}`,
    noneYet: 'aún nada',
  },
});

export function capital(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/**
 * A tick on a count axis, short: "800", "1.5k", "12k", "2M" ("1,5k" in Spanish). SI letters rather than
 * words ("mil") keep the axis narrow in both languages.
 */
export function axisNumber(lang: Lang, value: number): string {
  const abs = Math.abs(value);
  if (abs >= 1e6) return `${formatDecimal(lang, value / 1e6, 3)}M`;
  if (abs >= 1e3) return `${formatDecimal(lang, value / 1e3, 3)}k`;
  return formatDecimal(lang, value, 3);
}
