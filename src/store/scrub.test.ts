import { describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { createSimulatorStore, type SimulatorStore } from './simulator-store';

/**
 * Scrubbing the timeline in slices (the store's `seeking`, runtime/scrub.ts): positions asked while a seek
 * runs are coalesced (the latest wins, none is replayed), the seek lands where the seek in one go lands,
 * and Cancel or any other action leaves the class at a true moment.
 */

const stress = findScenario('stress')!.scenario;
/** The busy school played a minute and a half: a seek back replays up to 5 s of it from a checkpoint. */
const busy = (): SimulatorStore => createSimulatorStore(stress, { timeMs: 90_000 });

/** What the page shows of a store's moment. */
function shown(store: SimulatorStore): string {
  const s = store.getState();
  return JSON.stringify([s.renderTime, s.snapshot, s.recentEvents, s.milestones, s.samples, s.horizonMs]);
}

/** Runs the seek under way to its landing, `slice` work at a time; returns the slices it took. */
function drive(store: SimulatorStore, slice: number): number {
  const run = store.getState().seeking?.run;
  let slices = 0;
  while (run !== undefined && !run.advance(slice)) slices++;
  return slices + 1;
}

describe('scrubbing the timeline in slices', () => {
  it('coalesces the positions asked meanwhile: no work for them, and it lands where a seek in one go lands', () => {
    const once = busy();
    once.getState().seek(14_900);
    const sliced = busy();
    sliced.getState().seek(61_000, 100);
    const seeking = sliced.getState().seeking;
    expect(seeking).not.toBeNull();
    expect(seeking!.targetMs).toBe(61_000);
    // The picture stays at the moment it showed until the seek lands.
    expect(sliced.getState().snapshot.timeMs).toBe(90_000);
    const work = seeking!.run.work;
    for (const t of [50_000, 31_000, 20_000, 14_900]) sliced.getState().seek(t, 100);
    expect(sliced.getState().seeking!.run.work).toBe(work);
    expect(sliced.getState().seeking!.run).toBe(seeking!.run);
    expect(sliced.getState().seeking!.askedMs).toBe(14_900);
    expect(drive(sliced, 300)).toBeGreaterThan(5);
    expect(sliced.getState().seeking).toBeNull();
    expect(shown(sliced)).toBe(shown(once));
    expect(sliced.getState().seekClipped).toBeNull();
  });

  it('a light seek lands in its first slice, as before', () => {
    const store = busy();
    // 10 ms on: less than a slice's first piece of work.
    store.getState().seek(90_010, 1_000);
    expect(store.getState().seeking).toBeNull();
    expect(store.getState().snapshot.timeMs).toBe(90_010);
  });

  it('holds the playhead while it runs, and plays on from where it lands', () => {
    const store = busy();
    store.getState().play();
    store.getState().seek(33_000, 100);
    store.getState().tick(100);
    expect(store.getState().renderTime).toBe(90_000);
    drive(store, 1_000);
    expect(store.getState().playing).toBe(true);
    expect(store.getState().renderTime).toBe(33_000);
    store.getState().tick(100);
    expect(store.getState().renderTime).toBeGreaterThan(33_000);
  });

  it('Cancel shows the moment it reached, paused, and says so', () => {
    const store = busy();
    store.getState().play();
    store.getState().seek(44_900, 100);
    const run = store.getState().seeking!.run;
    for (let i = 0; i < 5; i++) expect(run.advance(100)).toBe(false);
    expect(run.progress).toBeGreaterThan(0);
    expect(run.progress).toBeLessThan(1);
    store.getState().cancelSeek();
    const s = store.getState();
    expect(s.seeking).toBeNull();
    expect(s.playing).toBe(false);
    const reached = s.snapshot.timeMs;
    expect(reached).toBeGreaterThanOrEqual(40_000);
    expect(reached).toBeLessThan(44_900);
    expect(s.renderTime).toBe(reached);
    expect(s.seekClipped).toEqual({ askedMs: 44_900, landedMs: reached, stopped: true });
    // A true moment of the class: what a seek in one go to it shows.
    const once = busy();
    once.getState().seek(reached);
    expect(JSON.stringify(s.snapshot)).toBe(JSON.stringify(once.getState().snapshot));
    // The handle of a stopped seek does nothing more.
    expect(run.advance(100_000)).toBe(true);
    expect(store.getState().snapshot.timeMs).toBe(reached);
  });

  it('any other action stops it where it is before acting', () => {
    const store = busy();
    store.getState().seek(44_900, 100);
    store.getState().seeking!.run.advance(300);
    store.getState().stepForward();
    expect(store.getState().seeking).toBeNull();
    const at = store.getState().snapshot.timeMs;
    expect(at).toBeGreaterThan(40_000);
    expect(at).toBeLessThan(44_900);
    expect(store.getState().seekClipped).toBeNull();
  });
});
