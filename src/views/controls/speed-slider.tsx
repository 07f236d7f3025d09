import { useId } from 'react';
import { SPEED_STOPS, nearestSpeedStop, stepSpeed } from '../../runtime/clock';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import { selectSpeed } from '../../store/selectors';
import { formatSpeed } from '../../shared/format-time';
import { messages } from './messages';
import './speed-slider.css';

/** Keys that move the thumb one stop; the browser's own move would land on the stop the thumb is drawn at. */
const FASTER = new Set(['ArrowRight', 'ArrowUp']);
const SLOWER = new Set(['ArrowLeft', 'ArrowDown']);

/**
 * Playback speed, 0.1x to 16x, in stops about a quarter apart on a log scale (1x a little left of the
 * middle), with the value beside it. An arrow key always moves to the next stop faster or slower than the
 * speed now, whatever set it.
 */
export function SpeedSlider() {
  const store = useSimulatorStore();
  const speed = useSimulator(selectSpeed);
  const id = useId();
  const lang = useLang();
  const m = messages(lang);
  const label = formatSpeed(lang, speed);
  return (
    <div className="speed-slider">
      <label className="speed-slider__label" htmlFor={id}>
        {m.speed}
      </label>
      <input
        id={id}
        className="speed-slider__range"
        type="range"
        min={0}
        max={SPEED_STOPS.length - 1}
        step={1}
        value={nearestSpeedStop(speed)}
        aria-valuetext={label}
        onChange={(event) => {
          const stop = SPEED_STOPS[Number(event.currentTarget.value)];
          if (stop !== undefined) store.getState().setSpeed(stop);
        }}
        onKeyDown={(event) => {
          if (event.altKey || event.ctrlKey || event.metaKey) return;
          const direction = FASTER.has(event.key) ? 1 : SLOWER.has(event.key) ? -1 : 0;
          if (direction === 0) return;
          event.preventDefault();
          store.getState().setSpeed(stepSpeed(store.getState().speed, direction));
        }}
        onDoubleClick={() => store.getState().setSpeed(1)}
        title={m.speedTitle(formatSpeed(lang, 1))}
      />
      <output className="speed-slider__value tabular-nums" htmlFor={id}>
        {label}
      </output>
    </div>
  );
}
