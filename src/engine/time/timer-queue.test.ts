import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { TimerQueue, type Timer } from './timer-queue';

const timer = (time: number, seq: number): Timer => ({ time, seq, task: { kind: 'retentionCheck' } });
const order = (a: Timer, b: Timer): number => a.time - b.time || a.seq - b.seq;

describe('TimerQueue', () => {
  it('is empty at first', () => {
    const q = new TimerQueue();
    expect(q.size).toBe(0);
    expect(q.peek()).toBeUndefined();
    expect(q.pop()).toBeUndefined();
  });

  it('pops in (time, seq) order under any mix of pushes and pops, ties included', () => {
    type Op = { kind: 'push'; time: number } | { kind: 'pop' };
    const op: fc.Arbitrary<Op> = fc.oneof(
      {
        weight: 3,
        arbitrary: fc.record({ kind: fc.constant('push' as const), time: fc.integer({ min: 0, max: 20 }) }),
      },
      { weight: 2, arbitrary: fc.record({ kind: fc.constant('pop' as const) }) },
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 300 }), (ops) => {
        const q = new TimerQueue();
        const model: Timer[] = [];
        let seq = 0;
        for (const o of ops) {
          if (o.kind === 'push') {
            const t = timer(o.time, seq++);
            q.push(t);
            model.push(t);
            model.sort(order);
          } else {
            expect(q.pop()).toBe(model.shift());
          }
          expect(q.size).toBe(model.length);
          expect(q.peek()).toBe(model[0]);
        }
        // Draining gives the rest in order.
        const rest: Timer[] = [];
        for (let t = q.pop(); t !== undefined; t = q.pop()) rest.push(t);
        expect(rest).toEqual(model);
      }),
      { numRuns: 300 },
    );
  });

  it('orders by seq within a millisecond whatever order the seqs were pushed in', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({ time: fc.integer({ min: 0, max: 5 }), seq: fc.integer({ min: 0, max: 1000 }) }),
          {
            selector: (t) => t.seq,
            maxLength: 100,
          },
        ),
        (entries) => {
          const q = new TimerQueue();
          for (const e of entries) q.push(timer(e.time, e.seq));
          const out: [number, number][] = [];
          for (let t = q.pop(); t !== undefined; t = q.pop()) out.push([t.time, t.seq]);
          expect(out).toEqual(
            entries.map((e) => [e.time, e.seq]).sort((a, b) => a[0]! - b[0]! || a[1]! - b[1]!),
          );
        },
      ),
      { numRuns: 200 },
    );
  });

  it('clone is independent of the original', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 1, maxLength: 50 }), (times) => {
        const q = new TimerQueue();
        times.forEach((t, i) => q.push(timer(t, i)));
        const copy = q.clone();
        const first = copy.pop();
        copy.push(timer(-1, 999));
        expect(q.size).toBe(times.length);
        expect(q.peek()).toBe(first);
        const drained: Timer[] = [];
        for (let t = q.pop(); t !== undefined; t = q.pop()) drained.push(t);
        expect(drained.map((t) => t.seq)).toEqual(
          times
            .map((t, i) => [t, i] as const)
            .sort((a, b) => a[0] - b[0] || a[1] - b[1])
            .map(([, i]) => i),
        );
        expect(copy.peek()?.seq).toBe(999);
      }),
      { numRuns: 100 },
    );
  });
});
