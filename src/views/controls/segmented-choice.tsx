import { useId } from 'react';
import './segmented-choice.css';

interface SegmentedChoiceProps<T extends string> {
  legend: string;
  /** `short`: what the face shows when the switch is `compact` (the label stays its name and tooltip). */
  choices: readonly { value: T; label: string; short?: string; lang?: string }[];
  value: T;
  onChange(value: T): void;
  compact?: boolean;
}

/** A few radio buttons drawn as one segmented switch: real radios, so arrow keys and screen readers work. */
export function SegmentedChoice<T extends string>({
  legend,
  choices,
  value,
  onChange,
  compact = false,
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      {choices.map((c) => (
        <label
          key={c.value}
          className="segmented__choice"
          lang={c.lang}
          title={compact && c.short ? c.label : undefined}
        >
          <input
            className="segmented__input"
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          {compact && c.short ? (
            <>
              <span className="segmented__face" aria-hidden="true">
                {c.short}
              </span>
              <span className="visually-hidden">{c.label}</span>
            </>
          ) : (
            <span className="segmented__face">{c.label}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
