import { useId } from 'react';
import './segmented-choice.css';

interface SegmentedChoiceProps<T extends string> {
  legend: string;
  choices: readonly { value: T; label: string; lang?: string }[];
  value: T;
  onChange(value: T): void;
}

/** A few radio buttons drawn as one segmented switch: real radios, so arrow keys and screen readers work. */
export function SegmentedChoice<T extends string>({
  legend,
  choices,
  value,
  onChange,
}: SegmentedChoiceProps<T>) {
  const name = useId();
  return (
    <fieldset className="segmented">
      <legend className="segmented__legend">{legend}</legend>
      {choices.map((c) => (
        <label key={c.value} className="segmented__choice" lang={c.lang}>
          <input
            className="segmented__input"
            type="radio"
            name={name}
            value={c.value}
            checked={value === c.value}
            onChange={() => onChange(c.value)}
          />
          <span className="segmented__face">{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
