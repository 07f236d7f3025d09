import { act, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore } from '../../store/simulator-store';
import { Stage } from './stage';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  delete (SVGElement.prototype as Partial<SVGElement>).animate;
});

describe("a tape's slide", () => {
  it('animates only groups that draw something (an empty one would run on the main thread)', () => {
    const animated: Element[] = [];
    // jsdom has no Web Animations: a stand-in that records its targets.
    (SVGElement.prototype as { animate: unknown }).animate = function (this: Element) {
      animated.push(this);
      return { playbackRate: 1, currentTime: 0, pause: () => undefined, cancel: () => undefined };
    };
    // The light class at 5 s: its log start is off the tape, so that group of the slide is empty.
    const store = createSimulatorStore(findScenario('note-taking-machine')!.scenario, { timeMs: 5_000 });
    const view = render(
      <SimulatorProvider store={store}>
        <Stage />
      </SimulatorProvider>,
    );
    act(() => store.getState().play());
    for (let i = 0; i < 120; i++) act(() => store.getState().tick(1000 / 60));
    expect(animated.length).toBeGreaterThan(0);
    for (const target of animated) expect(target.childElementCount).toBeGreaterThan(0);
    view.unmount();
  });
});
