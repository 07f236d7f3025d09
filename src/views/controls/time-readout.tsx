import { useSimulator } from '../../store/context';
import { selectHorizon, selectNow, selectRenderTime } from '../../store/selectors';
import { formatClock } from './format-time';
import { timelineEnd } from './timeline';
import './time-readout.css';

/** "0:15.3 / 1:30": the playhead and the timeline's end. Screen readers get the timeline's own value. */
export function TimeReadout() {
  const renderTime = useSimulator(selectRenderTime);
  const now = useSimulator(selectNow);
  const horizon = useSimulator(selectHorizon);
  return (
    <p className="time-readout" aria-hidden="true">
      <span className="time-readout__now">{formatClock(renderTime)}</span>
      <span className="time-readout__end"> / {formatClock(timelineEnd(now, horizon), false)}</span>
    </p>
  );
}
