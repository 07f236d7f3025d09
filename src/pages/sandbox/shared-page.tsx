import { startTransition, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import type { Scenario } from '../../engine';
import { formatCount } from '../../shared/format-number';
import { decodeShare, isShareError, isSharedLesson, ShareError } from '../../session/share';
import { useLang } from '../../store/prefs';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import type { Words } from '../../shared/words-mode';
import { ClassOpening, finishOpening } from '../../session/class-opening';
import { OpeningProgress } from './opening-progress';
import { formatClock } from '../../shared/format-time';
import { PagePrefs } from '../../views/controls/page-prefs';
import { APP_NAME } from '../../views/class/messages';
import { ClassStage } from '../../views/class/class-stage';
import { openLesson, SHARE_CHECKS, type CheckedLesson } from '../../session/open-shared';
import { downloadText } from '../../session/file-io';
import { LessonCard } from './lesson-card';
import { messages } from './messages';
import { headline, ProblemList } from './problem-list';
import { ClassSummary, describeScenario } from './class-summary';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import { Button } from '../../views/ui/button';
import './page-frame.css';
import './shared-page.css';

type Opened =
  | {
      kind: 'class';
      store: SimulatorStore;
      scenario: Scenario;
      actions: number;
      timeMs: number;
      /** Cancel stopped its opening: the class from its start, and the moment the link was for. */
      stoppedAt?: number;
    }
  | { kind: 'opening'; opening: ClassOpening; scenario: Scenario; actions: number; words: Words }
  | { kind: 'lesson'; store: SimulatorStore; scenario: Scenario; lesson: CheckedLesson }
  | { kind: 'error'; error: ShareError };

const failed = (e: unknown): Opened => ({
  kind: 'error',
  error: isShareError(e) ? e : new ShareError('damaged', (l) => messages(l).linkNotOpened),
});

const classOf = (store: SimulatorStore, scenario: Scenario, actions: number): Opened & { kind: 'class' } => ({
  kind: 'class',
  store,
  scenario,
  actions,
  timeMs: store.getState().snapshot.timeMs,
});

/**
 * Decodes and starts opening a link; any failure becomes a ShareError to show, never an exception. A
 * class's replay runs its first slice here: a light one opens at once, a heavy one goes on in slices
 * (finishOpening) with a progress bar.
 */
function open(encoded: string): Opened {
  try {
    const payload = decodeShare(encoded, SHARE_CHECKS);
    if (isSharedLesson(payload)) {
      const store = openLesson(payload.scenario, payload.lesson);
      store.getState().goToStep(0);
      return { kind: 'lesson', store, scenario: payload.scenario, lesson: payload.lesson };
    }
    const opening = new ClassOpening(payload);
    const actions = payload.commands.length;
    const store = opening.step();
    if (store !== null) return classOf(store, payload.scenario, actions);
    return {
      kind: 'opening',
      opening,
      scenario: payload.scenario,
      actions,
      words: payload.words ?? 'classroom',
    };
  } catch (e) {
    return failed(e);
  }
}

/**
 * The link's opening, carried on in slices while it is on screen: what it became (the class, or a
 * refusal) replaces it; leaving the page or Cancel stops it between two slices.
 */
function useOpening(opened: Opened, done: (next: Opened) => void): number {
  const [progress, setProgress] = useState({ of: opened, percent: 0 });
  useEffect(() => {
    if (opened.kind !== 'opening') return;
    const controller = new AbortController();
    const { opening, scenario, actions } = opened;
    finishOpening(opening, {
      signal: controller.signal,
      onProgress: (p) => {
        const percent = Math.floor(p * 100);
        setProgress((was) => (was.of === opened && was.percent === percent ? was : { of: opened, percent }));
      },
    }).then(
      (store) => {
        // A transition: React renders the class's first picture (the busy school's stage: 0.4-0.6 s of
        // main thread with the CPU slowed four times) in pieces too, rather than in one task.
        if (store !== null) startTransition(() => done(classOf(store, scenario, actions)));
      },
      (e: unknown) => {
        if (!controller.signal.aborted) done(failed(e));
      },
    );
    return () => controller.abort();
  }, [opened, done]);
  return progress.of === opened ? progress.percent : 0;
}

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
      ? opened.lesson.lesson.title
      : opened.kind === 'error'
        ? m.notOpened
        : m.sharedClass;

  useEffect(() => {
    document.title = `${title} · ${APP_NAME}`;
  }, [title]);

  if (opened.kind === 'error') return <SharedError error={opened.error} />;

  if (opened.kind === 'opening') {
    const { opening, scenario, actions } = opened;
    // Cancel: the class the link holds, from its start, at once (see ARCHITECTURE, "Opening a link").
    const cancel = (): void => {
      const store = createSimulatorStore(scenario, { words: opened.words, playing: false });
      replace({ ...classOf(store, scenario, actions), actions: 0, stoppedAt: opening.openAt });
    };
    return (
      <div className="page-frame shared">
        <SharedHeader title={title}>
          <p className="shared__banner">
            <ClassLine>{describeScenario(lang, opened.words, scenario)}</ClassLine>.
          </p>
        </SharedHeader>
        <main className="shared__body">
          <OpeningProgress words={opened.words} atMs={opening.openAt} percent={percent} onCancel={cancel} />
        </main>
      </div>
    );
  }

  return (
    <div className="page-frame shared">
      <SharedHeader title={title}>
        {opened.kind === 'class' && opened.stoppedAt !== undefined ? (
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
            {m.stepsOn(formatCount(lang, opened.lesson.lesson.steps.length))}
            <ClassSummary store={opened.store} scenario={opened.scenario} />.
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
