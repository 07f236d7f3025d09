import type { World } from './world';

/**
 * The engine's own account of the work it does, so that nothing a link, a file or a class holds can keep
 * the page busy for longer than a budget. Work is counted where it is done, in a few kinds whose cost per
 * unit was measured (`bench/calibrate-work.ts`, Node 20 on the project's 2-core machine; a browser on the
 * same machine runs the engine at about the same speed). Summed with those weights it reads as microseconds
 * of CPU on that machine; a classroom laptop, measured as a four-times slowed CPU, takes four times longer.
 *
 * The counts are output, not state: like events they live beside the world and are never rewound, so a
 * replay is paid for again, as it is in time.
 */
export interface WorkCounts {
  /** Timers run (a produce, a member's wake-up, a heartbeat, a timeout, a retention check). */
  timers: number;
  /** Polls (a member's fetch, with its bookkeeping: a new batch, a commit when due, a timer). */
  polls: number;
  /** Partitions visited: by a fetch, a commit, a retention check, a snapshot, a checkpoint. */
  visits: number;
  /** Records appended or processed. */
  records: number;
  /** Records the log cleaner reads (a flag or a key in a typed array: much cheaper than an append). */
  scanned: number;
  /** Events logged. */
  events: number;
  /** Moments sampled for the charts (once a simulated second), each with the step of the run around it. */
  samples: number;
  /** Items copied or built: segments, group offsets, members, timers (checkpoints, snapshots). */
  items: number;
}

/** Microseconds per unit of each kind on the reference machine (see `bench/calibrate-work.ts`). */
export const WORK_COST_US: Readonly<WorkCounts> = {
  // Fitted by bench/calibrate-work.ts (0.16, 0.69, 0.045, 0.048, 0.0019, 0.37, 0.037, 5.6 on 2026-12-06),
  // rounded up by about a sixth: the fastest of three runs was fitted, and the meter should not flatter.
  timers: 0.2,
  polls: 0.7,
  visits: 0.06,
  records: 0.06,
  scanned: 0.002,
  events: 0.4,
  items: 0.045,
  samples: 6.5,
};

export function newWorkCounts(): WorkCounts {
  return { timers: 0, polls: 0, visits: 0, records: 0, scanned: 0, events: 0, items: 0, samples: 0 };
}

/** The counts as microseconds of work on the reference machine. */
export function workOf(c: Readonly<WorkCounts>): number {
  return (
    c.timers * WORK_COST_US.timers +
    c.polls * WORK_COST_US.polls +
    c.visits * WORK_COST_US.visits +
    c.records * WORK_COST_US.records +
    c.scanned * WORK_COST_US.scanned +
    c.events * WORK_COST_US.events +
    c.items * WORK_COST_US.items +
    c.samples * WORK_COST_US.samples
  );
}

/** What a copy of the world holds besides record chunks: partitions, and segments, offsets, members, timers. */
export function worldSize(w: World): { visits: number; items: number } {
  let items = w.timers.size;
  let visits = 0;
  for (const t of w.topics) {
    visits += t.partitions.length;
    for (const p of t.partitions) items += p.segments.length;
  }
  for (const g of w.groups) {
    items += g.partitions.length + g.members.length;
    for (const m of g.members) items += m.assignment.length + m.position.size + m.batch.length;
  }
  return { visits, items };
}

/** What copying the world costs (a checkpoint taken or restored). */
export function countClone(c: WorkCounts, w: World): void {
  const { visits, items } = worldSize(w);
  c.visits += visits;
  c.items += items;
}
