import type { EngineEvent, EngineEventBody, EngineEventType } from '../events';

/** Events kept in memory, newest last; older ones are dropped so a long class does not grow without bound. */
export const EVENT_LOG_LIMIT = 20_000;
/** Rare events (rebalances, sleeps, deletions...) kept for the timeline's markers over a whole class. */
export const MILESTONE_LIMIT = 50_000;

const ROUTINE: ReadonlySet<EngineEventType> = new Set(['fetched', 'committed', 'segmentRolled']);

/**
 * The event log lives beside the world, not in it: events are output, not state, so checkpoints need not
 * carry them. After a rewind the log keeps the recorded future: replaying it produces the same events with
 * the same ids, which are not stored twice. A new command (a fork) cuts the log back to the present.
 */
export class EventHistory {
  private recent: EngineEvent[] = [];
  private recentStart = 0;
  private milestones: EngineEvent[] = [];
  /** Id of the next event never logged before. */
  private total = 0;

  record(id: number, timeMs: number, body: EngineEventBody): void {
    if (id < this.total) return;
    const event = { ...body, id, timeMs } as EngineEvent;
    this.total = id + 1;
    this.recent.push(event);
    if (this.recent.length - this.recentStart > EVENT_LOG_LIMIT) {
      this.recentStart++;
      // Compact now and then rather than shifting on every event.
      if (this.recentStart > EVENT_LOG_LIMIT) {
        this.recent = this.recent.slice(this.recentStart);
        this.recentStart = 0;
      }
    }
    if (!ROUTINE.has(event.type)) {
      this.milestones.push(event);
      if (this.milestones.length > MILESTONE_LIMIT) this.milestones.shift();
    }
  }

  /** Forgets every event from id `count` on: they belonged to a future that a new command replaced. */
  truncate(count: number): void {
    if (count >= this.total) return;
    this.total = count;
    const keep = (e: EngineEvent): boolean => e.id < count;
    this.recent = this.recent.slice(this.recentStart).filter(keep);
    this.recentStart = 0;
    this.milestones = this.milestones.filter(keep);
  }

  /** Kept events with fromId <= id < toId, oldest first. */
  between(fromId: number, toId: number): EngineEvent[] {
    // Ids rise along the array: find the first wanted one by bisection.
    let lo = this.recentStart;
    let hi = this.recent.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.recent[mid]!.id < fromId) lo = mid + 1;
      else hi = mid;
    }
    const out: EngineEvent[] = [];
    for (let i = lo; i < this.recent.length && this.recent[i]!.id < toId; i++) out.push(this.recent[i]!);
    return out;
  }

  /** Milestones (everything but fetches, commits and segment rolls), including a recorded future. */
  milestoneEvents(): readonly EngineEvent[] {
    return this.milestones;
  }
}
