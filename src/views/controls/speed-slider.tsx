import { useId } from 'react';
import { sliderToSpeed, speedToSlider } from '../../runtime/clock';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import { selectSpeed } from '../../store/selectors';
import { formatSpeed } from './format-time';
import { messages } from './messages';
import './speed-slider.css';

/** Slider positions between 0.1x and 16x; the scale is logarithmic, so 1x sits a little left of the middle. */
const STEPS = 100;

/** Playback speed, 0.1x to 16x on a log scale, with the value beside it. */
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
        max={STEPS}
        step={1}
        value={Math.round(speedToSlider(speed) * STEPS)}
        aria-valuetext={label}
        onChange={(event) =>
          store.getState().setSpeed(sliderToSpeed(Number(event.currentTarget.value) / STEPS))
        }
        onDoubleClick={() => store.getState().setSpeed(1)}
        title={m.speedTitle(formatSpeed(lang, 1))}
      />
      <output className="speed-slider__value tabular-nums" htmlFor={id}>
        {label}
      </output>
    </div>
  );
}
