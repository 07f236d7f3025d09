import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { findLesson } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { useLang } from '../store/prefs';
import { HomePage } from '../pages/home/home-page';
import { ErrorBoundary } from './error-boundary';
import { messages, type AppMessages } from './messages';
import { parseRoute, type Route } from './route';

// Pages a class does not need on first load come in their own chunks.
// Every page that plays a class comes with the engine and the stage, so the home page (where most visits
// start) paints before they load; the play page is fetched while the home page is on screen (see below).
const PlayPage = lazy(() => import('../pages/play/play-page').then((m) => ({ default: m.PlayPage })));
const LessonPage = lazy(() => import('../pages/lesson/lesson-page').then((m) => ({ default: m.LessonPage })));
const PresenterView = lazy(() =>
  import('../pages/lesson/presenter-view').then((m) => ({ default: m.PresenterView })),
);

const SandboxPage = lazy(() =>
  import('../pages/sandbox/sandbox-page').then((m) => ({ default: m.SandboxPage })),
);
const SimplificationsPage = lazy(() =>
  import('../pages/simplifications/simplifications-page').then((m) => ({ default: m.SimplificationsPage })),
);
// A share link is checked before the class's page loads: a refused one never loads the stage.
const SharedRoute = lazy(() =>
  import('../pages/sandbox/shared-route').then((m) => ({ default: m.SharedRoute })),
);

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

/** Whether the address shows the home page (itself, or with a notice for what it does not know). */
function showsHome(route: Route): boolean {
  if (route.kind === 'home' || route.kind === 'not-found') return true;
  if (route.kind === 'play') return findScenario(route.scenarioId) === undefined;
  if (route.kind === 'lesson' || route.kind === 'presenter') return findLesson(route.lessonId) === undefined;
  return false;
}

/** Runs `work` when the page is next idle (soon in any case); returns what cancels it. */
function whenIdle(work: () => void): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(work, { timeout: 2000 });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(work, 200);
  return () => clearTimeout(id);
}

function Page({ reloadLabel, m, children }: { reloadLabel: string; m: AppMessages; children: ReactNode }) {
  return (
    <ErrorBoundary reloadLabel={reloadLabel} messages={m}>
      <Suspense fallback={<p className="loading">{m.opening}</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  const route = useRoute();
  // From the home page, fetch the play page once the page is idle, so opening a class from there does not
  // wait for it. Only there: evaluating it (the engine and the stage) cost a lesson's page and a refused
  // link's page 30-70 ms of main thread each with the CPU slowed four times, for a page they do not show.
  const home = showsHome(route);
  useEffect(() => {
    if (!home) return;
    return whenIdle(() => void import('../pages/play/play-page'));
  }, [home]);
  const m = messages(useLang());
  if (route.kind === 'play') {
    const builtIn = findScenario(route.scenarioId);
    if (builtIn) {
      return (
        <Page reloadLabel={m.reloadClass} m={m}>
          <PlayPage
            key={`${route.scenarioId}:${route.timeMs ?? ''}:${route.speed ?? ''}:${route.playing}`}
            builtIn={builtIn}
            timeMs={route.timeMs}
            speed={route.speed}
            playing={route.playing}
          />
        </Page>
      );
    }
    return <HomePage notice={m.noClass(route.scenarioId)} />;
  }
  if (route.kind === 'lesson' || route.kind === 'presenter') {
    const lesson = findLesson(route.lessonId);
    if (!lesson) return <HomePage notice={m.noLesson(route.lessonId)} />;
    if (route.kind === 'presenter') {
      return (
        <Page reloadLabel={m.reloadPresenter} m={m}>
          <PresenterView lesson={lesson} />
        </Page>
      );
    }
    return (
      <Page reloadLabel={m.reloadLesson} m={m}>
        <LessonPage
          key={`${lesson.id}:${route.step}`}
          lesson={lesson}
          step={Math.min(route.step, lesson.steps.length)}
        />
      </Page>
    );
  }
  if (route.kind === 'sandbox') {
    return (
      <Page reloadLabel={m.reloadSandbox} m={m}>
        <SandboxPage />
      </Page>
    );
  }
  if (route.kind === 'simplifications') {
    return (
      <Page reloadLabel={m.reloadPage} m={m}>
        <SimplificationsPage />
      </Page>
    );
  }
  if (route.kind === 'share') {
    return (
      <Page reloadLabel={m.reopenLink} m={m}>
        <SharedRoute key={route.encoded} encoded={route.encoded} />
      </Page>
    );
  }
  if (route.kind === 'not-found') return <HomePage notice={m.nothingAt(route.hash)} />;
  return <HomePage />;
}
