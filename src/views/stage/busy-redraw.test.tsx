import { act, render } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createSimulatorStore } from '../../store/simulator-store';
import * as labels from './labels';
import { Stage } from './stage';

// A desk's render asks for its 'read' label once: counting the calls counts the desks drawn.
vi.mock('./labels', async (original) => {
  const actual = await original<typeof labels>();
  return { ...actual, processedLabel: vi.fn(actual.processedLabel) };
});

// jsdom has no canvas: the notes in flight are not drawn here (flight-scene.test.ts tests them).
beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});

/**
 * The busy school at 8x, two wall seconds at 60 frames a second: per frame, which DOM changes the shelves'
 * layer and the desks saw (a MutationObserver's records, taken after each frame).
 */
function busySchool() {
  const store = createSimulatorStore(findScenario('stress')!.scenario, { timeMs: 90_000, speed: 8 });
  const view = render(
    <SimulatorProvider store={store}>
      <Stage />
    </SimulatorProvider>,
  );
  const layer = view.container.querySelector('.stage-layer')!;
  const furniture = view.container.querySelector('.stage-svg')!;
  const overlay = view.container.querySelector('.stage-overlay')!;
  // Records are taken after each frame (takeRecords), so the callback has nothing to do.
  const observer = new MutationObserver(() => undefined);
  observer.observe(view.container, { subtree: true, attributes: true, characterData: true, childList: true });
  act(() => store.getState().play());
  observer.takeRecords();
  const onBody = (r: MutationRecord): boolean =>
    r.target instanceof Element && r.target.classList.contains('stage-ribbon-body');
  const frames: {
    cellMoves: number;
    shelves: number;
    desks: number;
    furniture: number;
    piles: number;
    deskRenders: number;
    ribbonMoves: number;
    ribbonRedrawn: number;
  }[] = [];
  const deskRenders = vi.mocked(labels.processedLabel);
  for (let frame = 0; frame < 120; frame++) {
    deskRenders.mockClear();
    act(() => store.getState().tick(1000 / 60));
    const records = observer.takeRecords();
    const onCell = (r: MutationRecord): boolean =>
      r.target instanceof Element && r.target.classList.contains('stage-cell');
    frames.push({
      cellMoves: records.filter((r) => r.attributeName === 'transform' && onCell(r)).length,
      shelves: records.filter((r) => layer.contains(r.target)).length,
      desks: records.filter(
        (r) => furniture.contains(r.target) && r.target.parentElement?.closest('.stage-desk-card') !== null,
      ).length,
      furniture: records.filter((r) => furniture.contains(r.target)).length,
      piles: records.filter(
        (r) => overlay.contains(r.target) && r.target.parentElement?.closest('.stage-desk-pile') !== null,
      ).length,
      deskRenders: deskRenders.mock.calls.length,
      // A bookmark's ribbon moved as one (its group's transform) or had its outline or texts placed anew.
      ribbonMoves: records.filter(
        (r) =>
          r.attributeName === 'transform' &&
          r.target instanceof Element &&
          r.target.classList.contains('stage-ribbon'),
      ).length,
      ribbonRedrawn: records.filter(
        (r) =>
          (r.attributeName === 'x' || (r.attributeName === 'd' && onBody(r))) &&
          r.target instanceof Element &&
          r.target.closest('.stage-ribbon') !== null,
      ).length,
    });
  }
  observer.disconnect();
  view.unmount();
  return { frames, store };
}

describe('the busy school at 8x: streaming shelves and text redraw together, cells in place', () => {
  it('redraws its streaming shelves without moving a cell, on the frames the desks redraw', () => {
    const { frames, store } = busySchool();
    // Two wall seconds at 8x did play, within page numbers of four digits (the layout keeps its cells' width).
    expect(store.getState().renderTime).toBeGreaterThan(105_000);
    const shelfFrames = frames.flatMap((f, i) => (f.shelves > 0 ? [i] : []));
    const deskFrames = new Set(frames.flatMap((f, i) => (f.desks > 0 ? [i] : [])));
    // Twice a wall second (BUSY_REFRESH_MS), give or take the first frame: the shelves did redraw...
    expect(shelfFrames.length).toBeGreaterThanOrEqual(3);
    expect(shelfFrames.length).toBeLessThanOrEqual(6);
    // ...each time keeping every cell where it stands (a still tape changes numbers and colours)...
    expect(frames.reduce((n, f) => n + f.cellMoves, 0)).toBe(0);
    // ...and on a frame where the desks redrew too, from the same moment: one heavy frame, not two.
    for (const i of shelfFrames) expect(deskFrames.has(i)).toBe(true);
    // The desks are drawn on those frames only.
    const deskRenderFrames = frames.flatMap((f, i) => (f.deskRenders > 0 ? [i] : []));
    expect(deskRenderFrames.length).toBeGreaterThan(0);
    for (const i of deskRenderFrames) expect(shelfFrames).toContain(i);
  }, 60_000);

  it('changes the furniture only when the text redraws: piles of notes land on the overlay', () => {
    const { frames } = busySchool();
    const textFrames = frames.flatMap((f, i) => (f.desks > 0 ? [i] : []));
    // A pile shows once its notes landed, a few frames after the text: on the overlay, a layer of its own
    // (in each desk, every landing changed the furniture's SVG, which the browser repaints whole).
    const pileFrames = frames.flatMap((f, i) => (f.piles > 0 ? [i] : []));
    expect(pileFrames.filter((i) => !textFrames.includes(i)).length).toBeGreaterThan(0);
    const furnitureFrames = frames.flatMap((f, i) => (f.furniture > 0 ? [i] : []));
    expect(furnitureFrames).toEqual(textFrames);
  }, 60_000);

  it('moves a bookmark along a stream as one: its outline, tag and banner keep their own places', () => {
    const { frames } = busySchool();
    // The bookmarks did move (the tape stands still, placed from the log end, and the bookmarks advance)...
    expect(frames.reduce((n, f) => n + f.ribbonMoves, 0)).toBeGreaterThan(30);
    // ...each by its group's transform: no text laid out again for its place, no outline parsed again
    // (the ribbons' outlines, tags and banners changed about 120 attributes a redraw).
    expect(frames.reduce((n, f) => n + f.ribbonRedrawn, 0)).toBe(0);
  }, 60_000);
});
