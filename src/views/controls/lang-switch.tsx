import { useLang, usePrefsStore } from '../../store/prefs';
import type { Lang } from '../../shared/lang';
import { SegmentedChoice } from './segmented-choice';

/**
 * English or Spanish, each written in its own language so a reader finds hers whatever is showing. The
 * choice keeps the class where it is: only words change.
 */
const CHOICES: readonly { value: Lang; label: string; lang: string }[] = [
  { value: 'en', label: 'English', lang: 'en' },
  { value: 'es', label: 'Español', lang: 'es' },
];

export function LangSwitch() {
  const prefs = usePrefsStore();
  const lang = useLang();
  return (
    <SegmentedChoice
      legend={lang === 'es' ? 'Idioma' : 'Language'}
      choices={CHOICES}
      value={lang}
      onChange={(l) => prefs.getState().setLang(l)}
    />
  );
}
