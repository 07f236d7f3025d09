import { useVoice } from '../../store/prefs';
import type { Voice } from '../../shared/lang';
import type { ChapterKind } from '../milestone-text';
import { legendMessages } from './timeline-legend-messages';
import './timeline-legend.css';

/** In the order a class usually meets them. */
const KINDS: readonly ChapterKind[] = ['change', 'sleep', 'wake', 'trouble', 'rebalance', 'deletion'];

/**
 * The key to the timeline's marks: a small "?" beside the bar that opens, above it, each mark's shape and
 * colour with what it stands for, in the words on screen. A native disclosure, so keyboards and screen
 * readers open it as they open any other.
 */
export function TimelineLegend() {
  const voice = useVoice();
  const m = legendMessages(voice.lang);
  return (
    <details className="timeline-legend">
      <summary className="timeline-legend__toggle" title={m.question}>
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{m.question}</span>
      </summary>
      <div className="timeline-legend__panel">
        <p className="timeline-legend__title">{m.question}</p>
        <ul className="timeline-legend__list">
          {KINDS.map((kind) => (
            <li key={kind} className="timeline-legend__item">
              <span className="timeline-legend__swatch" aria-hidden="true">
                <span className={`timeline__chapter timeline__chapter--${kind}`} />
              </span>
              {m.kinds[kind][voice.words]}
            </li>
          ))}
        </ul>
        <p className="timeline-legend__hint">{m.hint}</p>
      </div>
    </details>
  );
}

/** A mark's accessible name: what kind of thing it marks, then what happened there. */
export function markName(voice: Voice, kind: ChapterKind, lines: string): string {
  return `${legendMessages(voice.lang).kinds[kind][voice.words]}: ${lines.split('\n').join('; ')}`;
}
