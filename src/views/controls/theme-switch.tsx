import { useId } from 'react';
import { useLang, usePrefsStore, useThemeChoice } from '../../store/prefs';
import type { Lang } from '../../shared/lang';
import type { ThemeChoice } from '../../shared/theme';
import './segmented-choice.css';
import './theme-switch.css';

const WORDS: Record<Lang, { legend: string } & Record<ThemeChoice, string>> = {
  en: { legend: 'Theme', light: 'Light', dark: 'Dark', system: 'As the system' },
  es: { legend: 'Tema', light: 'Claro', dark: 'Oscuro', system: 'Como el sistema' },
};

/** Drawn in currentColor, so each icon follows its button's state in both themes. */
const ICONS: Record<ThemeChoice, string> = {
  // A sun: a disc and eight rays.
  light:
    'M10 6.5a3.5 3.5 0 1 0 0 7a3.5 3.5 0 1 0 0-7zM10 1.5v2.5M10 16v2.5M1.5 10h2.5M16 10h2.5M4 4l1.8 1.8M14.2 14.2L16 16M4 16l1.8-1.8M14.2 5.8L16 4',
  // A crescent moon.
  dark: 'M15.5 12.8A6.5 6.5 0 0 1 7.2 4.5A6.5 6.5 0 1 0 15.5 12.8z',
  // A screen: the system decides.
  system: 'M2.5 4h15v9.5h-15zM7 17h6M10 13.5V17',
};

/**
 * Light, dark, or as the system says (the default): three radios drawn as one small segmented switch of
 * icons, each named in words for screen readers and in a tooltip. Remembered between visits by the app
 * (app/theme-setup.ts).
 */
export function ThemeSwitch() {
  const prefs = usePrefsStore();
  const choice = useThemeChoice();
  const words = WORDS[useLang()];
  const name = useId();
  return (
    <fieldset className="segmented theme-switch">
      <legend className="segmented__legend theme-switch__legend">{words.legend}</legend>
      {(['light', 'dark', 'system'] as const).map((c) => (
        <label key={c} className="segmented__choice" title={words[c]}>
          <input
            className="segmented__input"
            type="radio"
            name={name}
            value={c}
            checked={choice === c}
            onChange={() => prefs.getState().setTheme(c)}
          />
          <span className="segmented__face theme-switch__face">
            <svg width="20" height="20" viewBox="0 0 20 20" aria-hidden="true" focusable="false">
              <path
                d={ICONS[c]}
                fill={c === 'dark' ? 'currentColor' : 'none'}
                stroke="currentColor"
                strokeWidth="1.8"
                strokeLinecap="round"
                strokeLinejoin="round"
              />
            </svg>
          </span>
          <span className="visually-hidden">{words[c]}</span>
        </label>
      ))}
    </fieldset>
  );
}
