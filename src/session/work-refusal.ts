/** The refusal of a link or file too heavy to open, in the reader's language, with the work in laptop seconds. */

import { laptopSeconds } from '../runtime/work-budget';
import { formatDecimal } from '../shared/format-number';
import { formatClock } from '../shared/format-time';
import type { Lang } from '../shared/lang';
import { messages } from './messages';
import { ShareError, type Source } from './share';

/**
 * Seconds on a classroom laptop, as the reader's language writes them ("1.2", "0.16", "0,16"): two decimals
 * under a second, so a budget of 0.16 s and a refused 0.2 s never read as the same figure.
 */
export const laptopTime = (l: Lang, work: number): string => {
  const seconds = laptopSeconds(work);
  return formatDecimal(l, seconds, seconds < 1 ? 2 : 1);
};

/** "the link would take too long to open: replaying 5:00 of this class is about 9.1 s of work...". */
export function tooMuchWork(what: Source, untilMs: number, work: number, max: number): ShareError {
  return new ShareError('too-much-work', (l) =>
    messages(l).tooMuchWork(what, formatClock(l, untilMs, false), laptopTime(l, work), laptopTime(l, max)),
  );
}
