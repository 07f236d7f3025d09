import { detectLang, isLang, type Lang } from '../shared/lang';
import { localeOf } from '../shared/format-number';
import type { PrefsStore } from '../store/prefs';

/** Where a chosen language is remembered between visits (also from file://, where Chromium allows it). */
const STORAGE_KEY = 'kafka-classroom.lang';

/** The language to open in: the one chosen before, else the browser's first that the app speaks. */
export function initialLang(): Lang {
  try {
    const saved = window.localStorage.getItem(STORAGE_KEY);
    if (isLang(saved)) return saved;
  } catch {
    // Storage can be blocked (private modes, strict policies): the browser's language still works.
  }
  return detectLang(navigator.languages.length > 0 ? navigator.languages : [navigator.language]);
}

/** Keeps the page's `lang` (screen readers pick their voice from it) and the saved choice in step. */
export function followLang(prefs: PrefsStore): () => void {
  const apply = (lang: Lang, save: boolean) => {
    document.documentElement.lang = localeOf(lang).split('-')[0]!;
    if (!save) return;
    try {
      window.localStorage.setItem(STORAGE_KEY, lang);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  };
  apply(prefs.getState().lang, false);
  return prefs.subscribe((s, prev) => {
    if (s.lang !== prev.lang) apply(s.lang, true);
  });
}
