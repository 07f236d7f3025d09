import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findLesson } from '../../lessons/course';
import { localizeLesson } from '../../lessons/localize';
import { findScenario } from '../../lessons/scenarios';
import type { Lang } from '../../shared/lang';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createLessonStore, LessonScreen } from './lesson-page';
import { openPresenterChannel } from './presenter-channel';
import type { PresenterMessage } from './presenter-messages';
import { PresenterView } from './presenter-view';
import { createTestChannels } from '../../../test/views/test-channel';

vi.mock('../../views/stage/stage', () => ({ Stage: () => <div className="stage" /> }));

const sleepy = findLesson('sleepy-student')!;
const scenario = findScenario(sleepy.scenarioId)!.scenario;

beforeEach(() => {
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  window.history.replaceState(null, '', '#/lesson/sleepy-student/1');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** The lesson window and the presenter view, side by side, on one in-memory channel. */
function openBoth(step: number) {
  const channels = createTestChannels();
  const store = createLessonStore(sleepy, scenario, step);
  const lesson = render(<LessonScreen store={store} lesson={sleepy} openPort={channels.open} />);
  const presenter = render(<PresenterView lesson={sleepy} openPort={channels.open} />);
  return {
    store,
    channels,
    main: within(lesson.container),
    presenter: within(presenter.container),
    user: userEvent.setup(),
  };
}

describe('PresenterView', () => {
  it('says hello and shows the step the lesson window is on, with notes and the next step', () => {
    const { presenter } = openBoth(3);
    expect(presenter.getByText('Following the lesson window')).toBeTruthy();
    expect(presenter.getByText(/^Step 3 of 5/)).toBeTruthy();
    expect(presenter.getByText(sleepy.steps[2]!.caption)).toBeTruthy();
    expect(presenter.getByText(sleepy.steps[2]!.notes)).toBeTruthy();
    expect(presenter.getByText(/^4\. Ben wakes up/)).toBeTruthy();
    expect(presenter.getByText(sleepy.steps[3]!.caption)).toBeTruthy();
  });

  it('its Next and Previous steer the lesson window, and it follows', async () => {
    const { presenter, main, store, user } = openBoth(2);
    await user.click(presenter.getByRole('button', { name: 'Next step' }));
    expect(store.getState().lesson!.step).toBe(2);
    expect(main.getByText(sleepy.steps[2]!.caption)).toBeTruthy();
    expect(presenter.getByText(sleepy.steps[2]!.caption)).toBeTruthy();
    await user.click(presenter.getByRole('button', { name: 'Previous step' }));
    expect(store.getState().lesson!.step).toBe(1);
    expect(presenter.getByText(/^Step 2 of 5/)).toBeTruthy();
  });

  it('shows the question with its answer for the teacher; Reveal reveals it in the lesson window', async () => {
    const { presenter, main, store, user } = openBoth(2);
    const question = sleepy.steps[1]!.question!;
    expect(presenter.getByText(`Question: ${question.prompt}`)).toBeTruthy();
    expect(presenter.getByText('Not revealed yet.')).toBeTruthy();
    expect(presenter.getByText('right answer').closest('li')!.textContent).toContain(
      question.choices[question.answer],
    );
    await user.click(main.getByRole('button', { name: /They are lost/ }));
    expect(presenter.getByText('class picked').closest('li')!.textContent).toContain('They are lost');
    await user.click(presenter.getByRole('button', { name: 'Reveal' }));
    expect(store.getState().lesson).toMatchObject({ revealed: true, phase: 'running' });
    expect(main.getByText(question.explanation)).toBeTruthy();
    expect(presenter.getByText('Revealed to the class.')).toBeTruthy();
  });

  it('the clicker keys in the presenter window steer the lesson too', async () => {
    const channels = createTestChannels();
    // The lesson window's side, as a bare channel: what does it hear?
    const lessonSide = openPresenterChannel('sleepy-student', channels.open)!;
    const heard: PresenterMessage[] = [];
    lessonSide.subscribe((m) => heard.push(m));
    render(<PresenterView lesson={sleepy} openPort={channels.open} />);
    const user = userEvent.setup();
    await user.keyboard('{PageDown}n{PageUp}pr');
    expect(heard.map((m) => (m.type === 'command' ? m.action : m.type))).toEqual([
      'hello',
      'next',
      'next',
      'previous',
      'previous',
      'reveal',
    ]);
    lessonSide.close();
  });

  it('says when the lesson window goes away', () => {
    const { presenter } = openBoth(1);
    act(() => window.dispatchEvent(new PageTransitionEvent('pagehide')));
    expect(presenter.getByText('The lesson window was closed or reloaded')).toBeTruthy();
  });

  it('without a channel it says to open it from the lesson page', async () => {
    render(<PresenterView lesson={sleepy} openPort={() => null} />);
    expect((await screen.findByRole('alert')).textContent).toMatch(/Open this window from the lesson page/);
    expect(screen.getByRole('button', { name: 'Next step' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('after Play freely it says the lesson is over', async () => {
    const { presenter, store } = openBoth(5);
    act(() => store.getState().playFreely());
    expect(presenter.getByText(/The lesson is over/)).toBeTruthy();
    expect(presenter.getByRole('button', { name: 'Next step' }).getAttribute('aria-disabled')).toBe('true');
  });

  it('shows the wall clock and the time since it opened', () => {
    vi.useFakeTimers({ now: new Date(2024, 0, 1, 9, 5, 0) });
    render(<PresenterView lesson={sleepy} openPort={() => null} />);
    expect(screen.getByText(/09:05/)).toBeTruthy();
    expect(screen.getByText('elapsed 00:00')).toBeTruthy();
    act(() => vi.advanceTimersByTime(65_000));
    expect(screen.getByText('elapsed 01:05')).toBeTruthy();
    expect(screen.getByText(/09:06/)).toBeTruthy();
  });
});

describe('PresenterView in Spanish', () => {
  const es = localizeLesson(sleepy, 'es');

  /** Each window has its own preferences, as two browser windows do. */
  function openBothWithPrefs(step: number, mainLang: Lang, presenterLang: Lang) {
    const channels = createTestChannels();
    const mainPrefs = createPrefsStore(mainLang);
    const presenterPrefs = createPrefsStore(presenterLang);
    const store = createLessonStore(sleepy, scenario, step);
    const lesson = render(
      <PrefsProvider store={mainPrefs}>
        <LessonScreen store={store} lesson={sleepy} openPort={channels.open} />
      </PrefsProvider>,
    );
    const presenter = render(
      <PrefsProvider store={presenterPrefs}>
        <PresenterView lesson={sleepy} openPort={channels.open} />
      </PrefsProvider>,
    );
    return {
      store,
      channels,
      mainPrefs,
      presenterPrefs,
      main: within(lesson.container),
      presenter: within(presenter.container),
      user: userEvent.setup(),
    };
  }

  it('shows the step, its notes, the question and what comes next in Spanish', () => {
    const { presenter } = openBothWithPrefs(2, 'es', 'es');
    const q = es.steps[1]!.question!;
    expect(presenter.getByText('Siguiendo la ventana de la lección')).toBeTruthy();
    expect(presenter.getByText(/^Paso 2 de 5 · Preguntando a la clase/)).toBeTruthy();
    expect(presenter.getByText(es.steps[1]!.caption)).toBeTruthy();
    expect(presenter.getByText(es.steps[1]!.notes)).toBeTruthy();
    expect(presenter.getByText(`Pregunta: ${q.prompt}`)).toBeTruthy();
    expect(presenter.getByText('respuesta correcta').closest('li')!.textContent).toContain(
      q.choices[q.answer],
    );
    expect(presenter.getByText('Aún sin revelar.')).toBeTruthy();
    expect(presenter.getByText(new RegExp(`^3\\. ${es.steps[2]!.title}`))).toBeTruthy();
    expect(presenter.getByRole('button', { name: 'Paso siguiente' })).toBeTruthy();
    expect(document.title).toBe(`Vista docente: ${es.title} · Kafka Classroom`);
  });

  it('a new presenter view takes the language of the lesson window', () => {
    const { presenterPrefs, presenter } = openBothWithPrefs(3, 'es', 'en');
    expect(presenterPrefs.getState().lang).toBe('es');
    expect(presenter.getByText(/^Paso 3 de 5/)).toBeTruthy();
  });

  it('changing the language in either window changes it in the other, and keeps the step', async () => {
    const { mainPrefs, presenterPrefs, presenter, main, store, user, channels } = openBothWithPrefs(
      3,
      'en',
      'en',
    );
    const lesson = store.getState().lesson;
    await user.click(presenter.getByRole('radio', { name: 'Español' }));
    expect(mainPrefs.getState().lang).toBe('es');
    expect(main.getByText('3 de 5')).toBeTruthy();
    expect(main.getByText(es.steps[2]!.caption)).toBeTruthy();
    expect(store.getState().lesson).toBe(lesson);
    await user.click(main.getByRole('radio', { name: 'English' }));
    expect(presenterPrefs.getState().lang).toBe('en');
    expect(presenter.getByText(/^Step 3 of 5/)).toBeTruthy();
    // Each change was said once, by the window where it happened: nothing bounces back.
    const langs = channels.sent.filter((m) => (m as { type: string }).type === 'lang');
    expect(langs).toEqual([
      { type: 'lang', lang: 'en' }, // the lesson window's answer to hello
      { type: 'lang', lang: 'es' },
      { type: 'lang', lang: 'en' },
    ]);
  });

  it('shows the clock in Spanish', () => {
    vi.useFakeTimers({ now: new Date(2024, 0, 1, 9, 5, 0) });
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <PresenterView lesson={sleepy} openPort={() => null} />
      </PrefsProvider>,
    );
    expect(screen.getByText('transcurrido 00:00')).toBeTruthy();
    act(() => vi.advanceTimersByTime(1000));
    expect(screen.getByRole('alert').textContent).toMatch(/^Abre esta ventana desde la página de la lección/);
  });
});
