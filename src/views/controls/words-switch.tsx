import { useId } from 'react';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectWords } from '../../store/selectors';
import type { Words } from '../../store/simulator-store';
import './words-switch.css';

const CHOICES: readonly { value: Words; label: string }[] = [
  { value: 'classroom', label: 'Classroom' },
  { value: 'kafka', label: 'Kafka' },
];

/** Classroom words or Kafka words: two radio buttons drawn as one segmented switch. */
export function WordsSwitch() {
  const store = useSimulatorStore();
  const words = useSimulator(selectWords);
  const name = useId();
  return (
    <fieldset className="words-switch">
      <legend className="words-switch__legend">Words</legend>
      {CHOICES.map((c) => (
        <label key={c.value} className="words-switch__choice">
          <input
            className="words-switch__input"
            type="radio"
            name={name}
            value={c.value}
            checked={words === c.value}
            onChange={() => store.getState().setWords(c.value)}
          />
          <span className="words-switch__face">{c.label}</span>
        </label>
      ))}
    </fieldset>
  );
}
