import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { formatClock } from '../../shared/format-time';
import { ControlBar } from './control-bar';
import { deleting } from '../../../test/fixtures/deleting-class';

afterEach(cleanup);

describe('SeekNotice: a seek that stops short says so', () => {
  it('dragging the timeline into the shaded stretch lands at its end and says why, in both languages and vocabularies', async () => {
    const store = createSimulatorStore(deleting, { timeMs: 200_000 });
    const prefs = createPrefsStore('en');
    render(
      <PrefsProvider store={prefs}>
        <SimulatorProvider store={store}>
          <ControlBar />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    const span = store.getState().unreachable!;
    const clock = (ms: number, lang: 'en' | 'es' = 'en') => formatClock(lang, ms, false);
    // The timeline shades the stretch and describes it to a screen reader.
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    expect(document.querySelector('.timeline__unreachable')).not.toBeNull();
    expect(timeline.getAttribute('aria-describedby')).toBeTruthy();
    expect(document.getElementById(timeline.getAttribute('aria-describedby')!)!.textContent).toContain(
      `${clock(span.fromMs)} to ${clock(span.toMs)}`,
    );
    const status = document.querySelector('.seek-notice__live')!;
    expect(status.getAttribute('role')).toBe('status');
    expect(status.textContent).toBe('');

    const asked = span.fromMs + 1_000;
    fireEvent.change(timeline, { target: { value: String(asked) } });
    expect(store.getState().snapshot.timeMs).toBe(span.toMs);
    expect(status.textContent).toContain(`${clock(asked)} is too far back to replay`);
    expect(status.textContent).toContain(`jumped to ${clock(span.toMs)}, the earliest moment kept`);

    act(() => store.getState().setWords('kafka'));
    expect(status.textContent).toContain(`${clock(asked)} is before the oldest saved state`);
    expect(status.textContent).toContain(`jumped to ${clock(span.toMs)}, the oldest saved state.`);

    act(() => prefs.getState().setLang('es'));
    expect(status.textContent).toContain(`${clock(asked, 'es')} es anterior al estado guardado más antiguo`);
    expect(status.textContent).toContain(
      `saltó a ${clock(span.toMs, 'es')}, el estado guardado más antiguo.`,
    );
    act(() => store.getState().setWords('classroom'));
    expect(status.textContent).toContain(`${clock(asked, 'es')} queda demasiado atrás`);
    expect(status.textContent).toContain(
      `saltó a ${clock(span.toMs, 'es')}, el momento más antiguo que se guarda`,
    );

    await userEvent.setup().click(screen.getByRole('button', { name: 'Cerrar' }));
    expect(status.textContent).toBe('');
    expect(store.getState().seekClipped).toBeNull();
  }, 120_000);
});
