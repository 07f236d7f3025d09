import { LangSwitch } from './lang-switch';
import { ThemeSwitch } from './theme-switch';
import './page-prefs.css';

/**
 * The choices every page's header offers, whatever the page: the language and the theme. `compact` where
 * the header must keep its room for a title on one line (presenting at 1024 px).
 */
export function PagePrefs({ compact = false }: { compact?: boolean }) {
  return (
    <div className="page-prefs">
      <LangSwitch compact={compact} />
      <ThemeSwitch />
    </div>
  );
}
