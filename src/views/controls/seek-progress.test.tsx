import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { ControlBar } from './control-bar';

afterEach(cleanup);

const stress = findScenario('stress')!.scenario;

describe('SeekProgress: a timeline seek in slices shows where it goes and can be cancelled', () => {
  it('says where it goes in all four voices, runs on between frames, and Cancel says where it stopped', async () => {
    const store = createSimulatorStore(stress, { timeMs: 90_000 });
    const prefs = createPrefsStore('en');
    render(
      <PrefsProvider store={prefs}>
        <SimulatorProvider store={store}>
          <ControlBar />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    // Ten minutes on into the busy school's future: hundreds of the page's slices.
    act(() => store.getState().seek(690_000, 1_000));
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    expect(timeline.getAttribute('aria-valuenow')).toBe('690000');
    expect(screen.getByRole('progressbar', { name: /^Going to 11:30: \d+%$/ })).toBeTruthy();
    act(() => store.getState().setWords('kafka'));
    expect(screen.getByRole('progressbar', { name: /^Seeking the run to 11:30: \d+%$/ })).toBeTruthy();
    act(() => prefs.getState().setLang('es'));
    expect(screen.getByRole('progressbar', { name: /^Buscando 11:30 en la ejecución: \d+ %$/ })).toBeTruthy();
    act(() => store.getState().setWords('classroom'));
    expect(screen.getByRole('progressbar', { name: /^Yendo a 11:30: \d+ %$/ })).toBeTruthy();
    act(() => prefs.getState().setLang('en'));

    // The page's loop moves it on between its turns.
    const run = store.getState().seeking!.run;
    await waitFor(() => expect(run.progress).toBeGreaterThan(0));
    await userEvent.setup().click(screen.getByRole('button', { name: 'Cancel' }));
    expect(store.getState().seeking).toBeNull();
    expect(screen.queryByRole('progressbar')).toBeNull();
    const landed = store.getState().snapshot.timeMs;
    expect(landed).toBeLessThan(690_000);
    expect(landed).toBeGreaterThan(90_000);
    expect(document.querySelector('.seek-notice__live')!.textContent).toMatch(
      /^Stopped at (\d+:\d\d) on the way to 11:30: the class is shown at \1, paused\./,
    );
    expect(timeline.getAttribute('aria-valuenow')).toBe(String(landed));
  }, 60_000);
});
