import { useLang } from '../../store/prefs';
import { useChromeSample } from '../../store/use-sampled';
import { formatClock } from '../../shared/format-time';
import { timelineEnd } from './timeline';
import './time-readout.css';

/** "0:15.3 / 1:30": the playhead and the timeline's end. Screen readers get the timeline's own value. */
export function TimeReadout() {
  // A few times a second while playing is as fast as anyone reads a clock (useChromeSample).
  const { renderTime, snapshot, horizonMs: horizon } = useChromeSample();
  const now = snapshot.timeMs;
  const lang = useLang();
  return (
    <p className="time-readout" aria-hidden="true">
      <span className="time-readout__now">{formatClock(lang, renderTime)}</span>
      <span className="time-readout__end"> / {formatClock(lang, timelineEnd(now, horizon), false)}</span>
    </p>
  );
}
