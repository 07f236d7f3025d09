import { act, cleanup, render } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { findLesson } from '../../lessons/course';
import type { Lesson } from '../../lessons/lesson';
import { findScenario } from '../../lessons/scenarios';
import { planLesson } from '../../runtime/lesson-plan';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import type { Card } from '../../viz/flights';
import type * as CardPainter from './card-painter';
import { Stage } from './stage';
import { stubSilentResizeObserver } from '../../../test/fixtures/silent-resize-observer';

// What the flights' painter paints, frame by frame (the canvas itself is a stand-in: jsdom has none).
const painted = vi.hoisted(() => [] as (readonly Card[])[]);
vi.mock('./card-painter', async (importOriginal) => {
  const actual = await importOriginal<typeof CardPainter>();
  return {
    ...actual,
    paintFlights: (...args: Parameters<typeof actual.paintFlights>) => void painted.push(args[2].cards),
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

/** A lesson on the stage, entered at `step` (0-based) as the lesson page enters it. */
function lessonAt(lesson: Lesson, step: number): SimulatorStore {
  const scenario = findScenario(lesson.scenarioId)!.scenario;
  const store = createSimulatorStore(scenario, {
    lesson: { lesson, plan: planLesson(lesson, scenario), step },
  });
  store.getState().goToStep(step);
  render(
    <SimulatorProvider store={store}>
      <Stage />
    </SimulatorProvider>,
  );
  return store;
}

/** Plays at 1x in frames of 50 ms until the step pauses at its end (a question is revealed first). */
function playStep(store: SimulatorStore): void {
  act(() => {
    if (store.getState().lesson!.phase === 'asking') store.getState().reveal();
  });
  for (let i = 0; i < 2_000 && store.getState().playing; i++) act(() => store.getState().tick(50));
}

const lastPainted = (): readonly Card[] => painted[painted.length - 1]!;
const pendingCells = (): number => document.querySelectorAll('.stage-cell--pending').length;
const pileSheets = (): number =>
  [...document.querySelectorAll('.stage-desk-note')].filter((e) => e.getAttribute('visibility') === 'visible')
    .length;

describe('the stage between lesson steps', () => {
  it('"Copies" step 6 pauses at its end with every card landed, where the numbers already count it', () => {
    const copies = findLesson('copies')!;
    const store = lessonAt(copies, 5);
    playStep(store);
    const s = store.getState();
    expect(s.lesson!.phase).toBe('done');
    expect(s.renderTime).toBe(s.lesson!.plan.steps[5]!.endMs);
    // No card hangs in the air, no slot waits empty for one.
    expect(painted.length).toBeGreaterThan(0);
    expect(lastPainted()).toEqual([]);
    expect(pendingCells()).toBe(0);
    // Ana's pile holds what she fetched and has not read, as her desk's numbers say.
    const ana = s.snapshot.groups[0]!.members[0]!;
    expect(pileSheets()).toBe(Math.min(4, ana.batchSize - ana.batchDone));
    // The clock and the step's progress keep the step's end: only the motion is drawn settled.
    expect(s.renderTime).toBe(s.lesson!.plan.steps[5]!.endMs);
  });

  it('with reduced motion too: no note half faded in on its shelf, no copy half faded in at a desk', () => {
    vi.stubGlobal('matchMedia', (query: string) => ({ matches: query.includes('reduce'), media: query }));
    const store = lessonAt(findLesson('copies')!, 5);
    playStep(store);
    expect(store.getState().lesson!.phase).toBe('done');
    expect(lastPainted()).toEqual([]);
    expect(document.querySelectorAll('.stage-cell[opacity]')).toHaveLength(0);
  });

  it('paused by hand a moment before that end, the frozen frame shows the cards where they are', () => {
    const copies = findLesson('copies')!;
    const store = lessonAt(copies, 5);
    const { startMs, endMs } = store.getState().lesson!.plan.steps[5]!;
    // From the step's entry (startMs - 1) to a millisecond before its end, then Pause.
    for (let t = startMs - 1; t < endMs - 1; t += 100)
      act(() => store.getState().tick(Math.min(100, endMs - 1 - t)));
    act(() => store.getState().pause());
    expect(store.getState().renderTime).toBe(endMs - 1);
    expect(lastPainted().length).toBeGreaterThan(0);
    expect(lastPainted().some((c) => c.kind === 'write')).toBe(true);
    expect(pendingCells()).toBeGreaterThan(0);
  });

  it('Back shows the previous step settled; Next plays the step with its cards flying', () => {
    const copies = findLesson('copies')!;
    const store = lessonAt(copies, 5);
    playStep(store);
    act(() => store.getState().previousStep());
    expect(store.getState().lesson!.step).toBe(4);
    expect(lastPainted()).toEqual([]);
    expect(pendingCells()).toBe(0);
    // Play at a step's end enters the next step: it plays from the previous step's end, cards in the air.
    act(() => store.getState().play());
    expect(store.getState().playing).toBe(true);
    expect(lastPainted().length).toBeGreaterThan(0);
    playStep(store);
    expect(store.getState().lesson!.step).toBe(5);
    expect(lastPainted()).toEqual([]);
  });

  it('while a step asks its question, the class sees the previous step settled', () => {
    // "The sleepy student" step 2 asks, entered at step 1's end with a note in the air.
    const sleepy = findLesson('sleepy-student')!;
    const store = lessonAt(sleepy, 0);
    playStep(store);
    expect(lastPainted()).toEqual([]);
    act(() => store.getState().nextStep());
    expect(store.getState().lesson!.phase).toBe('asking');
    expect(lastPainted()).toEqual([]);
    expect(pendingCells()).toBe(0);
  });
});
