import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons/course';
import { localizeScenario, localizeTitles } from '../../lessons/localize-titles';
import { SCENARIOS } from '../../lessons/scenarios';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { HomePage } from './home-page';

afterEach(cleanup);

function open(lang: 'en' | 'es', notice?: string) {
  const prefs = createPrefsStore(lang);
  render(
    <PrefsProvider store={prefs}>
      <HomePage notice={notice} />
    </PrefsProvider>,
  );
  return prefs;
}

describe('HomePage', () => {
  it('reads in English by default', () => {
    render(<HomePage />);
    expect(screen.getByRole('heading', { level: 1, name: 'Kafka Classroom' })).toBeTruthy();
    const course = screen.getByRole('region', { name: 'The course, step by step' });
    expect(within(course).getAllByRole('link')).toHaveLength(COURSE.length);
    expect(within(course).getByRole('link', { name: /Lesson 2.*The sleepy student/ })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'What is Kafka, in plain words?' })).toBeTruthy();
    const free = screen.getByRole('region', { name: 'Play freely' });
    expect(within(free).getByRole('link', { name: 'Sandbox: set up your own class' })).toBeTruthy();
    expect(screen.getByText('producer').tagName).toBe('STRONG');
    const what = screen.getByRole('region', { name: 'What is Kafka, in plain words?' });
    expect(
      within(what).getByRole('link', { name: 'what this simulator simplifies' }).getAttribute('href'),
    ).toBe('#/simplifications');
  });

  it('reads in Spanish, with the lessons and classes in Spanish', () => {
    open('es', 'No hay ninguna clase llamada «x». Elige una abajo.');
    expect(screen.getByRole('alert').textContent).toContain('«x»');
    const course = screen.getByRole('region', { name: 'El curso, paso a paso' });
    const second = localizeTitles(COURSE[1]!, 'es');
    const link = within(course).getAllByRole('link')[1]!;
    expect(link.textContent).toContain('Lección 2');
    expect(link.textContent).toContain(second.title);
    expect(link.textContent).toContain(second.summary);
    const free = screen.getByRole('region', { name: 'Juego libre' });
    for (const s of SCENARIOS) {
      expect(within(free).getByRole('link', { name: localizeScenario(s, 'es').title })).toBeTruthy();
    }
    expect(within(free).getByRole('link', { name: 'Sandbox: monta tu propia clase' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '¿Qué es Kafka, en palabras sencillas?' })).toBeTruthy();
    expect(screen.getByText('productor').tagName).toBe('STRONG');
  });

  it('switches language from its own switch', async () => {
    const prefs = open('en');
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Español' }));
    expect(prefs.getState().lang).toBe('es');
    expect(screen.getByRole('region', { name: 'El curso, paso a paso' })).toBeTruthy();
    act(() => prefs.getState().setLang('en'));
    expect(screen.getByRole('region', { name: 'The course, step by step' })).toBeTruthy();
  });
});
