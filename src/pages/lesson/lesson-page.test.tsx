import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findLesson } from '../../lessons/course';
import type { Lesson } from '../../lessons/lesson';
import { localizeLesson } from '../../lessons/localize';
import { findScenario } from '../../lessons/scenarios';
import type { Lang } from '../../shared/lang';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import type { SimulatorStore } from '../../store/simulator-store';
import { createLessonStore, LessonPage, LessonScreen } from './lesson-page';
import { createTestChannels } from '../../../test/views/test-channel';

// The stage is drawn by its own component, tested on its own (and end to end with this page): here it is a
// stand-in, so these tests are about the lesson around it.
vi.mock('../stage/stage', () => ({ Stage: () => <div className="stage" /> }));

const sleepy = findLesson('sleepy-student')!;
const scenarioOf = (lesson: Lesson) => findScenario(lesson.scenarioId)!.scenario;

beforeEach(() => {
  // Time moves only when a test says so: no frames from the runtime's loop.
  vi.stubGlobal('requestAnimationFrame', () => 0);
  vi.stubGlobal('cancelAnimationFrame', () => undefined);
  window.history.replaceState(null, '', '#/lesson/sleepy-student/2');
});

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
});

/** Opens the page as the address would, with a store of its own. */
function openPage(lesson: Lesson = sleepy, step = 2) {
  const channels = createTestChannels();
  render(<LessonPage lesson={lesson} step={step} openPort={channels.open} />);
  return { user: userEvent.setup(), channels };
}

/** Opens the page around a store the test can act on. */
function openWithStore(lesson: Lesson = sleepy, step = 2) {
  const channels = createTestChannels();
  const store = createLessonStore(lesson, scenarioOf(lesson), step);
  render(<LessonScreen store={store} lesson={lesson} openPort={channels.open} />);
  return { user: userEvent.setup(), store, channels };
}

/** Plays until the step pauses by itself, in 100 ms frames at 16x. */
function runStep(store: SimulatorStore) {
  act(() => {
    store.getState().setSpeed(16);
    for (let i = 0; i < 10_000 && store.getState().playing; i++) store.getState().tick(100);
  });
}

const caption = (lesson: Lesson, step: number) => lesson.steps[step - 1]!.caption;
const stepShown = () => screen.getByText(/^\d+ of \d+$/).textContent!.replace(/^Step /, '');

describe('LessonPage: the caption card', () => {
  it('shows the step caption, its title, the Kafka term and where the lesson stands', () => {
    openPage(sleepy, 3);
    expect(screen.getByText(caption(sleepy, 3))).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The backlog, in numbers' })).toBeTruthy();
    expect(screen.getByText('3 of 5')).toBeTruthy();
    expect(screen.getByText('lag')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: sleepy.title })).toBeTruthy();
  });

  it('puts the address on the step it opened and keeps it in step', async () => {
    window.history.replaceState(null, '', '#/lesson/sleepy-student/9');
    const { user } = openPage(sleepy, 5);
    expect(window.location.hash).toBe('#/lesson/sleepy-student/5');
    expect(stepShown()).toBe('5 of 5');
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(window.location.hash).toBe('#/lesson/sleepy-student/4');
  });

  it('typing another step address into the page moves the story there', () => {
    openPage(sleepy, 2);
    act(() => {
      window.history.replaceState(null, '', '#/lesson/sleepy-student/4');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(stepShown()).toBe('4 of 5');
  });

  it('keeps the speaker notes in a closed "Teacher’s notes" disclosure', async () => {
    const { user } = openPage(sleepy, 1);
    const summary = screen.getByText('Teacher’s notes');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(sleepy.steps[0]!.notes)).toBeTruthy();
  });

  it('announces the new step in a polite live region', async () => {
    const { user } = openPage(sleepy, 1);
    // The step's own live region (the stage's narrator has another one).
    const live = document.querySelector('[aria-live="polite"]:not([data-narrator])')!;
    expect(live.textContent).toContain(caption(sleepy, 1));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(live.textContent).toBe(`Step 2 of 5: Ben falls asleep. ${caption(sleepy, 2)}`);
  });
});

describe('LessonPage: stepping', () => {
  it('Next step and Previous step move through the steps and the address follows', async () => {
    const { user } = openPage(sleepy, 2);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(stepShown()).toBe('3 of 5');
    expect(screen.getByText(caption(sleepy, 3))).toBeTruthy();
    expect(window.location.hash).toBe('#/lesson/sleepy-student/3');
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(stepShown()).toBe('2 of 5');
    expect(window.location.hash).toBe('#/lesson/sleepy-student/2');
  });

  it('Next moves on while the step still plays, skipping the rest of it', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    expect(store.getState().lesson!.phase).toBe('running');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(store.getState().lesson!.step).toBe(1);
  });

  it('PageDown and N go forward, PageUp and P go back', async () => {
    const { user } = openPage(sleepy, 2);
    await user.keyboard('{PageDown}');
    expect(stepShown()).toBe('3 of 5');
    await user.keyboard('n');
    expect(stepShown()).toBe('4 of 5');
    await user.keyboard('{PageUp}');
    expect(stepShown()).toBe('3 of 5');
    await user.keyboard('P');
    expect(stepShown()).toBe('2 of 5');
  });

  it('the step keys stand back in a text field', async () => {
    const { user } = openPage(sleepy, 2);
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Somewhere to type');
    document.body.append(field);
    await user.click(field);
    await user.keyboard('np{PageDown}');
    expect(stepShown()).toBe('2 of 5');
    expect(field.value).toBe('np');
    field.remove();
  });

  it('Previous step does nothing on the first step, Next step nothing while the last one plays', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    expect(screen.queryByRole('link', { name: 'What this simulator simplifies' })).toBeNull();
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(store.getState().lesson!.step).toBe(0);
    act(() => store.getState().goToStep(4));
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.click(next);
    expect(store.getState().lesson!.step).toBe(4);
  });

  it('Replay step plays the step again from its start', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    runStep(store);
    expect(store.getState().lesson!.phase).toBe('done');
    expect(screen.getByText(/Step done/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Replay step' }));
    expect(store.getState().lesson!.phase).toBe('running');
    expect(store.getState().snapshot.timeMs).toBeLessThanOrEqual(1);
  });

  it('after the last step, Play freely leaves the lesson and the caption goes', async () => {
    const { user, store } = openWithStore(sleepy, 5);
    expect(screen.queryByRole('button', { name: 'Play freely' })).toBeNull();
    // The last step links to what the simulator simplifies, before the class carries the lesson out.
    const simplifies = screen.getByRole('link', { name: 'What this simulator simplifies' });
    expect(simplifies.getAttribute('href')).toBe('#/simplifications');
    runStep(store);
    const playFreely = screen.getByRole('button', { name: 'Play freely' });
    await user.click(playFreely);
    expect(store.getState().lesson).toBeNull();
    expect(screen.queryByText(caption(sleepy, 5))).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
    expect(screen.getByText('Playing freely')).toBeTruthy();
    // The page is free play now: the step keys do nothing, the player plays.
    await user.keyboard('{PageUp}');
    expect(store.getState().lesson).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
  });
});

describe('LessonPage: predictions', () => {
  it('asks first: the choices are toggle buttons and time waits', async () => {
    const { user, store } = openWithStore(sleepy, 2);
    const question = screen.getByRole('region', { name: sleepy.steps[1]!.question!.prompt });
    const choices = within(question)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-pressed'));
    expect(choices.map((c) => c.textContent)).toEqual([
      'AThey are lost',
      'BThe teacher has to stop',
      'CThey wait on the shelf',
    ]);
    expect(choices.every((c) => c.getAttribute('aria-pressed') === 'false')).toBe(true);
    await user.click(choices[0]!);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('true');
    await user.click(choices[2]!);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('false');
    expect(choices[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().lesson).toMatchObject({ phase: 'asking', answer: 2 });
    expect(store.getState().playing).toBe(false);
  });

  it('Reveal shows the right answer, whether the pick was right, and why; then the step plays', async () => {
    const { user, store } = openWithStore(sleepy, 2);
    const q = sleepy.steps[1]!.question!;
    await user.click(screen.getByRole('button', { name: /They are lost/ }));
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByText(q.explanation)).toBeTruthy();
    expect(screen.getByText(/The class picked A, “They are lost”: not this time/)).toBeTruthy();
    expect(screen.getByText('Right answer:').parentElement!.textContent).toBe(
      'Right answer: They wait on the shelf',
    );
    expect(screen.queryByRole('button', { name: 'Reveal' })).toBeNull();
    expect(store.getState().lesson).toMatchObject({ phase: 'running', revealed: true });
    expect(store.getState().playing).toBe(true);
  });

  it('Reveal works with no choice picked, for a class that guesses aloud', async () => {
    const { user } = openPage(sleepy, 4);
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByText(sleepy.steps[3]!.question!.explanation)).toBeTruthy();
    expect(screen.queryByText(/The class picked/)).toBeNull();
  });

  it('a right pick is called right', async () => {
    const { user } = openPage(sleepy, 4);
    await user.click(screen.getByRole('button', { name: /Where he stopped/ }));
    await user.keyboard('r');
    expect(screen.getByText('The class picked A: right!')).toBeTruthy();
  });
});

describe('LessonPage: acting off script', () => {
  it('acting on the stage says the story changed; Back to the lesson restores the step', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    expect(screen.getByText('You changed the story.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the lesson' }));
    expect(screen.queryByText('You changed the story.')).toBeNull();
    expect(store.getState().lesson!.offScript).toBe(false);
    expect(store.getState().snapshot.groups[0]!.members[0]!.status).toBe('active');
  });
});

describe('LessonPage: presenter mode', () => {
  it('Present enlarges the page for the room; the controls hide when the mouse rests; Escape leaves', () => {
    vi.useFakeTimers();
    openPage(sleepy, 1);
    const root = document.querySelector('.lesson')!;
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(root.classList.contains('lesson--presenting')).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop presenting' }).getAttribute('aria-pressed')).toBe('true');
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(false);
    act(() => vi.advanceTimersByTime(3000));
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(true);
    // A clicker's key moves the story without bringing the controls back...
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(true);
    // ...the mouse does.
    fireEvent.mouseMove(window);
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(false);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(root.classList.contains('lesson--presenting')).toBe(false);
    expect(screen.getByRole('button', { name: 'Present' })).toBeTruthy();
  });

  it('Escape closes an open drawer first, then leaves presenter mode', () => {
    const { store } = openWithStore(sleepy, 1);
    const root = document.querySelector('.lesson')!;
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    act(() => store.getState().select({ kind: 'member', group: 'class', member: 'ben' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().selection).toBeNull();
    expect(root.classList.contains('lesson--presenting')).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(root.classList.contains('lesson--presenting')).toBe(false);
  });

  it('Open presenter view opens the presenter address in a new window', async () => {
    const opened = vi.fn<typeof window.open>(() => null);
    vi.stubGlobal('open', opened);
    const { user } = openPage(sleepy, 1);
    await user.click(screen.getByRole('button', { name: 'Open presenter view' }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(String(opened.mock.calls[0]![0])).toMatch(/#\/presenter\/sleepy-student$/);
    // A blocked pop-up says what to do.
    expect(screen.getByRole('alert').textContent).toMatch(/allow pop-ups/);
  });
});

describe('LessonPage in Spanish', () => {
  const es = localizeLesson(sleepy, 'es');

  function openInSpanish(step: number, lang: Lang = 'es') {
    const channels = createTestChannels();
    const prefs = createPrefsStore(lang);
    const store = createLessonStore(sleepy, scenarioOf(sleepy), step);
    render(
      <PrefsProvider store={prefs}>
        <LessonScreen store={store} lesson={sleepy} openPort={channels.open} />
      </PrefsProvider>,
    );
    return { user: userEvent.setup(), store, prefs };
  }

  it('shows the caption, its title and where the lesson stands in Spanish', () => {
    openInSpanish(3);
    expect(screen.getByText(es.steps[2]!.caption)).toBeTruthy();
    expect(screen.getByRole('heading', { level: 2, name: es.steps[2]!.title })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: es.title })).toBeTruthy();
    expect(screen.getByText('3 de 5')).toBeTruthy();
    expect(screen.getByText('Término de Kafka')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Paso siguiente' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Paso anterior' }).getAttribute('title')).toBe(
      'Paso anterior (RePág o P)',
    );
    expect(screen.getByRole('button', { name: 'Presentar' })).toBeTruthy();
    expect(document.title).toBe(`${es.title} (3 de 5) · Kafka Classroom`);
    const live = document.querySelector('[aria-live="polite"]:not([data-narrator])')!;
    expect(live.textContent).toBe(`Paso 3 de 5: ${es.steps[2]!.title}. ${es.steps[2]!.caption}`);
  });

  it('asks the question in Spanish and answers in Spanish', async () => {
    const { user } = openInSpanish(2);
    const q = es.steps[1]!.question!;
    const question = screen.getByRole('region', { name: q.prompt });
    const choices = within(question)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-pressed'));
    expect(choices.map((c) => c.textContent)).toEqual(q.choices.map((c, i) => `${'ABC'[i]}${c}`));
    expect(within(question).getByText('¿Qué pasará?')).toBeTruthy();
    await user.click(choices[0]!);
    await user.click(screen.getByRole('button', { name: 'Revelar' }));
    expect(screen.getByText(q.explanation)).toBeTruthy();
    expect(screen.getByText(`La clase eligió la A, «${q.choices[0]}»: esta vez no.`)).toBeTruthy();
    expect(screen.getByText('Respuesta correcta:').parentElement!.textContent).toBe(
      `Respuesta correcta: ${q.choices[q.answer]}`,
    );
  });

  it('the step keys stay N, P and R, PageDown and PageUp', async () => {
    const { user } = openInSpanish(2);
    await user.keyboard('{PageDown}n');
    expect(screen.getByText('4 de 5')).toBeTruthy();
    await user.keyboard('P');
    expect(screen.getByText('3 de 5')).toBeTruthy();
  });

  it('switching language keeps the class where it is: same store, step, time and answer', async () => {
    const { user, store, prefs } = openInSpanish(2, 'en');
    await user.click(screen.getByRole('button', { name: /They wait on the shelf/ }));
    await user.keyboard('r');
    act(() => {
      for (let i = 0; i < 5; i++) store.getState().tick(100);
    });
    const before = store.getState();
    expect(before.snapshot.timeMs).toBeGreaterThan(0);
    await user.click(screen.getByRole('radio', { name: 'Español' }));
    expect(prefs.getState().lang).toBe('es');
    const after = store.getState();
    expect(after.lesson).toBe(before.lesson);
    expect(after.snapshot.timeMs).toBe(before.snapshot.timeMs);
    expect(after.playing).toBe(before.playing);
    // The store keeps running the English lesson; only what is shown changed.
    expect(after.lesson!.lesson).toBe(sleepy);
    expect(screen.getByText('2 de 5')).toBeTruthy();
    expect(screen.getByText(es.steps[1]!.caption)).toBeTruthy();
    expect(screen.getByText(es.steps[1]!.question!.explanation)).toBeTruthy();
    expect(screen.getByText('La respuesta')).toBeTruthy();
    expect(document.title).toBe(`${es.title} (2 de 5) · Kafka Classroom`);
    await user.click(screen.getByRole('radio', { name: 'English' }));
    expect(screen.getByText('2 of 5')).toBeTruthy();
    expect(screen.getByText(caption(sleepy, 2))).toBeTruthy();
    expect(store.getState().lesson).toBe(before.lesson);
  });

  it('says the lesson is over in Spanish after Explorar libremente', async () => {
    const { user, store } = openInSpanish(5);
    runStep(store);
    await user.click(screen.getByRole('button', { name: 'Explorar libremente' }));
    expect(screen.getByText('Exploración libre')).toBeTruthy();
    expect(document.title).toBe(`${es.title} · Kafka Classroom`);
  });
});
