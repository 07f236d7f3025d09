import { useEffect, useMemo } from 'react';
import type { Scenario } from '../../engine';
import { decodeShare, isShareError, isSharedLesson, problemLine, ShareError } from '../../shared/share';
import type { SimulatorStore } from '../../store/simulator-store';
import { formatClock } from '../controls/format-time';
import { ClassStage } from './class-stage';
import { openLesson, openSharedClass, SHARE_CHECKS, type CheckedLesson } from './engine-checks';
import { downloadText, sentence } from './file-io';
import { LessonCard } from './lesson-card';
import { describeScenario } from './share-url';
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
      error: isShareError(e) ? e : new ShareError('damaged', 'the link could not be opened'),
    };
  }
}

/**
 * A class or lesson opened from a share link (`#/share/<encoded>`): the shared class in free play with its
 * actions replayed and paused where it was shared, or a lesson file's lesson from its first step. A link
 * that cannot be opened gets a message naming the problem, and links home and to the sandbox.
 */
export function SharedPage({ encoded }: { encoded: string }) {
  const opened = useMemo(() => open(encoded), [encoded]);
  const title =
    opened.kind === 'lesson'
      ? opened.lesson.lesson.title
      : opened.kind === 'class'
        ? 'Shared class'
        : 'Link not opened';

  useEffect(() => {
    document.title = `${title} · Kafka Classroom`;
  }, [title]);

  if (opened.kind === 'error') return <SharedError error={opened.error} />;

  return (
    <div className="shared">
      <header className="shared__header">
        <a className="shared__home" href="#/">
          Kafka Classroom
        </a>
        <h1 className="shared__title">{title}</h1>
        {opened.kind === 'class' ? (
          <p className="shared__banner" role="status">
            <strong>Shared class</strong>: {describeScenario(opened.scenario)}; opened at{' '}
            {formatClock(opened.timeMs)}
            {opened.actions > 0
              ? ` with ${opened.actions} ${opened.actions === 1 ? 'action' : 'actions'} replayed`
              : ''}
            .
          </p>
        ) : (
          <p className="shared__banner" role="status">
            <strong>Lesson from a file</strong>: {opened.lesson.lesson.steps.length} steps on{' '}
            {describeScenario(opened.scenario)}.
          </p>
        )}
        <nav className="shared__nav" aria-label="Elsewhere">
          {opened.kind === 'lesson' ? (
            <button
              type="button"
              className="shared__button"
              onClick={() =>
                downloadText(
                  `${opened.lesson.lesson.id}.lesson.json`,
                  `${JSON.stringify({ lesson: opened.lesson.lesson, scenario: opened.scenario }, null, 2)}\n`,
                )
              }
            >
              Export lesson file
            </button>
          ) : null}
          <a href="#/sandbox">Sandbox</a>
        </nav>
      </header>
      <div className="shared__body">
        <ClassStage store={opened.store}>{opened.kind === 'lesson' ? <LessonCard /> : null}</ClassStage>
      </div>
    </div>
  );
}

function SharedError({ error }: { error: ShareError }) {
  const listed = error.problems.length > 1;
  const headline = listed ? (error.message.split(': ')[0] ?? error.message) : error.message;
  return (
    <main className="shared-error">
      <h1>This link could not be opened</h1>
      <div role="alert">
        <p className="shared-error__message">{sentence(headline)}</p>
        {listed ? (
          <ul className="shared-error__problems">
            {error.problems.slice(0, 50).map((p, i) => (
              <li key={i}>{problemLine(p)}</li>
            ))}
            {error.problems.length > 50 ? <li>...and {error.problems.length - 50} more</li> : null}
          </ul>
        ) : null}
      </div>
      <p>
        Check that the whole link was copied: a link cut short or changed cannot be read. Nothing else was
        changed.
      </p>
      <ul className="shared-error__links">
        <li>
          <a href="#/">Go to the home page</a>
        </li>
        <li>
          <a href="#/sandbox">Set up a class in the sandbox</a>
        </li>
      </ul>
    </main>
  );
}
