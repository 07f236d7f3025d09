import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { twoStretches as heavy } from '../../../test/fixtures/busy-lessons';
import { findScenario } from '../../lessons/scenarios';
import { encodeShare } from '../../session/share';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { SharedPage } from './shared-page';

afterEach(cleanup);

const stress = findScenario('stress')!.scenario;

describe('SharedPage: a lesson file opened in slices', () => {
  it('shows its progress, then opens at its first step', async () => {
    render(<SharedPage encoded={encodeShare({ v: 1, lesson: heavy(), scenario: stress })} />);
    const bar = screen.getByRole('progressbar', { name: /^Preparing the lesson "Heavy": \d+%$/ });
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    expect(screen.getByRole('heading', { name: 'Heavy' })).toBeTruthy();
    expect(screen.getByText(/^Each step is run once to find where it ends/)).toBeTruthy();
    const card = await screen.findByRole('region', { name: 'Lesson' }, { timeout: 30_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(within(card).getByText(/^Step 1 of 2/)).toBeTruthy();
    expect(within(card).getByText('First stretch.')).toBeTruthy();
  }, 60_000);

  it('Cancel shows its class from the start in free play at once, and it can be opened after all', async () => {
    const user = userEvent.setup();
    render(<SharedPage encoded={encodeShare({ v: 1, lesson: heavy(), scenario: stress })} />);
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(screen.queryByRole('region', { name: 'Lesson' })).toBeNull();
    // Still the lesson's page: its title stays.
    expect(screen.getByRole('heading', { name: 'Heavy' })).toBeTruthy();
    const banner = screen
      .getAllByRole('status')
      .find((el) => el.textContent?.startsWith('Lesson from a file:'));
    expect(banner?.textContent).toContain(
      `Opening stopped: the class of "Heavy" is shown from its start (0:00) in free play, without the lesson's steps.`,
    );
    expect(screen.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open the lesson after all' }));
    expect(screen.getByRole('progressbar', { name: /^Preparing the lesson "Heavy"/ })).toBeTruthy();
  }, 60_000);

  it('says so in Spanish, in Kafka words when its first step uses them', async () => {
    const user = userEvent.setup();
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <SharedPage encoded={encodeShare({ v: 1, lesson: heavy('kafka'), scenario: stress })} />
      </PrefsProvider>,
    );
    expect(
      screen.getByRole('progressbar', {
        name: /^Ejecutando la lección «Heavy» para medir sus pasos: \d+ %$/,
      }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancelar' }));
    expect(
      screen.getByText(/Apertura detenida: la clase de «Heavy» se muestra desde el principio/),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Abrir la lección de todos modos' })).toBeTruthy();
  }, 60_000);
});
