import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { BrokerStatusView, EngineEvent } from '../engine';
import { SHELF } from '../../test/viz/fixtures';
import { box } from './geometry';
import type { CopyRowLayout } from './layout-types';
import {
  copyEnd,
  copyFill,
  copyViews,
  highWatermarkLabelX,
  highWatermarkX,
  leaderChanges,
  leaderMark,
  LEADER_MOVE_MS,
  placeWord,
  shelfState,
  COPY_FILL_MS,
} from './replicas';
import { FLIGHT_MS } from './stage-metrics';
import { slotLeft } from './tape';

const up = (id: number): BrokerStatusView => ({ id, status: 'up', replicaFetched: 0 });
const down = (id: number): BrokerStatusView => ({ id, status: 'down', replicaFetched: 0 });

const ROWS: CopyRowLayout[] = [0, 1, 2].map((i) => ({
  index: i,
  row: box(0, 100 + i * 26, 420, 26),
  name: box(0, 100 + i * 26, 96, 26),
  tape: box(100, 107 + i * 26, 300, 12),
}));

type Elected = Extract<EngineEvent, { type: 'leaderElected' }>;

function elected(timeMs: number, leader: number | null, partition = 0): Elected {
  return {
    id: timeMs,
    timeMs,
    type: 'leaderElected',
    topic: 'notes',
    partition,
    leader,
    leaderEpoch: 1,
    unclean: false,
  };
}

describe('what each copy is', () => {
  it('tells the leader, followers in and out of the ISR, and copies on a broken broker', () => {
    const p = { leader: 3, replicas: [1, 3, 2, 4], isr: [3, 2], replicaLogEndOffsets: [6, 10, 9, 4] };
    const views = copyViews(p, [down(1), up(2), up(3), up(4)]);
    expect(views.map((v) => [v.broker, v.state, v.logEnd])).toEqual([
      [1, 'down', 6],
      [3, 'leader', 10],
      [2, 'inSync', 9],
      [4, 'behind', 4],
    ]);
  });

  it('says a shelf is offline without a leader, and unreachable while its leader is down', () => {
    expect(shelfState({ leader: null }, [up(1)])).toBe('offline');
    expect(shelfState({ leader: 1 }, [down(1), up(2)])).toBe('leaderDown');
    expect(shelfState({ leader: 2 }, [down(1), up(2)])).toBe('ok');
  });
});

describe('where copies and the high watermark stand', () => {
  it('puts every mark on the boundary before its offset, in the shelf’s own columns', () => {
    // SHELF: 6 slots of 50 units from x = 100; with the tape at end 20, cells 15..19 and the next slot 20.
    expect(highWatermarkX(SHELF, 20, 0, 18)).toBe(slotLeft(SHELF, 20, 18));
    expect(copyEnd(SHELF, 20, 20)).toEqual({ x: 350, before: false });
    expect(copyEnd(SHELF, 20, 17)).toEqual({ x: 200, before: false });
    // An end older than the drawn cells stands at the tape's left edge, marked as further back.
    expect(copyEnd(SHELF, 20, 9)).toEqual({ x: 100, before: true });
  });

  it('agrees with the numbers for any shelf: pages below a mark lie left of it, pages from it right of it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.integer({ min: 0, max: 40 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (logStart, kept, hwBack, copyBack, sliding) => {
          const leo = logStart + kept;
          const end = leo - sliding;
          const hw = Math.max(logStart, leo - hwBack);
          const x = highWatermarkX(SHELF, end, logStart, hw);
          const first = Math.max(logStart, Math.ceil(end + 1 - SHELF.slots));
          for (let o = first; o < leo; o++) {
            const left = slotLeft(SHELF, end, o);
            if (o < hw) expect(left + SHELF.cellW).toBeLessThanOrEqual(x + 1e-6);
            else expect(left).toBeGreaterThanOrEqual(x - 1e-6);
          }
          // A copy's end is where its next page goes; one further back never stands further right.
          const copyLeo = Math.max(0, leo - copyBack);
          const at = copyEnd(SHELF, end, copyLeo);
          const behind = copyEnd(SHELF, end, Math.max(0, copyLeo - 1));
          expect(behind.x).toBeLessThanOrEqual(at.x);
          if (!at.before) expect(at.x).toBeCloseTo(Math.min(slotLeft(SHELF, end, copyLeo), 400));
          expect(at.before).toBe(slotLeft(SHELF, end, copyLeo) < SHELF.tape.x);
          // Its label stays on the shelf: right of the line, or ending at it.
          const lx = highWatermarkLabelX(SHELF, x, 120);
          expect(lx === x + 4 || lx + 120 <= x - 4 + 1e-6 || lx === SHELF.label.x).toBe(true);
          expect(lx + 120 <= 400 || lx < x).toBe(true);
        },
      ),
    );
  });
});

describe('motion', () => {
  it('fills a follower’s page after its note lands, never past the copy’s log end', () => {
    expect(copyFill(5, 5, 1000, 5000, false)).toBe(0);
    expect(copyFill(4, 5, 1000, 1000 + FLIGHT_MS, false)).toBe(0);
    expect(copyFill(4, 5, 1000, 1000 + FLIGHT_MS + COPY_FILL_MS / 2, false)).toBeCloseTo(0.5);
    expect(copyFill(4, 5, 1000, 1000 + FLIGHT_MS + COPY_FILL_MS, false)).toBe(1);
    expect(copyFill(4, 5, 1000, 1001, true)).toBe(1);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 5000 }), fc.integer({ min: 0, max: 5000 }), (a, b) => {
        const [t0, t1] = a < b ? [a, b] : [b, a];
        expect(copyFill(3, 4, 0, t0, false)).toBeLessThanOrEqual(copyFill(3, 4, 0, t1, false));
      }),
    );
  });

  it('moves the leader’s mark from the former leader’s row to the new one’s, then rests there', () => {
    const replicas = [1, 3, 2];
    const changes = [elected(10_000, 3)];
    const at = (t: number) => leaderMark(ROWS, replicas, 3, changes, t, false);
    expect(at(10_000)!.y).toBe(100);
    const mid = at(10_000 + LEADER_MOVE_MS / 2)!.y;
    expect(mid).toBeGreaterThan(100);
    expect(mid).toBeLessThan(126);
    expect(at(10_000 + LEADER_MOVE_MS)!.y).toBe(126);
    // Reduced motion: at the new leader at once.
    expect(leaderMark(ROWS, replicas, 3, changes, 10_001, true)!.y).toBe(126);
    // No copy may lead: the mark fades out where it was.
    const gone = leaderMark(ROWS, replicas, null, [elected(10_000, 3), elected(20_000, null)], 20_450, false);
    expect(gone!.y).toBe(126);
    expect(gone!.opacity).toBeLessThan(1);
    expect(leaderMark(ROWS, replicas, null, [], 30_000, false)).toBeNull();
  });

  it('finds the election moving a mark and the one before, for that partition only', () => {
    const ms = [elected(1000, 3), elected(2000, 1, 1), elected(9000, 2), elected(9500, 3, 1)];
    expect(leaderChanges(ms, 'notes', 0, 9200).map((e) => e.timeMs)).toEqual([1000, 9000]);
    expect(leaderChanges(ms, 'notes', 0, 9000 + LEADER_MOVE_MS)).toEqual([]);
    // A recorded future (after a rewind) is not looked at.
    expect(leaderChanges(ms, 'notes', 0, 8000)).toEqual([]);
  });
});

describe('a copy’s word', () => {
  const tape = { x: 100, w: 300 };
  it('takes the first place that covers neither the copy’s end nor the leader’s mark', () => {
    // A broken copy's word in the middle, unless its end's number is there.
    expect(placeWord(tape, 60, [220, 300, 102], [[360, 380]])).toBe(220);
    expect(placeWord(tape, 60, [220, 300, 102], [[230, 250]])).toBe(300);
    // The leader's mark at the left edge is taken too: the next place that fits.
    expect(
      placeWord(
        tape,
        60,
        [220, 102, 300],
        [
          [230, 250],
          [102, 170],
        ],
      ),
    ).toBe(300);
  });

  it('never leaves the tape or lands on what is taken when some place fits', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 10, max: 120 }),
        fc.array(fc.integer({ min: 60, max: 440 }), { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 100, max: 380 }),
        (w, prefer, end) => {
          const taken: [number, number][] = [[end, end + 20]];
          const x = placeWord(tape, w, prefer, taken);
          const ok = (p: number) => p >= 100 && p + w <= 400 && (p + w <= end - 2 || p >= end + 22);
          if (prefer.some(ok)) expect(ok(x)).toBe(true);
          else expect(x).toBe(prefer[0]);
        },
      ),
    );
  });
});
