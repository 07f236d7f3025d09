import { act, cleanup, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quiet } from '../../test/fixtures/hostile-classes';
import { encodeShare } from '../session/share';
import { createPrefsStore, PrefsProvider } from '../store/prefs';
import { App } from './app';

// Counts the play page's loads: its module is evaluated once, when something first imports it.
const loads = vi.hoisted(() => ({ playPage: 0 }));
vi.mock('../pages/play/play-page', () => {
  loads.playPage += 1;
  return { PlayPage: () => null };
});

afterEach(() => {
  cleanup();
  window.location.hash = '';
});

function open(hash: string) {
  window.location.hash = hash;
  render(
    <PrefsProvider store={createPrefsStore('en')}>
      <App />
    </PrefsProvider>,
  );
}

describe('App: the play page fetched ahead', () => {
  it('only from the home page: a refused link does not load it', async () => {
    open(`#/share/${encodeShare({ v: 1, scenario: quiet, commands: [], timeMs: 86_400_000 })}`);
    // The share route is a lazy chunk: on a loaded machine its modules take seconds to transform.
    const alert = await screen.findByRole('alert', {}, { timeout: 20_000 });
    expect(alert.textContent).toMatch(/^The link would take too long to open/);
    // Past the moment the home page would have asked for it (when idle, or 200 ms).
    await act(() => new Promise((resolve) => setTimeout(resolve, 400)));
    expect(loads.playPage).toBe(0);
    cleanup();
    open('#/');
    await waitFor(() => expect(loads.playPage).toBe(1), { timeout: 20_000 });
  });
});
