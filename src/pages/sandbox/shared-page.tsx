import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../engine';
import { formatCount } from '../../shared/format-number';
import { decodeShare, isShareError, isSharedLesson, ShareError } from '../../session/share';
import { useLang } from '../../store/prefs';
import type { SimulatorStore } from '../../store/simulator-store';
import { formatClock } from '../../shared/format-time';
import { PagePrefs } from '../../views/controls/page-prefs';
import { APP_NAME } from '../../views/class/messages';
import { ClassStage } from '../../views/class/class-stage';
import { openLesson, openSharedClass, SHARE_CHECKS, type CheckedLesson } from '../../session/open-shared';
import { downloadText } from '../../session/file-io';
import { LessonCard } from './lesson-card';
import { messages } from './messages';
import { headline, ProblemList } from './problem-list';
import { describeScenario } from './share-url';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import { Button } from '../../views/ui/button';
import './page-frame.css';
import './shared-page.css';

type Opened =
  | { kind: 'class'; store: SimulatorStore; scenario: Scenario; actions: number; timeMs: number }
  | { kind: 'lesson'; store: SimulatorStore; scenario: Scenario; lesson: CheckedLesson }
  | { kind: 'error'; error: ShareError };

/** Decodes and opens a link; any failure becomes a ShareError to show, never an exception. */
function open(encoded: string): Opened {
  try {
    const payload = decodeShare(encoded, SHARE_CHECKS);
    if (isSharedLesson(payload)) {
      const store = openLesson(payload.scenario, payload.lesson);
      store.getState().goToStep(0);
      return { kind: 'lesson', store, scenario: payload.scenario, lesson: payload.lesson };
    }
    const store = openSharedClass(payload);
    return {
      kind: 'class',
      store,
      scenario: payload.scenario,
      actions: payload.commands.length,
      timeMs: store.getState().snapshot.timeMs,
    };
  } catch (e) {
    return {
      kind: 'error',
      error: isShareError(e) ? e : new ShareError('damaged', (l) => messages(l).linkNotOpened),
    };
  }
}

/**
 * A class or lesson opened from a share link (`#/share/<encoded>`): the shared class in free play with its
 * actions replayed and paused where it was shared, or a lesson file's lesson from its first step. A link
 * that cannot be opened gets a message naming the problem, and links home and to the sandbox. Changing
 * the language changes the words only: the class keeps running where it is. A lesson file's own texts
 * are the teacher's, in whatever language she wrote them.
 */
export function SharedPage({ encoded }: { encoded: string }) {
  const opened = useMemo(() => open(encoded), [encoded]);
  const lang = useLang();
  const m = messages(lang);
  const title =
    opened.kind === 'lesson'
      ? opened.lesson.lesson.title
      : opened.kind === 'class'
        ? m.sharedClass
        : m.notOpened;

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  if (opened.kind === 'error') return <SharedError error={opened.error} />;

  return (
    <div className="page-frame shared">
      <header className="page-frame__header">
        <a className="page-frame__home" href="#/">
          {APP_NAME}
        </a>
        <h1 className="page-frame__title">{title}</h1>
        {opened.kind === 'class' ? (
          <p className="shared__banner" role="status">
            <strong>{m.sharedClass}</strong>: {describeScenario(lang, opened.scenario)}
            {m.openedAt(formatClock(lang, opened.timeMs), opened.actions, formatCount(lang, opened.actions))}
          </p>
        ) : (
          <p className="shared__banner" role="status">
            <strong>{m.lessonFromFile}</strong>
            {m.stepsOn(formatCount(lang, opened.lesson.lesson.steps.length))}
            {describeScenario(lang, opened.scenario)}.
          </p>
        )}
        <nav className="shared__nav" aria-label={m.elsewhere}>
          {opened.kind === 'lesson' ? (
            <Button
              onClick={() =>
                downloadText(
                  `${opened.lesson.lesson.id}.lesson.json`,
                  `${JSON.stringify({ lesson: opened.lesson.lesson, scenario: opened.scenario }, null, 2)}\n`,
                )
              }
            >
              {m.exportLesson}
            </Button>
          ) : null}
          <RunOnKafkaButton
            store={opened.store}
            scenario={opened.scenario}
            name={opened.kind === 'lesson' ? opened.lesson.lesson.id : 'shared-class'}
            title={title}
          />
          <a href="#/sandbox">{m.sandbox}</a>
        </nav>
        <PagePrefs />
      </header>
      <main className="shared__body">
        <ClassStage store={opened.store}>{opened.kind === 'lesson' ? <LessonCard /> : null}</ClassStage>
      </main>
    </div>
  );
}

function SharedError({ error }: { error: ShareError }) {
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
        <p className="shared-error__message">{headline(lang, error, listed)}</p>
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
