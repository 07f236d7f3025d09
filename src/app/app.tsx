import { useEffect, useState } from 'react';
import { findLesson } from '../lessons/course';
import { findScenario } from '../lessons/scenarios';
import { LessonPage } from '../views/lesson/lesson-page';
import { PresenterView } from '../views/lesson/presenter-view';
import { HomePage } from '../views/home/home-page';
import { PlayPage } from '../views/play/play-page';
import { parseRoute, type Route } from './route';

function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => setRoute(parseRoute(window.location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}

export function App() {
  const route = useRoute();
  if (route.kind === 'play') {
    const builtIn = findScenario(route.scenarioId);
    if (builtIn) {
      return (
        <PlayPage
          key={`${route.scenarioId}:${route.timeMs ?? ''}:${route.speed ?? ''}:${route.playing}`}
          builtIn={builtIn}
          timeMs={route.timeMs}
          speed={route.speed}
          playing={route.playing}
        />
      );
    }
    return <HomePage notice={`There is no class called "${route.scenarioId}". Pick one below.`} />;
  }
  if (route.kind === 'lesson' || route.kind === 'presenter') {
    const lesson = findLesson(route.lessonId);
    if (!lesson) return <HomePage notice={`There is no lesson called "${route.lessonId}". Pick one below.`} />;
    if (route.kind === 'presenter') return <PresenterView lesson={lesson} />;
    return <LessonPage key={`${lesson.id}:${route.step}`} lesson={lesson} step={Math.min(route.step, lesson.steps.length)} />;
  }
  if (route.kind === 'not-found')
    return <HomePage notice={`Nothing lives at "#${route.hash}". Pick a class below.`} />;
  return <HomePage />;
}
