import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { BUSY_REFRESH_MS, CROWDED_DETAIL_REFRESH_MS } from '../../shared/busy-refresh';
import type { Scenario } from '../../engine';
import { Stage } from './stage';
import { stubSilentResizeObserver } from '../../../test/fixtures/silent-resize-observer';

/** The stage measured at `w` x `h` CSS px (jsdom lays nothing out: the size comes from these stubs). */
function measuredAt(w: number, h: number): void {
  stubSilentResizeObserver();
  vi.spyOn(HTMLElement.prototype, 'getBoundingClientRect').mockReturnValue({
    width: w,
    height: h,
  } as DOMRect);
}

function stage(scenario: string | Scenario, lang: 'en' | 'es' = 'en', pictureKey?: string) {
  const built = typeof scenario === 'string' ? findScenario(scenario)!.scenario : scenario;
  const store = createSimulatorStore(built, { timeMs: 8000 });
  const view = render(
    <PrefsProvider store={createPrefsStore(lang)}>
      <SimulatorProvider store={store}>
        <Stage pictureKey={pictureKey} />
      </SimulatorProvider>
    </PrefsProvider>,
  );
  return { store, container: view.container };
}

const overview = (c: HTMLElement): boolean => c.querySelector('.stage-overview') !== null;
const detailed = (c: HTMLElement): boolean => c.querySelector('.stage-cell') !== null;

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  window.localStorage.clear();
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
});

describe('Stage: a crowded class is drawn as its overview where its detail would not be legible', () => {
  it("the busy school on a 1024x768 projector: the overview, and every shelf at the reader's asking", () => {
    measuredAt(1000, 560);
    const { container } = stage('stress');
    expect(overview(container)).toBe(true);
    expect(detailed(container)).toBe(false);
    const toggle = screen.getByRole('button', { name: 'Every shelf' });
    expect(toggle.getAttribute('aria-pressed')).toBe('false');
    fireEvent.click(toggle);
    expect(overview(container)).toBe(false);
    expect(detailed(container)).toBe(true);
    expect(screen.getByRole('button', { name: 'Every shelf' }).getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(screen.getByRole('button', { name: 'Every shelf' }));
    expect(overview(container)).toBe(true);
  });

  it('the busy school redraws its numbers less often only while every shelf is drawn', () => {
    measuredAt(1000, 560);
    const { store } = stage('stress');
    // Its overview keeps the busy period...
    expect(store.getState().busyRefreshMs).toBe(BUSY_REFRESH_MS);
    // ...its detailed picture, whose redraw is a slow laptop's dropped frame, a longer one...
    fireEvent.click(screen.getByRole('button', { name: 'Every shelf' }));
    expect(store.getState().busyRefreshMs).toBe(CROWDED_DETAIL_REFRESH_MS);
    // ...until the overview is back.
    fireEvent.click(screen.getByRole('button', { name: 'Every shelf' }));
    expect(store.getState().busyRefreshMs).toBe(BUSY_REFRESH_MS);
    cleanup();
    // On a stage large enough for its detail, with no toggle: the longer period too.
    measuredAt(2400, 1400);
    expect(stage('stress').store.getState().busyRefreshMs).toBe(CROWDED_DETAIL_REFRESH_MS);
    cleanup();
    // A lesson's class keeps the busy period.
    expect(stage('calling-backup').store.getState().busyRefreshMs).toBe(BUSY_REFRESH_MS);
  });

  it("the busy school on a phone, in Spanish and in Kafka's words", () => {
    measuredAt(390, 420);
    const { store, container } = stage('stress', 'es');
    expect(overview(container)).toBe(true);
    expect(screen.getByRole('button', { name: 'Cada estante' })).toBeTruthy();
    act(() => store.getState().setWords('kafka'));
    expect(screen.getByRole('button', { name: 'Cada partición' })).toBeTruthy();
  });

  it('the busy school on a stage large enough for 20 px names: every shelf, and no toggle', () => {
    measuredAt(2400, 1400);
    const { container } = stage('stress');
    expect(detailed(container)).toBe(true);
    expect(overview(container)).toBe(false);
    expect(screen.queryByRole('button', { name: 'Every shelf' })).toBeNull();
  });

  it("a lesson's class keeps its detailed picture on any stage, a phone's included", () => {
    measuredAt(390, 420);
    for (const lesson of ['calling-backup', 'keys-and-order', 'more-languages']) {
      const { container } = stage(lesson);
      expect(detailed(container)).toBe(true);
      expect(screen.queryByRole('button', { name: 'Every shelf' })).toBeNull();
      cleanup();
    }
  });

  it('where the stage cannot be measured (no ResizeObserver) the busy school keeps its detailed picture', () => {
    const { container } = stage('stress');
    expect(detailed(container)).toBe(true);
  });
});

describe('Stage: the choice of picture is remembered per class, never past the detailed limits', () => {
  const toggle = (): HTMLElement => screen.getByRole('button', { name: 'Every shelf' });

  it('a teacher who drew every shelf finds it so when she comes back to the class, and the overview again', () => {
    measuredAt(1000, 560);
    let view = stage('stress', 'en', 'play/stress');
    expect(overview(view.container)).toBe(true);
    fireEvent.click(toggle());
    cleanup();
    // Back to the class (a reload, a visit elsewhere and back): every shelf, the button pressed.
    view = stage('stress', 'en', 'play/stress');
    expect(detailed(view.container)).toBe(true);
    expect(toggle().getAttribute('aria-pressed')).toBe('true');
    // Another class keeps its own choice; a page that names none remembers nothing.
    cleanup();
    expect(overview(stage('stress', 'en', 'sandbox').container)).toBe(true);
    cleanup();
    expect(overview(stage('stress').container)).toBe(true);
    cleanup();
    // Back to the overview, and that is what the next visit finds.
    view = stage('stress', 'en', 'play/stress');
    fireEvent.click(toggle());
    expect(overview(view.container)).toBe(true);
    cleanup();
    expect(overview(stage('stress', 'en', 'play/stress').container)).toBe(true);
  });

  it('a remembered every shelf never draws a class past 24 shelves or 32 students in full', () => {
    measuredAt(2400, 1400);
    window.localStorage.setItem('kafka-classroom.picture', JSON.stringify({ sandbox: 'every-shelf' }));
    const busy = findScenario('stress')!.scenario;
    const wide = { ...busy, topics: busy.topics.map((t) => ({ ...t, partitions: 30 })) };
    const { container } = stage(wide, 'en', 'sandbox');
    expect(overview(container)).toBe(true);
    expect(detailed(container)).toBe(false);
    expect(screen.queryByRole('button', { name: 'Every shelf' })).toBeNull();
  });

  it('a damaged or blocked memory draws the overview, as a first visit does', () => {
    measuredAt(1000, 560);
    for (const saved of ['{not json', '["every-shelf"]', '{"play/stress":"yes"}', 'null']) {
      window.localStorage.setItem('kafka-classroom.picture', saved);
      expect(overview(stage('stress', 'en', 'play/stress').container)).toBe(true);
      cleanup();
    }
    vi.spyOn(Storage.prototype, 'getItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    vi.spyOn(Storage.prototype, 'setItem').mockImplementation(() => {
      throw new Error('blocked');
    });
    const { container } = stage('stress', 'en', 'play/stress');
    fireEvent.click(toggle());
    expect(detailed(container)).toBe(true);
  });
});
