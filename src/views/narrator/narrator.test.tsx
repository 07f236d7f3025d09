import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { NARRATION_GAP_MS, Narrator } from './narrator';

describe('Narrator', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => {
    cleanup();
    vi.useRealTimers();
  });

  const open = (lang: 'en' | 'es' = 'en') => {
    const store = createSimulatorStore(findScenario('sleepy-student')!.scenario, { timeMs: 5000 });
    render(
      <PrefsProvider store={createPrefsStore(lang)}>
        <SimulatorProvider store={store}>
          <Narrator />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    return store;
  };

  it('says what happens, in the words on screen', () => {
    const store = open();
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    act(() => vi.advanceTimersByTime(NARRATION_GAP_MS));
    expect(screen.getByRole('status').textContent).toBe('ben fell asleep');
    act(() => store.getState().setWords('kafka'));
    act(() => {
      store.getState().command({ type: 'wake', group: 'class', member: 'ben' });
    });
    act(() => vi.advanceTimersByTime(NARRATION_GAP_MS));
    expect(screen.getByRole('status').textContent).toBe('ben (class) resumed');
  });

  it('speaks Spanish when the app does', () => {
    const store = open('es');
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    act(() => vi.advanceTimersByTime(NARRATION_GAP_MS));
    expect(screen.getByRole('status').textContent).toBe('ben se durmió');
  });

  it('does not read the past out after a jump backwards', () => {
    const store = open();
    act(() => store.getState().seek(1000));
    act(() => vi.advanceTimersByTime(NARRATION_GAP_MS));
    expect(screen.getByRole('status').textContent).toBe('');
  });
});
