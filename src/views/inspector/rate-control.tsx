import { useEffect, useId, useRef, useState } from 'react';
import { formatDecimal } from '../../shared/format-number';
import { useLang } from '../../store/prefs';
import { formatTypedRate, readTypedRate } from '../typed-rate';
import './rate-control.css';

interface RateControlProps {
  /** The control's name, e.g. "Reading pace"; the slider is called this. */
  label: string;
  /** The unit, e.g. "notes per second"; the number field is called this. */
  unit: string;
  value: number;
  min: number;
  /** The slider's right end; the number field accepts up to `max`. */
  sliderMax: number;
  max: number;
  step: number;
  /** With `min` 0: the slowest rate above zero the engine takes; a typed rate between is refused. */
  slowest?: number;
  onCommit(value: number): void;
}

/**
 * A rate as a slider and an exact number. Each commit is a command in the run's history, so a drag commits
 * once, when the pointer lets go; keys and typed numbers commit as they are confirmed. A typed number out
 * of range is refused with a message naming the problem, and the rate stays as it was.
 */
export function RateControl({
  label,
  unit,
  value,
  min,
  sliderMax,
  max,
  step,
  slowest,
  onCommit,
}: RateControlProps) {
  const lang = useLang();
  const ids = { label: useId(), number: useId(), problem: useId() };
  const [dragValue, setDragValue] = useState<number | null>(null);
  const [draft, setDraft] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const dragging = useRef(false);
  const latestDrag = useRef<number | null>(null);
  const stopListening = useRef<(() => void) | null>(null);

  useEffect(() => () => stopListening.current?.(), []);

  const commit = (next: number): void => {
    if (Number.isFinite(next) && next >= min && next <= max && next !== value) onCommit(next);
  };

  const startDrag = (): void => {
    dragging.current = true;
    const end = (): void => {
      dragging.current = false;
      stopListening.current?.();
      stopListening.current = null;
      if (latestDrag.current !== null) commit(latestDrag.current);
      latestDrag.current = null;
      setDragValue(null);
    };
    window.addEventListener('pointerup', end);
    window.addEventListener('pointercancel', end);
    stopListening.current = () => {
      window.removeEventListener('pointerup', end);
      window.removeEventListener('pointercancel', end);
    };
  };

  const commitDraft = (): void => {
    if (draft === null) return;
    const read = readTypedRate(lang, draft, { min, max, unit, slowest }, value);
    if ('problem' in read) setProblem(read.problem);
    else {
      setProblem(null);
      commit(read.value);
    }
    setDraft(null);
  };

  const shown = dragValue ?? value;
  return (
    <div className="rate-control" role="group" aria-labelledby={ids.label}>
      <span id={ids.label} className="rate-control__label">
        {label}
      </span>
      <input
        className="rate-control__range"
        type="range"
        aria-labelledby={ids.label}
        aria-valuetext={`${formatDecimal(lang, shown, 3)} ${unit}`}
        min={min}
        max={sliderMax}
        step={step}
        value={Math.min(sliderMax, shown)}
        onPointerDown={startDrag}
        onChange={(event) => {
          const next = Number(event.currentTarget.value);
          setProblem(null);
          if (dragging.current) {
            latestDrag.current = next;
            setDragValue(next);
          } else commit(next);
        }}
      />
      <span className="rate-control__exact">
        <input
          id={ids.number}
          className="rate-control__number"
          // Text, not type=number: the browser would drop what it does not take ("5,5" became 55); the
          // page reads the number in its own language and names any problem.
          type="text"
          inputMode="decimal"
          autoComplete="off"
          spellCheck={false}
          value={draft ?? formatTypedRate(lang, shown)}
          aria-invalid={problem !== null || undefined}
          aria-describedby={problem !== null ? ids.problem : undefined}
          onChange={(event) => setDraft(event.currentTarget.value)}
          onBlur={commitDraft}
          onKeyDown={(event) => {
            if (event.key === 'Enter') commitDraft();
            if (event.key === 'Escape' && (draft !== null || problem !== null)) {
              event.preventDefault();
              setDraft(null);
              setProblem(null);
            }
          }}
        />
        <label htmlFor={ids.number} className="rate-control__unit">
          {unit}
        </label>
      </span>
      {problem !== null && (
        // An alert that appears with its text is announced at once; the field points to it as well.
        <p id={ids.problem} className="rate-control__problem" role="alert">
          {problem}
        </p>
      )}
    </div>
  );
}
