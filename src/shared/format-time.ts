import { formatDecimal } from './format-number';
import type { Lang } from './lang';

/** Readable simulated times for the timeline, the readout and chart axes, in the reader's language. */

/** The mark before a clock's tenths in each language. */
export const DECIMAL_MARK: Record<Lang, string> = { en: '.', es: ',' };

/** "1:23.4" / "1:23,4" (minutes:seconds and tenths), or "1:02:03" past an hour. */
export function formatClock(lang: Lang, ms: number, tenths = true): string {
  const safe = Math.max(0, ms);
  const totalSeconds = Math.floor(safe / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const ss = String(seconds).padStart(2, '0');
  if (hours > 0) return `${hours}:${String(minutes).padStart(2, '0')}:${ss}`;
  const fraction = tenths ? `${DECIMAL_MARK[lang]}${Math.floor((safe % 1000) / 100)}` : '';
  return `${minutes}:${ss}${fraction}`;
}

/**
 * "1 min 23 s", "45 s", "1 h 2 min": what a screen reader says for a moment of the run. The unit symbols
 * are the SI ones, written the same way in Spanish; the language is taken so every formatter reads alike.
 */
export function formatSpoken(_lang: Lang, ms: number): string {
  const totalSeconds = Math.floor(Math.max(0, ms) / 1000);
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  if (hours > 0) return `${hours} h ${minutes} min`;
  if (minutes > 0) return `${minutes} min ${seconds} s`;
  return `${seconds} s`;
}

/** "1x", "0.5x" / "0,5x", "16x", "1.3x" / "1,3x": two significant digits. */
export function formatSpeed(lang: Lang, speed: number): string {
  return `${formatDecimal(lang, Number(speed.toPrecision(2)), 2)}x`;
}
