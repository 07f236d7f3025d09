import { useCallback, useEffect, useMemo, useRef, useState, type CSSProperties } from 'react';
import type { Scenario } from '../../engine';
import type { Lesson } from '../../lessons/lesson';
import { localizeLesson } from '../../lessons/localize';
import { findScenario } from '../../lessons/scenarios';
import { useFrames } from '../../store/frame-driver';
import { planLesson, type LessonPlan } from '../../runtime/lesson-plan';
import { SimulatorProvider, useSimulator } from '../../store/context';
import { useLang, usePrefsStore } from '../../store/prefs';
import { createSimulatorStore, type SimulatorState, type SimulatorStore } from '../../store/simulator-store';
import { LagChart } from '../../views/charts/lag-chart';
import { ControlBar } from '../../views/controls/control-bar';
import { PagePrefs } from '../../views/controls/page-prefs';
import { usePhone } from '../../views/use-phone';
import { HomeLink } from '../../views/controls/home-link';
import { StageZoom } from '../../views/controls/stage-zoom';
import { Narrator } from '../../views/narrator/narrator';
import { Inspector } from '../../views/inspector/inspector';
import { Stage } from '../../views/stage/stage';
import type { StageLayout } from '../../viz/layout-types';
import {
  CaptionCard,
  OffScriptNotice,
  StepControls,
  type StepHandlers,
} from '../../views/lesson/caption-card';
import { cardPlacement } from '../../views/lesson/card-placement';
import { useCardSpot } from '../../views/lesson/use-card-spot';
import { questionWords, wordsOf } from '../../views/lesson/question-subjects';
import { runLessonAction } from './lesson-actions';
import { messages } from '../../views/lesson/messages';
import type { OpenPort } from './presenter-channel';
import { QuestionCard } from '../../views/lesson/question-card';
import { PresenterViewIcon } from '../../views/lesson/lesson-icons';
import { stepKeyAction } from './step-keys';
import { useLessonAddress, useLessonTitle, usePresenterLink } from './use-lesson-sync';
import { useIdleChrome, usePresenting } from './use-presenting';
import { useChromeFit } from './use-chrome-fit';
import '../../views/lesson/lesson-button.css';
import { RunOnKafkaButton } from '../../views/export/run-on-kafka-button';
import './lesson-page.css';
import './lesson-question.css';
import './lesson-presenting.css';
import './lesson-phone.css';

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

/**
 * A guided lesson: the free-play page with the story's caption, its steps, and presenter mode. `lesson` is
 * the English lesson, which the store runs; only what is shown is in the reader's language, so changing
 * language keeps the class where it is.
 */
export function LessonPage({ lesson, step, openPort }: LessonPageProps) {
  const lang = useLang();
  const builtIn = findScenario(lesson.scenarioId);
  if (!builtIn || lesson.steps.length === 0) {
    const m = messages(lang);
    return (
      <main className="app-placeholder">
        <h1>{localizeLesson(lesson, lang).title}</h1>
        <p role="alert">{m.cannotStart(lesson.scenarioId)}</p>
        <p>
          <a href="#/">{m.pickAnother}</a>
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
  const lang = useLang();
  // What the page shows, in the reader's language; the store keeps running the English lesson.
  const shown = useMemo(() => localizeLesson(lesson, lang), [lesson, lang]);
  useFrames(store);
  useLessonAddress(store, lesson.id);
  useLessonTitle(store, shown.title, lang);
  usePresenterLink(store, lesson.id, usePrefsStore(), openPort);
  useStepKeys(store);

  return (
    <SimulatorProvider store={store}>
      <LessonLayout shown={shown} store={store} />
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

function LessonLayout({ shown, store }: { shown: Lesson; store: SimulatorStore }) {
  const m = messages(useLang());
  const lessonId = shown.id;
  const builtIn = findScenario(shown.scenarioId);
  const lesson = useSimulator(selectLesson);
  const inspectorOpen = useSimulator(selectInspectorOpen);
  const rootRef = useRef<HTMLDivElement>(null);
  const [popupBlocked, setPopupBlocked] = useState(false);

  // Escape closes an open drawer first; the next one leaves presenter mode.
  const canLeaveWithEscape = useCallback(() => store.getState().selection === null, [store]);
  const { presenting, enter, leave } = usePresenting(canLeaveWithEscape);
  // The controls stay while the pointer rests on them or the keyboard works in them. A clicker's key
  // does not count: after clicking Present, focus rests on that button and Chromium then shows it as
  // keyboard-focused, which kept the whole player bar over the picture for the rest of the lesson.
  const pointerOnChrome = useRef(false);
  const clickerLast = useClickerLast();
  const keepChrome = useCallback(() => {
    if (pointerOnChrome.current) return true;
    if (clickerLast.current) return false;
    try {
      return rootRef.current?.querySelector('.lesson__chrome :focus-visible') != null;
    } catch {
      return false;
    }
  }, [clickerLast]);
  // A click on a step button (Next, Previous, Replay) is a clicker's press made with the mouse: the pointer
  // resting on it afterwards must not keep the controls (and the zoomed-out stage) for the whole step.
  const chromeProps = {
    onPointerEnter: () => {
      pointerOnChrome.current = true;
    },
    onPointerMove: () => {
      pointerOnChrome.current = true;
    },
    onPointerLeave: () => {
      pointerOnChrome.current = false;
    },
    onClick: (event: { target: EventTarget }) => {
      if (event.target instanceof Element && event.target.closest('.lesson-steps__nav'))
        pointerOnChrome.current = false;
    },
  };
  const chrome = useIdleChrome(presenting, keepChrome);
  useChromeFit(rootRef, presenting);

  const act = (action: Parameters<typeof runLessonAction>[1]) => () => runLessonAction(store, action);
  const step = lesson ? shown.steps[lesson.step]! : null;
  // The question floats over the stage, clear of what the step talks about: placed against the stage's
  // layout once both are measured, at first in the corner away from the step's subject.
  const placement = cardPlacement(step?.highlight, inspectorOpen);
  const [stageLayout, setStageLayout] = useState<StageLayout | null>(null);
  // Presenting, the whole stage (cards included) zooms below the controls when they show (use-chrome-fit).
  // Whoever the caption names (in the story's English, whose words are the ids) stays clear of the card too.
  // The question's own words, in the story's English and as shown, name the shelves it is about.
  const told = lesson ? lesson.lesson.steps[lesson.step] : undefined;
  const asked = useMemo(
    () => [...questionWords(told?.question), ...questionWords(step?.question)],
    [told, step],
  );
  const named = useMemo(() => [...wordsOf(told?.caption ?? ''), ...asked], [told, asked]);
  const card = useCardSpot(stageLayout, {
    highlight: step?.highlight,
    top: 12,
    named,
    asked,
    // Presenting or not, the card finds its place again: a strip taken on a laptop is no dock.
    step: `${lessonId}:${lesson?.step ?? -1}:${presenting}`,
    presenting,
  });
  // A phone's stage is too small to float a card over: the question stands under the stage instead, and
  // the stage keeps no corner for the chart (which follows it, lesson-phone.css).
  const phone = usePhone();
  const question = step?.question;
  const showQuestion =
    lesson !== null && question !== undefined && (lesson.phase === 'asking' || lesson.revealed);
  // A card with no clear place over the picture steps aside (a strip, or presenting, a dock at the bottom).
  const aside = phone || !showQuestion ? null : card.aside;

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
    aside === 'dock' ? 'lesson--card-docked' : '',
    presenting && !chrome.shown ? 'lesson--chrome-hidden' : '',
  ]
    .filter(Boolean)
    .join(' ');

  return (
    <div className={className} ref={rootRef}>
      <header className="lesson__header lesson__chrome" {...chromeProps}>
        <HomeLink className="lesson__home" />
        <h1 className="lesson__title">{shown.title}</h1>
        {lesson ? null : <p className="lesson__free">{m.playingFreely}</p>}
        <div className="lesson__spacer" />
        {popupBlocked ? (
          <p className="lesson__popup-note" role="alert">
            {m.popupBlocked}
          </p>
        ) : null}
        {/* Projected, the header stays one row beside the title at 1024 px: compact choices, an icon. */}
        <PagePrefs compact={presenting} />
        {/* Exporting is no projector's business: presenting, the header keeps room for the title. */}
        {builtIn && !presenting ? (
          <RunOnKafkaButton store={store} scenario={builtIn.scenario} name={lessonId} title={shown.title} />
        ) : null}
        <button
          type="button"
          className="lesson-button lesson__for-teacher"
          onClick={openPresenterView}
          aria-label={m.openPresenter}
          title={presenting ? m.openPresenter : undefined}
        >
          {presenting ? <PresenterViewIcon /> : m.presenterShort}
        </button>
        <button
          type="button"
          className="lesson-button lesson__for-teacher"
          aria-pressed={presenting}
          title={presenting ? m.stopPresentingTitle : m.presentTitle}
          onClick={
            presenting
              ? leave
              : () => {
                  enter();
                  chrome.wake();
                }
          }
        >
          {presenting ? m.stopPresenting : m.present}
        </button>
      </header>
      <main
        className={`lesson__stage${aside ? ` lesson__stage--card-${aside}` : ''}`}
        style={aside ? ({ [`--card-${aside}`]: `${card.room}px` } as CSSProperties) : undefined}
        aria-label={m.stage}
      >
        <StageZoom>
          <Stage
            chart={!presenting && !phone}
            onLayout={setStageLayout}
            focus={presenting ? focusTopics(step) : null}
          />
        </StageZoom>
        {presenting ? null : (
          <aside className="lesson__chart" aria-label={m.chart}>
            <LagChart size="small" />
          </aside>
        )}
        {lesson && question && showQuestion ? (
          <QuestionCard
            key={lesson.step}
            className={`lesson__question lesson__question--${phone ? 'below' : aside === 'dock' ? 'docked' : placement}`}
            style={phone ? undefined : card.style}
            cardRef={card.ref}
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
        {lesson && step ? (
          <CaptionCard lesson={lesson} step={step} presenting={presenting} {...handlers} />
        ) : null}
        <div className="lesson__bar lesson__chrome" {...chromeProps}>
          <ControlBar />
          <Narrator />
          {presenting && lesson ? (
            <section className="lesson__step-row" aria-label={m.steps}>
              <StepControls lesson={lesson} {...handlers} />
            </section>
          ) : null}
        </div>
      </div>
      <StepAnnouncer shown={shown} />
    </div>
  );
}

/** Whether the last key pressed was one of a clicker's (the step keys), not someone working the controls. */
function useClickerLast(): { readonly current: boolean } {
  const last = useRef(false);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent): void => {
      last.current = stepKeyAction(event) !== null;
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, []);
  return last;
}

/** Tells screen readers the new caption when the step changes (the cards themselves stay quiet). */
function StepAnnouncer({ shown }: { shown: Lesson }) {
  const m = messages(useLang());
  const lesson = useSimulator(selectLesson);
  let text = m.lessonOver;
  if (lesson) {
    const step = shown.steps[lesson.step]!;
    text = `${m.stepOf(lesson.step + 1, shown.steps.length)}: ${step.title}. ${step.caption}`;
  }
  return (
    <p className="visually-hidden" aria-live="polite">
      {text}
    </p>
  );
}

/**
 * The topics a step's spotlight names, joined by newlines (a string, so the stage's layout memo compares
 * a value): presenter mode never leaves them off the stage.
 */
function focusTopics(step: { highlight?: readonly { kind: string; topic?: string }[] } | null): string {
  const topics = new Set<string>();
  for (const h of step?.highlight ?? []) if (h.topic !== undefined) topics.add(h.topic);
  return [...topics].sort().join('\n');
}
