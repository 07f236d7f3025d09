import { describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { createSimulatorStore } from '../../store/simulator-store';
import { flightInput } from '../../viz/flight-scene';
import { NameTable, packWorld, unpackWorld } from './flights-pack';

/** A class's snapshots at `times`, played through in order as a page would post them. */
function snapshotsOf(scenario: string, times: readonly number[]) {
  const store = createSimulatorStore(findScenario(scenario)!.scenario);
  return times.map((t) => {
    store.getState().seek(t);
    return store.getState().snapshot;
  });
}

/** Objects and arrays a structured clone walks one by one (a typed array is copied whole). */
function objectsIn(value: unknown): number {
  if (value === null || typeof value !== 'object' || ArrayBuffer.isView(value)) return 0;
  return 1 + Object.values(value).reduce<number>((n, v) => n + objectsIn(v), 0);
}

describe('the flights world the page posts to the painter', () => {
  it.each([
    ['stress', [0, 7_500, 7_517, 90_000, 60_000]],
    ['spanish-translation', [0, 40_000, 41_000]],
    ['keys-and-order', [20_000, 0]],
    ['calling-backup', [0, 30_000]],
  ])('unpacks to what the painter read before, moment after moment (%s)', (scenario, times) => {
    const page = new NameTable();
    const painter: string[] = [];
    for (const snapshot of snapshotsOf(scenario, times)) {
      const packed = packWorld(snapshot, page);
      expect(unpackWorld(packed, painter)).toEqual(flightInput(snapshot));
    }
    // Each name was posted once.
    expect(new Set(painter).size).toBe(painter.length);
  });

  it("is two objects to copy, not one per note (the busy school's world was over 300), with no names once known", () => {
    const [first, next] = snapshotsOf('stress', [90_000, 90_017]);
    // Some students hold a batch on its way to their desks, and the shelves their newest notes.
    expect(first!.groups.some((g) => g.members.some((m) => m.batch.length > 0))).toBe(true);
    expect(objectsIn(flightInput(first!))).toBeGreaterThan(300);
    const table = new NameTable();
    expect(packWorld(first!, table).names.length).toBeGreaterThan(0);
    const packed = packWorld(next!, table);
    expect(packed.names).toEqual([]);
    expect(objectsIn(packed)).toBe(2);
  });
});
