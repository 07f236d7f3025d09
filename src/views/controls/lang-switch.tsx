import { useLang, usePrefsStore } from '../../store/prefs';
import type { Lang } from '../../shared/lang';
import { SegmentedChoice } from './segmented-choice';

/**
 * English or Spanish, each written in its own language so a reader finds hers whatever is showing. The
 * choice keeps the class where it is: only words change. `compact` (a projected header at 1024 px) shows
 * EN and ES, still named English and Español for screen readers and in a tooltip.
 */
const CHOICES: readonly { value: Lang; label: string; short: string; lang: string }[] = [
  { value: 'en', label: 'English', short: 'EN', lang: 'en' },
  { value: 'es', label: 'Español', short: 'ES', lang: 'es' },
];

export function LangSwitch({ compact = false }: { compact?: boolean }) {
  const prefs = usePrefsStore();
  const lang = useLang();
  return (
    <SegmentedChoice
      legend={lang === 'es' ? 'Idioma' : 'Language'}
      choices={CHOICES}
      value={lang}
      onChange={(l) => prefs.getState().setLang(l)}
      compact={compact}
    />
  );
}
