/**
 * The page's colours: light, dark, or whatever the system says (the default). The page itself only ever
 * shows light or dark: `resolveTheme` turns a choice and the system's preference into one of them.
 */
export type ThemeChoice = 'light' | 'dark' | 'system';
export type Theme = 'light' | 'dark';

/**
 * Where the choice is remembered between visits. index.html reads the same key in its first script, so
 * the page is painted in the right colours before the app has loaded: keep them in step.
 */
export const THEME_STORAGE_KEY = 'kafka-classroom.theme';

export function isThemeChoice(value: unknown): value is ThemeChoice {
  return value === 'light' || value === 'dark' || value === 'system';
}

export function resolveTheme(choice: ThemeChoice, systemDark: boolean): Theme {
  if (choice === 'system') return systemDark ? 'dark' : 'light';
  return choice;
}
