import type { World } from '../kernel/world';
import { cloneWorld } from './clone-world';
import { worldSize } from '../kernel/work-meter';

export { CHECKPOINT_INTERVAL_MS } from '../kernel/world';
/** Past this many, every other older checkpoint is dropped: rewinding stays possible, a bit slower. */
export const MAX_CHECKPOINTS = 1_500;
/**
 * Bytes of JS heap all checkpoints together may hold (besides the shared record chunks, see
 * HISTORY_BUDGET_BYTES). A class with a thousand partitions copies thousands of objects per checkpoint:
 * 1,500 of them were hundreds of megabytes, and the garbage collector's time to walk them made a long class
 * take tens of seconds to open. Past this the older half is thinned sooner, as past MAX_CHECKPOINTS. At
 * 6 MB the busy school (about 40 kB a checkpoint) keeps 150 checkpoints and reaches them in 12 simulated
 * minutes, under a minute at 16x, so its memory is flat from then on (it was 250,000 items, about 22 MB,
 * reached after three minutes at 16x: issue 12).
 */
export const CHECKPOINT_BYTE_BUDGET = 6_000_000;
/**
 * What one copied item (a partition, segment, member, assigned partition, position, timer) costs in a
 * checkpoint, and what a checkpoint costs besides: measured on the busy school (35-37 kB for 424 items,
 * V8's heap after GC, with and without the checkpoints; bench/memory.ts prints the whole page's heap).
 */
export const CHECKPOINT_BYTES_PER_ITEM = 85;
const CHECKPOINT_BASE_BYTES = 2_000;
/** The same budget in items, as it was first written. */
export const CHECKPOINT_ITEM_BUDGET = Math.floor(CHECKPOINT_BYTE_BUDGET / CHECKPOINT_BYTES_PER_ITEM);

/** The heap a checkpoint of this world holds, estimated from its size. */
export function checkpointBytes(world: World): number {
  const { visits, items } = worldSize(world);
  return CHECKPOINT_BASE_BYTES + (visits + items) * CHECKPOINT_BYTES_PER_ITEM;
}
/** However large the world, this many checkpoints are always allowed. */
const MIN_CHECKPOINTS = 24;

export interface Checkpoint {
  readonly timeMs: number;
  /** Taken after every timer due at timeMs ran and before any command given at timeMs. */
  readonly world: World;
}

/**
 * The rewind history: copies of the world at regular simulated times, oldest first. Checkpoints after the
 * present stay valid while the recorded commands are replayed unchanged; a new command drops them.
 */
export class CheckpointStore {
  private list: Checkpoint[] = [];

  constructor(private readonly initial: World) {}

  get count(): number {
    return this.list.length;
  }

  has(timeMs: number): boolean {
    return this.findAtOrBefore(timeMs)?.timeMs === timeMs;
  }

  add(world: World): void {
    const cp = { timeMs: world.now, world: cloneWorld(world) };
    const last = this.list[this.list.length - 1];
    if (last === undefined || last.timeMs < cp.timeMs) this.list.push(cp);
    else {
      const i = this.list.findIndex((c) => c.timeMs >= cp.timeMs);
      if (this.list[i]!.timeMs === cp.timeMs) return;
      this.list.splice(i, 0, cp);
    }
    if (this.list.length > this.maxCount(world)) this.thin();
  }

  /** How many checkpoints of a world this size fit in the budget. */
  private maxCount(world: World): number {
    return Math.max(
      MIN_CHECKPOINTS,
      Math.min(MAX_CHECKPOINTS, Math.floor(CHECKPOINT_BYTE_BUDGET / checkpointBytes(world))),
    );
  }

  /** The heap the kept checkpoints hold, estimated (see CHECKPOINT_BYTES_PER_ITEM). */
  bytes(): number {
    let total = 0;
    for (const c of this.list) total += checkpointBytes(c.world);
    return total;
  }

  /** The latest checkpoint at or before `timeMs`, or the world at time 0 before anything ran. */
  findAtOrBefore(timeMs: number): Checkpoint | undefined {
    let lo = 0;
    let hi = this.list.length - 1;
    let found: Checkpoint | undefined;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const c = this.list[mid]!;
      if (c.timeMs <= timeMs) {
        found = c;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Time of the oldest checkpoint, or -1 when there is none. */
  get oldestTimeMs(): number {
    return this.list[0]?.timeMs ?? -1;
  }

  dropOldest(): void {
    this.list.shift();
  }

  initialWorld(): World {
    return cloneWorld(this.initial);
  }

  /** A new command at `timeMs` forks history: checkpoints after it describe a future that will not happen. */
  dropAfter(timeMs: number): void {
    while (this.list.length > 0 && this.list[this.list.length - 1]!.timeMs > timeMs) this.list.pop();
  }

  private thin(): void {
    const half = this.list.length >> 1;
    const older = this.list.slice(0, half).filter((_, i) => i % 2 === 0);
    this.list = older.concat(this.list.slice(half));
  }
}
