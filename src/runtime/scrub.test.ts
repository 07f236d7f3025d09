import { beforeAll, describe, expect, it } from 'vitest';
import { findScenario } from '../lessons/scenarios';
import { Player } from './player';
import { Scrub } from './scrub';
import { deleting } from '../../test/fixtures/deleting-class';

/**
 * A timeline seek in slices (runtime/scrub.ts) lands exactly where the seek in one go lands, wherever it
 * goes (back within the kept checkpoints, forward into the recorded future, before the rewind floor from
 * time 0, or clipped at the floor), and a seek turned elsewhere part way lands where a fresh seek lands.
 */

const stress = findScenario('stress')!.scenario;

/**
 * Everything the page shows of a Player's moment: the snapshot, the newest events (as the store publishes
 * them; how many older ones the engine's event window still holds depends on the way there, in one go too)
 * and the milestones.
 */
function shown(p: Player): string {
  const snapshot = p.snapshot();
  return JSON.stringify([p.now, snapshot, p.events(Math.max(0, snapshot.eventCount - 200)), p.milestones()]);
}

/** Runs a scrub to its end in slices of `slice` work; returns how many it took. */
function drive(scrub: Scrub, slice: number): number {
  let slices = 1;
  while (!scrub.step(slice)) slices++;
  return slices;
}

describe('a timeline seek in slices', () => {
  let busy: Player;
  let end: number;
  beforeAll(() => {
    busy = new Player(stress);
    busy.advanceTo(90_000);
    end = busy.now;
  });

  it.each([
    ['back within the kept checkpoints', 42_345],
    ['back to time 0', 0],
    ['forward into the recorded future', 88_001],
    ['a moment already shown', 90_000],
  ])('%s: lands where the seek in one go lands, in many slices', (_, target) => {
    busy.seek(end);
    busy.seek(target);
    const once = shown(busy);
    // From somewhere else, so the sliced seek has the same way to go.
    busy.seek(end);
    const scrub = new Scrub(busy, target);
    const slices = drive(scrub, 50);
    // Time 0 is restored, not replayed; the rest replay up to 5 s of the busy school.
    if (target !== end && target !== 0) expect(slices).toBeGreaterThan(5);
    expect(scrub.done).toBe(true);
    expect(scrub.progress).toBe(1);
    expect(shown(busy)).toBe(once);
  });

  it('each slice does at most its work and the rest of one moment, and progress only grows', () => {
    busy.seek(end);
    const scrub = new Scrub(busy, 31_000);
    let progress = 0;
    let most = 0;
    for (;;) {
      const before = scrub.work;
      const done = scrub.step(200);
      most = Math.max(most, scrub.work - before);
      expect(scrub.progress).toBeGreaterThanOrEqual(progress);
      progress = scrub.progress;
      if (done) break;
    }
    // A moment of the busy school (a fetch of every shelf, a batch) is far below a frame's 4,000.
    expect(most).toBeLessThan(200 + 4_000);
    expect(busy.now).toBe(31_000);
  });

  it('turned elsewhere part way (the latest moment wins), it lands where a fresh seek lands', () => {
    busy.seek(27_500);
    const fresh = shown(busy);
    busy.seek(end);
    const scrub = new Scrub(busy, 61_000);
    scrub.step(300);
    scrub.step(300);
    expect(scrub.done).toBe(false);
    // Positions asked in between are never gone to: only the last is.
    for (const t of [55_000, 40_000, 33_000, 27_500]) scrub.retarget(t);
    expect(scrub.askedMs).toBe(27_500);
    drive(scrub, 300);
    expect(shown(busy)).toBe(fresh);
    // And on again, forward, from where it landed.
    scrub.retarget(29_000);
    expect(scrub.done).toBe(false);
    drive(scrub, 300);
    expect(busy.now).toBe(29_000);
  });

  it('stopped part way, the Player is at a true moment of the run', () => {
    busy.seek(end);
    const scrub = new Scrub(busy, 14_900);
    for (let i = 0; i < 2; i++) scrub.step(300);
    expect(scrub.done).toBe(false);
    const reached = busy.now;
    expect(reached).toBeGreaterThan(10_000);
    expect(reached).toBeLessThan(14_900);
    const there = shown(busy);
    const fresh = new Player(stress);
    fresh.advanceTo(reached);
    expect(JSON.stringify(fresh.snapshot())).toBe(JSON.stringify(busy.snapshot()));
    busy.seek(end);
    busy.seek(reached);
    expect(shown(busy)).toBe(there);
  });
});

describe('a timeline seek in slices before the rewind floor', () => {
  let p: Player;
  let floor: number;
  beforeAll(() => {
    p = new Player(deleting);
    p.advanceTo(300_000);
    floor = p.rewindFloorMs;
  });

  it('clipped at the floor where the replay from time 0 is too heavy, replayed from 0 where it is light', () => {
    const span = p.unreachable()!;
    expect(span).not.toBeNull();
    for (const target of [span.fromMs + 1_000, span.fromMs - 2_000, floor + 3_000]) {
      p.seek(300_000);
      p.seek(target);
      const once = shown(p);
      p.seek(300_000);
      const scrub = new Scrub(p, target);
      expect(scrub.clipped).toBe(target >= span.fromMs && target < floor);
      // Clipped, it restores the floor's checkpoint; otherwise it replays, from time 0 or that checkpoint.
      expect(drive(scrub, 500)).toBeGreaterThan(scrub.clipped ? 0 : 1);
      expect(shown(p)).toBe(once);
      expect(p.now).toBe(scrub.targetMs);
    }
  }, 120_000);
});
