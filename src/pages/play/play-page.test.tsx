import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { localizeScenario } from '../../lessons/localize-titles';
import { findScenario } from '../../lessons/scenarios';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { PlayPage } from './play-page';

afterEach(cleanup);

describe('PlayPage', () => {
  it('shows the class title, the language switch and the player in Spanish', () => {
    const builtIn = findScenario('sleepy-student')!;
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <PlayPage builtIn={builtIn} playing={false} />
      </PrefsProvider>,
    );
    const title = localizeScenario(builtIn, 'es').title;
    expect(screen.getByRole('heading', { level: 1, name: title })).toBeTruthy();
    expect(document.title).toBe(`${title} · Kafka Classroom`);
    expect(screen.getByRole('radio', { name: 'Español' })).toHaveProperty('checked', true);
    expect(screen.getByRole('main', { name: 'Escenario' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Reproducir' })).toBeTruthy();
  });

  it('stays in English by default', () => {
    render(<PlayPage builtIn={findScenario('sleepy-student')!} playing={false} />);
    expect(screen.getByRole('heading', { level: 1, name: 'The sleepy student' })).toBeTruthy();
    expect(document.title).toBe('The sleepy student · Kafka Classroom');
    expect(screen.getByRole('main', { name: 'Stage' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });
});
