import { act, cleanup, render, screen } from '@testing-library/react';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { createPrefsStore, PrefsProvider } from '../store/prefs';
import { App } from './app';

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

// The app fetches the play page as soon as it is up: wait for that import, or on a loaded machine the
// environment is torn down under it and the run reports an unhandled EnvironmentTeardownError.
afterAll(async () => {
  await import('../pages/play/play-page');
});

function open(hash: string, lang: 'en' | 'es') {
  window.location.hash = hash;
  const prefs = createPrefsStore(lang);
  render(
    <PrefsProvider store={prefs}>
      <App />
    </PrefsProvider>,
  );
  return prefs;
}

describe('App: notices for unknown addresses', () => {
  it('says there is no such class, in the app language', () => {
    const prefs = open('#/play/no-such-class', 'en');
    expect(screen.getByRole('alert').textContent).toBe(
      'There is no class called "no-such-class". Pick one below.',
    );
    act(() => prefs.getState().setLang('es'));
    expect(screen.getByRole('alert').textContent).toBe(
      'No hay ninguna clase llamada «no-such-class». Elige una abajo.',
    );
  });

  it('says so for unknown lessons and addresses in Spanish', () => {
    open('#/lesson/nope', 'es');
    expect(screen.getByRole('alert').textContent).toBe(
      'No hay ninguna lección llamada «nope». Elige una abajo.',
    );
    cleanup();
    open('#/nowhere/at/all', 'es');
    expect(screen.getByRole('alert').textContent).toBe(
      'No hay nada en «#/nowhere/at/all». Elige una clase abajo.',
    );
  });
});
