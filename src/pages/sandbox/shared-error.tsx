import type { ShareError } from '../../session/share';
import { useLang } from '../../store/prefs';
import { PagePrefs } from '../../views/controls/page-prefs';
import { messages } from './messages';
import { headline, ProblemList } from './problem-list';
import './shared-error.css';

/**
 * A link that cannot be opened: the problem named, and links home and to the sandbox. Its own module, so a
 * link refused before any replay is shown without loading the class's stage (shared-route.tsx).
 */
export function SharedError({ error }: { error: ShareError }) {
  const lang = useLang();
  const m = messages(lang);
  const listed = error.problems.length > 1;
  return (
    <main className="shared-error">
      <div className="shared-error__lang">
        <PagePrefs />
      </div>
      <h1>{m.cannotOpen}</h1>
      <div role="alert">
        <p className="shared-panel shared-error__message">{headline(lang, error, listed)}</p>
        {listed ? <ProblemList className="shared-error__problems" problems={error.problems} /> : null}
      </div>
      <p>{m.wholeLink}</p>
      <ul className="shared-error__links">
        <li>
          <a href="#/">{m.goHome}</a>
        </li>
        <li>
          <a href="#/sandbox">{m.goSandbox}</a>
        </li>
      </ul>
    </main>
  );
}
