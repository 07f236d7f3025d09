import type { EngineEventBody } from '../events';
import type { EventHistory } from './event-history';
import type { Task } from '../time/timer-queue';
import type { World } from './world';
import type { WorkCounts } from './work-meter';
import type { Interner } from '../../shared/interner';

/**
 * Everything the engine's rules work on: the rewindable world and the append-only name tables (record keys,
 * writer names: numbering never changes the simulation's behaviour, so they live outside the world and are
 * not rewound with it).
 */
export interface Ctx {
  world: World;
  readonly keys: Interner;
  readonly writers: Interner;
  readonly history: EventHistory;
  /** Appended when retention frees record chunks; rewinding past an entry removes it. */
  dropped: DroppedChunks[];
  /** The work done so far, counted where it is done (see work-meter.ts); never rewound. */
  readonly work: WorkCounts;
}

export function schedule(world: World, time: number, task: Task): void {
  world.timers.push({ time, seq: world.timerSeq++, task });
}

/** Logs an event at the present moment; the id sequence is part of the world, so replays reuse ids. */
export function logEvent(ctx: Ctx, body: EngineEventBody): void {
  ctx.work.events++;
  ctx.history.record(ctx.world.eventCount++, ctx.world.now, body);
}

/** Chunks of records retention let go, and when: the checkpoints still holding them cost memory. */
export interface DroppedChunks {
  readonly timeMs: number;
  readonly count: number;
}
