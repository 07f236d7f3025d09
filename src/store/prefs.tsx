import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { Lang, Voice } from '../shared/lang';
import type { ThemeChoice } from '../shared/theme';
import { useSimulator } from './context';
import { selectWords } from './selectors';

/**
 * The app's preferences that outlive a page: the language and the theme. One store for the whole app, beside the
 * simulators' stores, so changing language in a lesson keeps the class where it is. The app decides the
 * first language (saved choice, else the browser's) and saves changes; the store itself stays pure.
 */
export interface PrefsState {
  lang: Lang;
  setLang(lang: Lang): void;
  /** Light, dark or the system's (the default); the app applies it to the page (app/theme-setup.ts). */
  theme: ThemeChoice;
  setTheme(theme: ThemeChoice): void;
}

export type PrefsStore = StoreApi<PrefsState>;

export function createPrefsStore(lang: Lang, theme: ThemeChoice = 'system'): PrefsStore {
  return createStore<PrefsState>()((set) => ({
    lang,
    setLang: (next) => set({ lang: next }),
    theme,
    setTheme: (next) => set({ theme: next }),
  }));
}

/** Outside any provider (component tests, a view drawn alone) the app speaks English. */
const PrefsContext = createContext<PrefsStore>(createPrefsStore('en'));

export function PrefsProvider({ store, children }: { store: PrefsStore; children: ReactNode }) {
  return <PrefsContext.Provider value={store}>{children}</PrefsContext.Provider>;
}

export function usePrefsStore(): PrefsStore {
  return useContext(PrefsContext);
}

const selectLang = (s: PrefsState) => s.lang;

export function useLang(): Lang {
  return useStore(useContext(PrefsContext), selectLang);
}

const selectTheme = (s: PrefsState) => s.theme;

export function useThemeChoice(): ThemeChoice {
  return useStore(useContext(PrefsContext), selectTheme);
}

/** Language and word mode together, as one stable object (memoised views compare it by identity). */
export function useVoice(): Voice {
  const lang = useLang();
  const words = useSimulator(selectWords);
  return useMemo(() => ({ lang, words }), [lang, words]);
}
