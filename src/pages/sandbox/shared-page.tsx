import { useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { formatCount } from '../../shared/format-number';
import { useLang } from '../../store/prefs';
import { cancelled, openLink as open, useOpening, type Opened } from './link-opening';
import { OpeningProgress } from './opening-progress';
import { formatClock } from '../../shared/format-time';
import { PagePrefs } from '../../views/controls/page-prefs';
import { APP_NAME } from '../../views/class/messages';
import { ClassStage } from '../../views/class/class-stage';
import { downloadText } from '../../session/file-io';
import { LessonCard } from './lesson-card';
import { messages } from './messages';
import { ClassSummary, describeScenario } from './class-summary';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import { Button } from '../../views/ui/button';
import './page-frame.css';
import { SharedError } from './shared-error';
import './shared-page.css';

/**
 * A class or lesson opened from a share link (`#/share/<encoded>`): the shared class in free play with its
 * actions replayed and paused where it was shared, or a lesson file's lesson from its first step. A link
 * that cannot be opened gets a message naming the problem, and links home and to the sandbox. Changing
 * the language changes the words only: the class keeps running where it is. A lesson file's own texts
 * are the teacher's, in whatever language she wrote them.
 */
export function SharedPage({ encoded }: { encoded: string }) {
  const first = useMemo(() => open(encoded), [encoded]);
  // What the link became after its first moment (its opening finished, was refused, stopped or restarted).
  const [later, setLater] = useState<{ encoded: string; opened: Opened } | null>(null);
  const opened = later?.encoded === encoded ? later.opened : first;
  const replace = useCallback((next: Opened) => setLater({ encoded, opened: next }), [encoded]);
  const percent = useOpening(opened, replace);
  const lang = useLang();
  const m = messages(lang);
  const title =
    opened.kind === 'lesson'
      ? opened.lesson.title
      : opened.kind === 'lesson-opening'
        ? opened.opening.lesson.title
        : opened.kind === 'class' && opened.stoppedLesson !== undefined
          ? opened.stoppedLesson
          : opened.kind === 'error'
            ? m.notOpened
            : m.sharedClass;

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  if (opened.kind === 'error') return <SharedError error={opened.error} />;

  if (opened.kind === 'opening' || opened.kind === 'lesson-opening') {
    const summary = describeScenario(lang, opened.words, opened.scenario);
    return (
      <div className="page-frame shared">
        <SharedHeader title={title}>
          <p className="shared__banner">
            {opened.kind === 'opening' ? (
              <ClassLine>{summary}</ClassLine>
            ) : (
              <>
                <strong>{m.lessonFromFile}</strong>: {summary}
              </>
            )}
            .
          </p>
        </SharedHeader>
        <main className="shared__body">
          <OpeningProgress
            words={opened.words}
            what={
              opened.kind === 'opening'
                ? { atMs: opened.opening.openAt }
                : { lessonTitle: opened.opening.lesson.title }
            }
            percent={percent}
            onCancel={() => replace(cancelled(opened))}
          />
        </main>
      </div>
    );
  }

  return (
    <div className="page-frame shared">
      <SharedHeader title={title}>
        {opened.kind === 'class' && opened.stoppedLesson !== undefined ? (
          <p className="shared__banner" role="status">
            <strong>{m.lessonFromFile}</strong>:{' '}
            <ClassSummary store={opened.store} scenario={opened.scenario} />.{' '}
            {m.lessonStopped(opened.stoppedLesson)}{' '}
            <Button variant="compact" onClick={() => replace(open(encoded))}>
              {m.openLessonAgain}
            </Button>
          </p>
        ) : opened.kind === 'class' && opened.stoppedAt !== undefined ? (
          <p className="shared__banner" role="status">
            <ClassLine>
              <ClassSummary store={opened.store} scenario={opened.scenario} />
            </ClassLine>
            . {m.openingStopped(formatClock(lang, opened.stoppedAt, false))}{' '}
            <Button variant="compact" onClick={() => replace(open(encoded))}>
              {m.openAgain(formatClock(lang, opened.stoppedAt, false))}
            </Button>
          </p>
        ) : opened.kind === 'class' ? (
          <p className="shared__banner" role="status">
            <ClassLine>
              <ClassSummary store={opened.store} scenario={opened.scenario} />
            </ClassLine>
            {m.openedAt(formatClock(lang, opened.timeMs), opened.actions, formatCount(lang, opened.actions))}
          </p>
        ) : (
          <p className="shared__banner" role="status">
            <strong>{m.lessonFromFile}</strong>
            {m.stepsOn(formatCount(lang, opened.lesson.steps.length))}
            <ClassSummary store={opened.store} scenario={opened.scenario} />.
          </p>
        )}
        <nav className="shared__nav" aria-label={m.elsewhere}>
          {opened.kind === 'lesson' ? (
            <Button
              onClick={() =>
                downloadText(
                  `${opened.lesson.id}.lesson.json`,
                  `${JSON.stringify({ lesson: opened.lesson, scenario: opened.scenario }, null, 2)}\n`,
                )
              }
            >
              {m.exportLesson}
            </Button>
          ) : null}
          <RunOnKafkaButton
            store={opened.store}
            scenario={opened.scenario}
            name={opened.kind === 'lesson' ? opened.lesson.id : 'shared-class'}
            title={title}
          />
          <a href="#/sandbox">{m.sandbox}</a>
        </nav>
      </SharedHeader>
      <main className="shared__body">
        <ClassStage store={opened.store}>{opened.kind === 'lesson' ? <LessonCard /> : null}</ClassStage>
      </main>
    </div>
  );
}

/**
 * The page's header in every view of a link (opening, class, lesson): home, title, then the view's own
 * banner and links (children), then the language and words switches.
 */
function SharedHeader({ title, children }: { title: string; children: ReactNode }) {
  return (
    <header className="page-frame__header">
      <a className="page-frame__home" href="#/">
        {APP_NAME}
      </a>
      <h1 className="page-frame__title">{title}</h1>
      {children}
      <PagePrefs />
    </header>
  );
}

/** "Shared class: …": what the link holds, opening or opened. */
function ClassLine({ children }: { children: ReactNode }) {
  return (
    <>
      <strong>{messages(useLang()).sharedClass}</strong>: {children}
    </>
  );
}
