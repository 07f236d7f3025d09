import { LangSwitch } from './lang-switch';
import { ThemeSwitch } from './theme-switch';
import './page-prefs.css';

/** The choices every page's header offers, whatever the page: the language and the theme. */
export function PagePrefs() {
  return (
    <div className="page-prefs">
      <LangSwitch />
      <ThemeSwitch />
    </div>
  );
}
