import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore } from '../../store/simulator-store';
import type { Badge, Card } from '../../viz/flights';
import type * as CardPainter from './card-painter';
import { Stage } from './stage';
import { stubSilentResizeObserver } from '../../../test/fixtures/silent-resize-observer';

// What the flights' painter paints, frame by frame (the canvas itself is a stand-in: jsdom has none).
const painted = vi.hoisted(() => [] as { cards: readonly Card[]; badges: readonly Badge[] }[]);
vi.mock('./card-painter', async (importOriginal) => {
  const actual = await importOriginal<typeof CardPainter>();
  return {
    ...actual,
    paintFlights: (...args: Parameters<typeof actual.paintFlights>) =>
      void painted.push({ cards: args[2].cards, badges: args[2].badges }),
  };
});

beforeEach(() => {
  painted.length = 0;
  // No worker in jsdom: the painter runs in the page, on a canvas of 1024 x 600 that draws nothing.
  vi.stubGlobal('Worker', undefined);
  stubSilentResizeObserver();
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(1024);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(600);
  const canvas = { width: 0, height: 0 };
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue({
    canvas,
    clearRect: () => undefined,
  } as unknown as CanvasRenderingContext2D);
});
afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

const pileSheets = (): number =>
  [...document.querySelectorAll('.stage-desk-note')].filter((e) => e.getAttribute('visibility') === 'visible')
    .length;

describe("a desk's pile and the cards flying to it", () => {
  it('holds only notes whose cards have landed: none is drawn both in the air and on the pile', () => {
    // One student reading a note a second while the teacher writes three: her polls fetch batches of
    // several notes, whose cards leave the shelf one after another.
    const store = createSimulatorStore(findScenario('teacher-too-fast')!.scenario, { playing: true });
    render(
      <SimulatorProvider store={store}>
        <Stage />
      </SimulatorProvider>,
    );
    let overlapping = 0;
    for (let i = 0; i < 600; i++) {
      act(() => store.getState().tick(50));
      const member = store.getState().snapshot.groups[0]!.members[0]!;
      const frame = painted[painted.length - 1];
      // The notes on the fetched cards in the air (a big batch's rest travels as a count on a badge).
      const inAir = frame
        ? frame.cards.filter((c) => c.kind === 'fetch').length +
          frame.badges.filter((b) => b.id.startsWith('f:')).reduce((n, b) => n + b.count, 0)
        : 0;
      const sheets = pileSheets();
      if (inAir > 0 && sheets > 0) overlapping++;
      // The pile is what is left to read of the notes that have arrived (four sheets at most).
      expect(sheets, `at ${store.getState().renderTime} ms`).toBeLessThanOrEqual(
        Math.max(0, member.batchSize - member.batchDone - inAir),
      );
    }
    // The rule was put to the test: piles shown while later cards of their batch still flew.
    expect(overlapping).toBeGreaterThan(5);
  }, 60_000);
});
