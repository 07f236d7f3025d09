import { useSimulator, useSimulatorStore } from '../../store/context';
import { useLang } from '../../store/prefs';
import { selectWords } from '../../store/selectors';
import type { Words } from '../../store/simulator-store';
import { catalogue } from '../../shared/lang';
import { SegmentedChoice } from './segmented-choice';

const messages = catalogue({
  en: { legend: 'Words', classroom: 'Classroom', kafka: 'Kafka' },
  es: { legend: 'Palabras', classroom: 'Clase', kafka: 'Kafka' },
});

/** Classroom words or Kafka words. */
export function WordsSwitch() {
  const store = useSimulatorStore();
  const words = useSimulator(selectWords);
  const m = messages(useLang());
  const choices: readonly { value: Words; label: string }[] = [
    { value: 'classroom', label: m.classroom },
    { value: 'kafka', label: m.kafka },
  ];
  return (
    <SegmentedChoice
      legend={m.legend}
      choices={choices}
      value={words}
      onChange={(w) => store.getState().setWords(w)}
    />
  );
}
