import { act, cleanup, render } from '@testing-library/react';
import { Profiler } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../src/lessons/scenarios';
import { driveFrames } from '../../src/store/frame-driver';
import { SimulatorProvider } from '../../src/store/context';
import { CALM_CLOCK_MS } from '../../src/store/pace';
import { createPrefsStore, PrefsProvider } from '../../src/store/prefs';
import { createSimulatorStore } from '../../src/store/simulator-store';
import { ControlBar } from '../../src/views/controls/control-bar';
import { Stage } from '../../src/views/stage/stage';
import { fakeRequestAnimationFrame, resetFakeFrames } from './fake-frames';

/**
 * The work React does for the lightest class playing at 1x (issue 12), counted in fake time: the commits
 * of the stage and of the player's controls a simulated second, and what the time readout shows meanwhile.
 */
beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date', 'performance'] });
  resetFakeFrames();
  vi.stubGlobal('requestAnimationFrame', fakeRequestAnimationFrame);
  vi.stubGlobal('cancelAnimationFrame', (h: ReturnType<typeof setTimeout>) => clearTimeout(h));
  // jsdom has no canvas: the notes in flight are not drawn here.
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.useRealTimers();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

/** "0:05.2" as render time (ms). */
function readClock(text: string): number {
  const [m, s] = text.split(':') as [string, string];
  return (Number(m) * 60 + Number(s)) * 1000;
}

/** The lightest class at 5 s, its stage and controls drawn, each under a Profiler counting commits. */
function lightClass() {
  const store = createSimulatorStore(findScenario('note-taking-machine')!.scenario, { timeMs: 5_000 });
  const commits = { stage: 0, controls: 0 };
  const view = render(
    <PrefsProvider store={createPrefsStore('en')}>
      <SimulatorProvider store={store}>
        <Profiler id="stage" onRender={() => void commits.stage++}>
          <Stage />
        </Profiler>
        <Profiler id="controls" onRender={() => void commits.controls++}>
          <ControlBar />
        </Profiler>
      </SimulatorProvider>
    </PrefsProvider>,
  );
  const counts = { updates: 0 };
  store.subscribe(() => void counts.updates++);
  const stop = driveFrames(store);
  act(() => store.getState().play());
  commits.stage = 0;
  commits.controls = 0;
  counts.updates = 0;
  return { store, view, commits, counts, stop };
}

describe('the lightest class at 1x, drawn', () => {
  it('commits the stage only at its moments, and its clock steps every two tenths between them', () => {
    const { store, view, commits, counts, stop } = lightClass();
    const readout = view.container.querySelector('.time-readout__now')!;
    const shown = new Set<string>();
    const wallMs = 10_000;
    for (let t = 0; t < wallMs; t += 50) {
      act(() => vi.advanceTimersByTime(50));
      shown.add(readout.textContent!);
      // What the readout shows is the playback clock now, within a step (the clock never sleeps behind).
      const clock = 5_000 + t + 50;
      expect(readClock(readout.textContent!)).toBeLessThanOrEqual(clock);
      expect(readClock(readout.textContent!)).toBeGreaterThan(clock - CALM_CLOCK_MS - 60);
    }
    act(() => store.getState().pause());
    stop();
    const seconds = wallMs / 1000;
    // Five steps of the clock a second, as before, on the clocks' own timer (use-clock-time.ts; a browser
    // without Web Animations, as here, draws the clock as text)...
    expect(shown.size / seconds).toBeGreaterThanOrEqual(4.8);
    // ...while the store is updated at the class's own moments only, about three a second (it was six in
    // this fake browser, ten in Chromium, where each drew twice): what subscribes to it works as often.
    expect(counts.updates / seconds).toBeLessThan(3.5);
    // The stage redraws at those moments at most; the controls at those and the clock's steps.
    expect(commits.stage).toBeLessThanOrEqual(counts.updates);
    expect(commits.controls / seconds).toBeLessThan(8);
    view.unmount();
  });

  it("turns its clock in the browser: the controls redraw at the class's moments, not at each tenth", () => {
    const animations: { target: Element; easing: string; duration: number; anim: FakeAnimation }[] = [];
    // jsdom has no Web Animations: a stand-in that records what was asked of it.
    (Element.prototype as { animate: unknown }).animate = function (
      this: Element,
      _keyframes: Keyframe[],
      options: KeyframeAnimationOptions,
    ) {
      const anim: FakeAnimation = {
        playbackRate: 1,
        currentTime: 0,
        pause: () => undefined,
        cancel: () => undefined,
      };
      animations.push({
        target: this,
        easing: String(options.easing),
        duration: Number(options.duration),
        anim,
      });
      return anim;
    };
    try {
      const { store, view, commits, counts, stop } = lightClass();
      const digits = () => animations.filter((a) => a.target.classList.contains('time-readout__strip'));
      // Tens and ones of seconds, and the tenths two by two (0, 2, 4, 6, 8): one turn a second.
      expect(digits().map((a) => [a.duration, a.easing])).toEqual([
        [60_000, 'steps(6)'],
        [10_000, 'steps(10)'],
        [1_000, 'steps(5)'],
      ]);
      // Set to the render time within each digit's turn, at the playback speed.
      expect(digits().map((a) => a.anim.currentTime)).toEqual([5_000, 5_000, 0]);
      const wallMs = 10_000;
      for (let t = 0; t < wallMs; t += 50) act(() => vi.advanceTimersByTime(50));
      act(() => store.getState().pause());
      stop();
      const seconds = wallMs / 1000;
      // The digits were set up once, not at each step; the minute did not turn.
      expect(digits()).toHaveLength(3);
      // The controls redrew at the class's moments only (it was six times a second, one a clock step).
      expect(commits.controls / seconds).toBeLessThan(3.5);
      expect(commits.controls).toBeLessThanOrEqual(counts.updates + 1);
      expect(commits.stage).toBeLessThanOrEqual(counts.updates);
      // Paused, the clock is text again, at the live moment.
      const readout = view.container.querySelector('.time-readout__now')!;
      expect(readClock(readout.textContent!)).toBe(Math.floor(store.getState().renderTime / 100) * 100);
      view.unmount();
    } finally {
      delete (Element.prototype as Partial<Element>).animate;
    }
  });
});

interface FakeAnimation {
  playbackRate: number;
  currentTime: number;
  pause(): void;
  cancel(): void;
}
