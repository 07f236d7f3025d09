import { useId } from 'react';
import { formatCount } from '../../shared/format-number';
import { formatClock } from '../../shared/format-time';
import type { Words } from '../../shared/words-mode';
import { useLang } from '../../store/prefs';
import { Button } from '../../views/ui/button';
import { messages } from './messages';

/**
 * A shared class being replayed to its moment: "Opening the class at 5:00: 43%" (or in Kafka's words) with
 * a progress bar and Cancel. The page answers between two slices of the replay, so Cancel and the
 * language switch work while it runs.
 */
export function OpeningProgress({
  words,
  atMs,
  percent,
  onCancel,
}: {
  words: Words;
  atMs: number;
  percent: number;
  onCancel: () => void;
}) {
  const lang = useLang();
  const m = messages(lang);
  const id = useId();
  const share = m.percent(formatCount(lang, percent));
  return (
    <section className="shared-panel shared-opening" aria-labelledby={id}>
      <p id={id} className="shared-opening__title">
        {m.opening(words, formatClock(lang, atMs, false))}: <span>{share}</span>
      </p>
      <progress
        className="shared-opening__bar"
        max={100}
        value={percent}
        aria-labelledby={id}
        aria-valuetext={share}
      />
      <p className="shared-opening__hint">{m.openingHint}</p>
      <Button variant="primary" onClick={onCancel}>
        {m.cancelOpening}
      </Button>
    </section>
  );
}
