import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CHECKPOINT_INTERVAL_MS, CheckpointStore, MAX_CHECKPOINTS } from './checkpoints';
import { buildWorld, newGroup } from './build-world';
import { Interner } from '../../shared/interner';
import type { World } from '../kernel/world';
import type { Scenario } from '../scenario/types';

const scenario: Scenario = {
  seed: 7,
  topics: [{ name: 'notes', partitions: 2 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2 }],
  groups: [],
};

function worldAt(timeMs: number): World {
  const world = buildWorld(scenario, new Interner(), new Interner());
  world.now = timeMs;
  return world;
}

/** The store's contents as times, oldest first, read back through findAtOrBefore. */
function times(store: CheckpointStore, upTo: number): number[] {
  const out: number[] = [];
  let t = upTo;
  for (;;) {
    const cp = store.findAtOrBefore(t);
    if (cp === undefined) break;
    out.unshift(cp.timeMs);
    t = cp.timeMs - 1;
  }
  return out;
}

describe('CheckpointStore', () => {
  it('is empty at first: nothing found, oldest -1, count 0', () => {
    const store = new CheckpointStore(worldAt(0));
    expect(store.count).toBe(0);
    expect(store.oldestTimeMs).toBe(-1);
    expect(store.findAtOrBefore(1_000_000)).toBeUndefined();
    expect(store.has(0)).toBe(false);
  });

  it('behaves as a sorted set of times (first checkpoint at a time wins) under random adds, drops and queries', () => {
    type Op =
      | { kind: 'add'; t: number }
      | { kind: 'dropAfter'; t: number }
      | { kind: 'dropOldest' }
      | { kind: 'find'; t: number };
    const t = fc.integer({ min: 0, max: 200 }).map((k) => k * 500);
    const op: fc.Arbitrary<Op> = fc.oneof(
      { weight: 5, arbitrary: fc.record({ kind: fc.constant('add' as const), t }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropAfter' as const), t }) },
      { weight: 1, arbitrary: fc.record({ kind: fc.constant('dropOldest' as const) }) },
      { weight: 3, arbitrary: fc.record({ kind: fc.constant('find' as const), t }) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 80 }), (ops) => {
        const store = new CheckpointStore(worldAt(0));
        /** Model: time -> the seed marker of the world added first at that time. */
        const model = new Map<number, number>();
        ops.forEach((o, i) => {
          if (o.kind === 'add') {
            const world = worldAt(o.t);
            world.timerSeq = i; // a marker telling which add a checkpoint came from
            store.add(world);
            if (!model.has(o.t)) model.set(o.t, i);
          } else if (o.kind === 'dropAfter') {
            store.dropAfter(o.t);
            for (const k of [...model.keys()]) if (k > o.t) model.delete(k);
          } else if (o.kind === 'dropOldest') {
            store.dropOldest();
            if (model.size > 0) model.delete(Math.min(...model.keys()));
          } else {
            const below = [...model.keys()].filter((k) => k <= o.t);
            const want = below.length > 0 ? Math.max(...below) : undefined;
            const cp = store.findAtOrBefore(o.t);
            expect(cp?.timeMs).toBe(want);
            if (cp !== undefined) {
              expect(cp.world.now).toBe(cp.timeMs);
              expect(cp.world.timerSeq).toBe(model.get(cp.timeMs));
            }
            expect(store.has(o.t)).toBe(model.has(o.t));
          }
          const sorted = [...model.keys()].sort((a, b) => a - b);
          expect(store.count).toBe(sorted.length);
          expect(store.oldestTimeMs).toBe(sorted[0] ?? -1);
        });
        expect(times(store, 1_000_000)).toEqual([...model.keys()].sort((a, b) => a - b));
      }),
      { numRuns: 200 },
    );
  });

  it('keeps a copy: changing the world after add does not change the checkpoint', () => {
    const store = new CheckpointStore(worldAt(0));
    const world = worldAt(CHECKPOINT_INTERVAL_MS);
    world.groups.push(newGroup(world, { id: 'class', topics: ['notes'], members: [] }));
    store.add(world);
    world.now = 99_999;
    world.rng[0] = 12345;
    world.producers[0]!.sent = 42;
    world.groups[0]!.committed[0] = 17;
    world.topics[0]!.partitions[0]!.logEndOffset = 9;
    world.timers.push({ time: 1, seq: 1, task: { kind: 'retentionCheck' } });
    const cp = store.findAtOrBefore(CHECKPOINT_INTERVAL_MS)!;
    expect(cp.world.now).toBe(CHECKPOINT_INTERVAL_MS);
    expect(cp.world.rng[0]).not.toBe(12345);
    expect(cp.world.producers[0]!.sent).toBe(0);
    expect(cp.world.groups[0]!.committed[0]).toBeNull();
    expect(cp.world.topics[0]!.partitions[0]!.logEndOffset).toBe(0);
    expect(cp.world.timers.size).toBe(0);
  });

  it('gives a fresh copy of the initial world every time', () => {
    const initial = worldAt(0);
    const store = new CheckpointStore(initial);
    const a = store.initialWorld();
    a.now = 5;
    a.producers[0]!.sent = 3;
    a.rng[1] = 1;
    const b = store.initialWorld();
    expect(b.now).toBe(0);
    expect(b.producers[0]!.sent).toBe(0);
    expect(b.rng).toEqual(initial.rng);
    expect(b).not.toBe(a);
  });

  it('thins older checkpoints past MAX_CHECKPOINTS, keeping the oldest, the newest half, and order', () => {
    const store = new CheckpointStore(worldAt(0));
    const n = MAX_CHECKPOINTS + 10;
    for (let i = 0; i < n; i++) store.add(worldAt(i * CHECKPOINT_INTERVAL_MS));
    expect(store.count).toBeLessThanOrEqual(MAX_CHECKPOINTS);
    expect(store.count).toBeGreaterThan(MAX_CHECKPOINTS / 2);
    const kept = times(store, n * CHECKPOINT_INTERVAL_MS);
    expect(kept.length).toBe(store.count);
    expect(kept[0]).toBe(0);
    expect(kept[kept.length - 1]).toBe((n - 1) * CHECKPOINT_INTERVAL_MS);
    for (let i = 1; i < kept.length; i++) expect(kept[i]!).toBeGreaterThan(kept[i - 1]!);
    // The newest ones are all still there, one per interval.
    const newest = kept.slice(-MAX_CHECKPOINTS / 4);
    newest.forEach((t, i) => {
      if (i > 0) expect(t - newest[i - 1]!).toBe(CHECKPOINT_INTERVAL_MS);
    });
    // Every moment still finds the latest checkpoint kept at or before it.
    for (const t of [0, 1, 7_777, 3_000_000, n * CHECKPOINT_INTERVAL_MS]) {
      const want = Math.max(...kept.filter((k) => k <= t));
      expect(store.findAtOrBefore(t)?.timeMs).toBe(want);
    }
  });
});
