import type { ReactNode } from 'react';
import type { Lang } from '../../shared/lang';
import { problemIn, shareText, type ShareError, type ShareProblem } from '../../session/share';
import { useLang } from '../../store/prefs';
import { sentence } from '../../session/file-io';

/** Problems listed at most; the rest are counted. */
const SHOWN = 50;

/** Text in the page's language, or, where there is none (the engine speaks English), the English marked so. */
function inLang(text: string | null, english: string): ReactNode {
  return text ?? <span lang="en">{english}</span>;
}

/**
 * A refusal's headline as a sentence. With its problems listed below (`listed`), the message's own copy of
 * them (after the first ": ") is left out.
 */
export function headline(lang: Lang, error: ShareError, listed: boolean): ReactNode {
  const cut = (s: string): string => sentence(listed ? (s.split(': ')[0] ?? s) : s);
  const text = error.text(lang);
  return inLang(text === null ? null : cut(text), cut(error.message));
}

/** One problem per line, `path: message`, at most 50 and then how many more. */
export function ProblemList({
  problems,
  className,
}: {
  problems: readonly ShareProblem[];
  className?: string;
}) {
  const lang = useLang();
  return (
    <ul className={className}>
      {problems.slice(0, SHOWN).map((p, i) => {
        const text = problemIn(p, lang);
        if (lang === 'en' || text !== null) {
          return <li key={i}>{p.path === '' ? text : `${p.path}: ${text}`}</li>;
        }
        return (
          <li key={i}>
            {p.path === '' ? null : `${p.path}: `}
            {inLang(null, p.message)}
          </li>
        );
      })}
      {problems.length > SHOWN ? <li>{shareText(lang).andMore(problems.length - SHOWN)}</li> : null}
    </ul>
  );
}
