import { isThemeChoice, resolveTheme, THEME_STORAGE_KEY, type ThemeChoice } from '../shared/theme';
import type { PrefsStore } from '../store/prefs';

const SYSTEM_DARK = '(prefers-color-scheme: dark)';

/** The theme chosen before, else the system's. index.html has already painted the page with it. */
export function initialTheme(): ThemeChoice {
  try {
    const saved = window.localStorage.getItem(THEME_STORAGE_KEY);
    if (isThemeChoice(saved)) return saved;
  } catch {
    // Storage can be blocked (private modes, strict policies): the system's theme still works.
  }
  return 'system';
}

function systemDark(): boolean {
  return typeof window.matchMedia === 'function' && window.matchMedia(SYSTEM_DARK).matches;
}

/**
 * Keeps the page's `data-theme` (which global.css and the stage's colours follow) on the chosen theme, or
 * on the system's while the choice is "system", following the system when it changes (an evening switch
 * to dark); saves a new choice.
 */
export function followTheme(prefs: PrefsStore): () => void {
  const apply = (): void => {
    document.documentElement.dataset.theme = resolveTheme(prefs.getState().theme, systemDark());
  };
  apply();
  const media = typeof window.matchMedia === 'function' ? window.matchMedia(SYSTEM_DARK) : null;
  media?.addEventListener('change', apply);
  const unsubscribe = prefs.subscribe((s, prev) => {
    if (s.theme === prev.theme) return;
    apply();
    try {
      window.localStorage.setItem(THEME_STORAGE_KEY, s.theme);
    } catch {
      // Not remembered, but the switch still works for this visit.
    }
  });
  return () => {
    media?.removeEventListener('change', apply);
    unsubscribe();
  };
}
