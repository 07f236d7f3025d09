import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { localizeLesson } from '../../lessons/localize';
import type { Lang } from '../../shared/lang';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createLessonStore, LessonScreen } from './lesson-page';
import { createTestChannels } from '../../../test/views/test-channel';
import { setUpLessonPage, sleepy, scenarioOf, runStep, caption } from '../../../test/views/lesson-page-setup';

// The stage is drawn by its own component, tested on its own (and end to end with this page): here it is a
// stand-in, so these tests are about the lesson around it.
vi.mock('../../views/stage/stage', () => ({ Stage: () => <div className="stage" /> }));

setUpLessonPage();

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
