import { useSimulator } from '../../store/context';
import { useLang } from '../../store/prefs';
import { selectPlaying } from '../../store/selectors';
import type { SimulatorState } from '../../store/simulator-store';
import { useChromeSample } from '../../store/use-sampled';
import { DECIMAL_MARK, formatClock } from '../../shared/format-time';
import type { Lang } from '../../shared/lang';
import { canTurnDigits, ClockDigit } from './clock-digit';
import { timelineEnd } from './timeline';
import { clockStepMs, useClockTime } from './use-clock-time';
import './time-readout.css';

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const selectStep = (s: SimulatorState): number => clockStepMs(s);
const selectSpeed = (s: SimulatorState): number => s.speed;

/** "0:15.3 / 1:30": the playhead and the timeline's end. Screen readers get the timeline's own value. */
export function TimeReadout() {
  const { snapshot, horizonMs: horizon } = useChromeSample();
  const now = snapshot.timeMs;
  const lang = useLang();
  const playing = useSimulator(selectPlaying);
  // A few times a second while playing is as fast as anyone reads a clock (use-clock-time.ts).
  const step = useSimulator(selectStep);
  const turning = playing && canTurnDigits() && step % 100 === 0 && 1000 % step === 0;
  return (
    <p className="time-readout" aria-hidden="true">
      {turning ? <TurningClock lang={lang} step={step} /> : <SteppedClock lang={lang} />}
      <span className="time-readout__end"> / {formatClock(lang, timelineEnd(now, horizon), false)}</span>
    </p>
  );
}

/** The clock as text, redrawn at each step (paused: the live moment). */
function SteppedClock({ lang }: { lang: Lang }) {
  return <span className="time-readout__now">{formatClock(lang, useClockTime())}</span>;
}

/**
 * While playing, the seconds and tenths turn on their own (ClockDigit), and the page redraws the clock
 * once a minute: with a step of whole tenths that evenly divides a second (0.2 s in a calm class at 1x,
 * 0.5 s in a busy one at 2x), within the first hour.
 */
function TurningClock({ lang, step }: { lang: Lang; step: number }) {
  const minute = useClockTime(MINUTE_MS);
  const speed = useSimulator(selectSpeed);
  if (minute >= HOUR_MS) return <SteppedClock lang={lang} />;
  const tenths = Array.from({ length: 1000 / step }, (_, k) => String(Math.floor(((k * step) % 1000) / 100)));
  return (
    <span className="time-readout__now">
      {Math.floor(minute / MINUTE_MS)}:
      <ClockDigit glyphs={SIX} periodMs={MINUTE_MS} speed={speed} />
      <ClockDigit glyphs={TEN} periodMs={10_000} speed={speed} />
      {DECIMAL_MARK[lang]}
      <ClockDigit glyphs={tenths} periodMs={1000} speed={speed} />
    </span>
  );
}

const TEN = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9'];
const SIX = TEN.slice(0, 6);
