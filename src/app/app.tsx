import { lazy, Suspense, useEffect, useState, type ReactNode } from 'react';
import { findLesson } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { HomePage } from '../views/home/home-page';
import { PlayPage } from '../views/play/play-page';
import { ErrorBoundary } from './error-boundary';
import { parseRoute, type Route } from './route';

// Pages a class does not need on first load come in their own chunks.
const LessonPage = lazy(() => import('../views/lesson/lesson-page').then((m) => ({ default: m.LessonPage })));
const PresenterView = lazy(() =>
  import('../views/lesson/presenter-view').then((m) => ({ default: m.PresenterView })),
);

const SandboxPage = lazy(() =>
  import('../views/sandbox/sandbox-page').then((m) => ({ default: m.SandboxPage })),
);
const SharedPage = lazy(() =>
  import('../views/sandbox/shared-page').then((m) => ({ default: m.SharedPage })),
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

function Page({ reloadLabel, children }: { reloadLabel: string; children: ReactNode }) {
  return (
    <ErrorBoundary reloadLabel={reloadLabel}>
      <Suspense fallback={<p className="loading">Opening…</p>}>{children}</Suspense>
    </ErrorBoundary>
  );
}

export function App() {
  const route = useRoute();
  if (route.kind === 'play') {
    const builtIn = findScenario(route.scenarioId);
    if (builtIn) {
      return (
        <Page reloadLabel="Reload this class">
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
    return <HomePage notice={`There is no class called "${route.scenarioId}". Pick one below.`} />;
  }
  if (route.kind === 'lesson' || route.kind === 'presenter') {
    const lesson = findLesson(route.lessonId);
    if (!lesson)
      return <HomePage notice={`There is no lesson called "${route.lessonId}". Pick one below.`} />;
    if (route.kind === 'presenter') {
      return (
        <Page reloadLabel="Reload the presenter view">
          <PresenterView lesson={lesson} />
        </Page>
      );
    }
    return (
      <Page reloadLabel="Reload the lesson at this step">
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
      <Page reloadLabel="Reload the sandbox">
        <SandboxPage />
      </Page>
    );
  }
  if (route.kind === 'share') {
    return (
      <Page reloadLabel="Open the link again">
        <SharedPage key={route.encoded} encoded={route.encoded} />
      </Page>
    );
  }
  if (route.kind === 'not-found')
    return <HomePage notice={`Nothing lives at "#${route.hash}". Pick a class below.`} />;
  return <HomePage />;
}
