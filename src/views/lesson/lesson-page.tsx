import { useCallback, useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../engine';
import type { Lesson } from '../../lessons/lesson';
import { findScenario } from '../../lessons/scenarios';
import { startFrameLoop } from '../../runtime/frame-loop';
import { planLesson, type LessonPlan } from '../../runtime/lesson-plan';
import { SimulatorProvider, useSimulator } from '../../store/context';
import { createSimulatorStore, type SimulatorState, type SimulatorStore } from '../../store/simulator-store';
import { LagChart } from '../charts/lag-chart';
import { ControlBar } from '../controls/control-bar';
import { Narrator } from '../play/narrator';
import { Inspector } from '../inspector/inspector';
import { Stage } from '../stage/stage';
import { CaptionCard, OffScriptNotice, StepControls, type StepHandlers } from './caption-card';
import { cardPlacement } from './card-placement';
import { runLessonAction } from './lesson-actions';
import type { OpenPort } from './presenter-channel';
import { QuestionCard } from './question-card';
import { stepKeyAction } from './step-keys';
import { useLessonAddress, useLessonTitle, usePresenterLink } from './use-lesson-sync';
import { useIdleChrome, usePresenting } from './use-presenting';
import './lesson-button.css';
import './lesson-page.css';

interface LessonPageProps {
  lesson: Lesson;
  /** 1-based, as in the address. */
  step: number;
  /** How the presenter channel is opened (a BroadcastChannel unless a test brings its own). */
  openPort?: OpenPort;
}

/** Plans are pure functions of the lesson: one per lesson for the whole visit, however often the page opens. */
const plans = new WeakMap<Lesson, LessonPlan>();
function planFor(lesson: Lesson, scenario: Scenario): LessonPlan {
  let plan = plans.get(lesson);
  if (!plan) {
    plan = planLesson(lesson, scenario);
    plans.set(lesson, plan);
  }
  return plan;
}

/** A guided lesson: the free-play page with the story's caption, its steps, and presenter mode. */
export function LessonPage({ lesson, step, openPort }: LessonPageProps) {
  const builtIn = findScenario(lesson.scenarioId);
  if (!builtIn || lesson.steps.length === 0) {
    return (
      <main className="app-placeholder">
        <h1>{lesson.title}</h1>
        <p role="alert">This lesson cannot start: its class “{lesson.scenarioId}” is missing.</p>
        <p>
          <a href="#/">Pick another lesson</a>
        </p>
      </main>
    );
  }
  return <LessonRun lesson={lesson} scenario={builtIn.scenario} step={step} openPort={openPort} />;
}

const selectLesson = (s: SimulatorState) => s.lesson;
const selectInspectorOpen = (s: SimulatorState) => s.selection !== null;

/** A store for a lesson, entered at `step` (1-based) as a class would enter it: its question first, if any. */
export function createLessonStore(lesson: Lesson, scenario: Scenario, step: number): SimulatorStore {
  const index = Math.max(0, Math.min(lesson.steps.length - 1, Math.floor(step) - 1));
  const store = createSimulatorStore(scenario, {
    lesson: { lesson, plan: planFor(lesson, scenario), step: index },
  });
  store.getState().goToStep(index);
  return store;
}

function LessonRun({ lesson, scenario, step, openPort }: LessonPageProps & { scenario: Scenario }) {
  const [store] = useState(() => createLessonStore(lesson, scenario, step));
  return <LessonScreen store={store} lesson={lesson} openPort={openPort} />;
}

interface LessonScreenProps {
  store: SimulatorStore;
  lesson: Lesson;
  openPort?: OpenPort;
}

/** The lesson page around a given store (tests bring their own to act on it). */
export function LessonScreen({ store, lesson, openPort }: LessonScreenProps) {
  useEffect(() => startFrameLoop((delta) => store.getState().tick(delta)), [store]);
  useLessonAddress(store, lesson.id);
  useLessonTitle(store, lesson.title);
  usePresenterLink(store, lesson.id, openPort);
  useStepKeys(store);

  return (
    <SimulatorProvider store={store}>
      <LessonLayout title={lesson.title} lessonId={lesson.id} store={store} />
    </SimulatorProvider>
  );
}

function useStepKeys(store: SimulatorStore): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      if (!store.getState().lesson) return;
      const action = stepKeyAction(event);
      if (!action) return;
      event.preventDefault();
      runLessonAction(store, action);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store]);
}

function LessonLayout({
  title,
  lessonId,
  store,
}: {
  title: string;
  lessonId: string;
  store: SimulatorStore;
}) {
  const lesson = useSimulator(selectLesson);
  const inspectorOpen = useSimulator(selectInspectorOpen);
  const rootRef = useRef<HTMLDivElement>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);

  // Escape closes an open drawer first; the next one leaves presenter mode.
  const canLeaveWithEscape = useCallback(() => store.getState().selection === null, [store]);
  const { presenting, enter, leave } = usePresenting(canLeaveWithEscape);
  // The controls stay while the pointer rests on them or the keyboard works in them.
  const pointerOnChrome = useRef(false);
  const keepChrome = useCallback(() => {
    if (pointerOnChrome.current) return true;
    try {
      return rootRef.current?.querySelector('.lesson__chrome :focus-visible') != null;
    } catch {
      return false;
    }
  }, []);
  const chromeProps = {
    onPointerEnter: () => {
      pointerOnChrome.current = true;
    },
    onPointerLeave: () => {
      pointerOnChrome.current = false;
    },
  };
  const chrome = useIdleChrome(presenting, keepChrome);

  const act = (action: Parameters<typeof runLessonAction>[1]) => () => runLessonAction(store, action);
  const step = lesson ? lesson.lesson.steps[lesson.step]! : null;
  // The question floats at the top, on the side away from what the step talks about.
  const placement = cardPlacement(step?.highlight, inspectorOpen);
  const question = step?.question;
  const showQuestion =
    lesson !== null && question !== undefined && (lesson.phase === 'asking' || lesson.revealed);

  const handlers: StepHandlers = {
    onPrevious: act('previous'),
    onNext: act('next'),
    onReplay: act('replay'),
    onPlayFreely: () => store.getState().playFreely(),
  };

  const openPresenterView = (): void => {
    const url = new URL(`#/presenter/${encodeURIComponent(lessonId)}`, window.location.href).href;
    // A named window: pressing the button again brings the open one forward instead of opening another.
    const opened = window.open(url, `kafka-classroom-presenter-${lessonId}`, 'popup,width=1100,height=760');
    setPopupBlocked(opened === null);
    opened?.focus();
  };

  const className = [
    'lesson',
    presenting ? 'lesson--presenting' : '',
    presenting && !chrome.shown ? 'lesson--chrome-hidden' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className} ref={rootRef}>
      <header className="lesson__header lesson__chrome" {...chromeProps}>
        <a className="lesson__home" href="#/">
          Kafka Classroom
        </a>
        <h1 className="lesson__title">{title}</h1>
        {lesson ? null : <p className="lesson__free">Playing freely</p>}
        <div className="lesson__spacer" />
        {popupBlocked ? (
          <p className="lesson__popup-note" role="alert">
            The browser blocked the presenter window: allow pop-ups for this page.
          </p>
        ) : null}
        <button type="button" className="lesson-button" onClick={openPresenterView}>
          Open presenter view
        </button>
        <button
          type="button"
          className="lesson-button"
          aria-pressed={presenting}
          title={presenting ? 'Leave presenter mode (Esc)' : 'Full screen with large captions'}
          onClick={
            presenting
              ? leave
              : () => {
                  enter();
                  chrome.wake();
                }
          }
        >
          {presenting ? 'Stop presenting' : 'Present'}
        </button>
      </header>
      <main className="lesson__stage" aria-label="Stage">
        <Stage />
        <aside className="lesson__chart" aria-label="Backlog over time">
          <LagChart size="small" />
        </aside>
        {lesson && question && showQuestion ? (
          <QuestionCard
            key={lesson.step}
            className={`lesson__question lesson__question--${placement}`}
            question={question}
            lesson={lesson}
            onChoose={(choice) => store.getState().chooseAnswer(choice)}
            onReveal={act('reveal')}
          />
        ) : null}
        {lesson?.offScript ? (
          <OffScriptNotice onBackToLesson={() => store.getState().backToLesson()} />
        ) : null}
        <Inspector />
      </main>
      <div className="lesson__bottom">
        {lesson ? <CaptionCard lesson={lesson} presenting={presenting} {...handlers} /> : null}
        <div className="lesson__bar lesson__chrome" {...chromeProps}>
          <ControlBar />
          <Narrator />
          {presenting && lesson ? (
            <div className="lesson__step-row">
              <StepControls lesson={lesson} {...handlers} />
            </div>
          ) : null}
        </div>
      </div>
      <StepAnnouncer />
    </div>
  );
}

/** Tells screen readers the new caption when the step changes (the cards themselves stay quiet). */
function StepAnnouncer() {
  const lesson = useSimulator(selectLesson);
  let text = 'The lesson is over: playing freely.';
  if (lesson) {
    const step = lesson.lesson.steps[lesson.step]!;
    text = `Step ${lesson.step + 1} of ${lesson.lesson.steps.length}: ${step.title}. ${step.caption}`;
  }
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}
