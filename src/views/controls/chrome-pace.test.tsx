import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore } from '../../store/simulator-store';
import { useTextSample } from '../../store/use-sampled';
import { ControlBar } from './control-bar';

afterEach(cleanup);

/**
 * Frames on which the player chrome (time readout, timeline) changed the DOM while a class plays for two
 * wall seconds at 60 frames a second, and how many of them were frames the text (desks, captions,
 * charts) redrew on anyway: work counted, not timed (issue 12).
 */
function chromeFrames(scenario: string, speed: number) {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs: 30_000, speed });
  let textSample: unknown = null;
  function TextProbe() {
    textSample = useTextSample();
    return null;
  }
  const view = render(
    <SimulatorProvider store={store}>
      <ControlBar />
      <TextProbe />
    </SimulatorProvider>,
  );
  const observer = new MutationObserver(() => undefined);
  observer.observe(view.container, { subtree: true, attributes: true, characterData: true, childList: true });
  act(() => store.getState().play());
  observer.takeRecords();
  let chrome = 0;
  let alone = 0;
  for (let frame = 0; frame < 120; frame++) {
    const before = textSample;
    act(() => store.getState().tick(1000 / 60));
    const changed = observer.takeRecords().some((r) => {
      const target = r.target instanceof Element ? r.target : r.target.parentElement;
      return target?.closest('.time-readout, .timeline__range') != null;
    });
    if (!changed) continue;
    chrome++;
    if (textSample === before) alone++;
  }
  observer.disconnect();
  return { chrome, alone };
}

describe('the player chrome while a class plays', () => {
  it('in the busy school at 8x, steps four times a wall second, every other time with the text', () => {
    const { chrome, alone } = chromeFrames('stress', 8);
    // It stepped ten times a second, eight of them on frames of their own (each a style, layout and paint).
    expect(chrome).toBeGreaterThanOrEqual(7);
    expect(chrome).toBeLessThanOrEqual(9);
    expect(alone).toBeLessThanOrEqual(chrome / 2 + 1);
  });

  it('in a calm class, keeps its period (CHROME_REFRESH_MS) on frames that come every 1/60 s', () => {
    // The page itself sleeps between its moments there and wakes for the clock every CALM_CLOCK_MS.
    const { chrome } = chromeFrames('sleepy-student', 1);
    expect(chrome).toBeGreaterThanOrEqual(19);
    expect(chrome).toBeLessThanOrEqual(21);
  });
});
