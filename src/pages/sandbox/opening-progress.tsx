import { useId } from 'react';
import { formatCount } from '../../shared/format-number';
import { formatClock } from '../../shared/format-time';
import type { Words } from '../../shared/words-mode';
import { useLang } from '../../store/prefs';
import { Button } from '../../views/ui/button';
import { messages } from './messages';

/**
 * A shared class being replayed to its moment, "Opening the class at 5:00: 43%", or a lesson file being
 * planned and replayed, "Preparing the lesson "Rebalancing": 43%" (or in Kafka's words), with a progress
 * bar and Cancel. The page answers between two slices of the work, so Cancel and the language switch work
 * while it runs.
 */
export function OpeningProgress({
  words,
  what,
  percent,
  onCancel,
}: {
  words: Words;
  /** The shared class's moment, or the lesson's title. */
  what: { atMs: number } | { lessonTitle: string };
  percent: number;
  onCancel: () => void;
}) {
  const lang = useLang();
  const m = messages(lang);
  const id = useId();
  const share = m.percent(formatCount(lang, percent));
  const lesson = 'lessonTitle' in what;
  return (
    <section className="shared-panel shared-opening" aria-labelledby={id}>
      <p id={id} className="shared-opening__title">
        {lesson
          ? m.preparing(words, what.lessonTitle)
          : m.opening(words, formatClock(lang, what.atMs, false))}
        : <span>{share}</span>
      </p>
      <OpeningBar titleId={id} percent={percent} share={share} />
      <p className="shared-opening__hint">{lesson ? m.preparingHint : m.openingHint}</p>
      <Button variant="primary" onClick={onCancel}>
        {m.cancelOpening}
      </Button>
    </section>
  );
}

/** The bar of an opening or of a lesson file's step change: the share done, named by its title's text. */
export function OpeningBar({ titleId, percent, share }: { titleId: string; percent: number; share: string }) {
  return (
    <progress
      className="shared-opening__bar"
      max={100}
      value={percent}
      aria-labelledby={titleId}
      aria-valuetext={share}
    />
  );
}
