import type { EngineEvent, EngineEventBody, EngineEventType } from '../events';

/** Events kept in memory, newest last; older ones are dropped so a long class does not grow without bound. */
export const EVENT_LOG_LIMIT = 20_000;
/**
 * Rare events (rebalances, sleeps, deletions...) kept for the timeline's markers over a whole class: about
 * 160 bytes each, so at most 3 MB (50,000 could reach 8 MB; the busy school logs 25 a simulated minute).
 */
export const MILESTONE_LIMIT = 20_000;
/**
 * The recent window is compacted (the dropped head sliced off) once this many dropped events lie before it:
 * at EVENT_LOG_LIMIT the array swung between 20,000 and 40,000 events (about 2.8 MB more at its top).
 */
const COMPACT_EVERY = EVENT_LOG_LIMIT / 8;
const COMPACT_MILESTONES = MILESTONE_LIMIT / 8;

const ROUTINE: ReadonlySet<EngineEventType> = new Set(['fetched', 'committed', 'segmentRolled']);

/**
 * The event log lives beside the world, not in it: events are output, not state, so checkpoints need not
 * carry them (a long class would otherwise pin millions). It keeps the last EVENT_LOG_LIMIT events up to the
 * furthest moment reached, plus up to MILESTONE_LIMIT milestones for the timeline. A rewind keeps the
 * recorded future: replaying it produces the same events with the same ids, which are not stored twice.
 * If a rewind goes back further than the kept window reaches, the window starts again at the restored
 * moment, so it never has a hole: `events()` is then a shorter suffix of a straight run's, holding at least
 * everything since the restored checkpoint. A new command (a fork) cuts both lists back to the present.
 */
export class EventHistory {
  private recent: EngineEvent[] = [];
  private recentStart = 0;
  /** Id of the next event the recent window expects. */
  private recentTotal = 0;
  private milestones: EngineEvent[] = [];
  /** Id of the next event never considered for the milestones. */
  private milestoneTotal = 0;

  record(id: number, timeMs: number, body: EngineEventBody): void {
    const isMilestone = !ROUTINE.has(body.type);
    if (id < this.recentTotal && (!isMilestone || id < this.milestoneTotal)) return;
    const event = { ...body, id, timeMs } as EngineEvent;
    if (isMilestone && id >= this.milestoneTotal) {
      this.milestoneTotal = id + 1;
      this.milestones.push(event);
      // The oldest eighth goes at once: shifting one at a time moved 20,000 entries for every milestone.
      if (this.milestones.length > MILESTONE_LIMIT)
        this.milestones = this.milestones.slice(COMPACT_MILESTONES);
    }
    if (id < this.recentTotal) return;
    this.recentTotal = id + 1;
    this.recent.push(event);
    if (this.recent.length - this.recentStart > EVENT_LOG_LIMIT) {
      this.recentStart++;
      // Compact now and then rather than shifting on every event.
      if (this.recentStart > COMPACT_EVERY) {
        this.recent = this.recent.slice(this.recentStart);
        this.recentStart = 0;
      }
    }
  }

  /** Whether the kept window reaches back to the moment when `count` events had been logged. */
  reaches(count: number): boolean {
    const first = this.recent[this.recentStart]?.id ?? this.recentTotal;
    return count >= first && count <= this.recentTotal;
  }

  /** The world was restored to a moment when `count` events had been logged. */
  rewindTo(count: number): void {
    if (this.reaches(count)) return;
    this.recent = [];
    this.recentStart = 0;
    this.recentTotal = count;
  }

  /** Forgets every event from id `count` on: they belonged to a future that a new command replaced. */
  truncate(count: number): void {
    const keep = (e: EngineEvent): boolean => e.id < count;
    this.recent = this.recent.slice(this.recentStart).filter(keep);
    this.recentStart = 0;
    this.recentTotal = Math.min(this.recentTotal, count);
    this.milestones = this.milestones.filter(keep);
    this.milestoneTotal = Math.min(this.milestoneTotal, count);
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

  /** How many events each list holds (the recent window's dropped head included until compacted). */
  sizes(): { events: number; milestones: number } {
    return { events: this.recent.length, milestones: this.milestones.length };
  }

  /** Milestones (everything but fetches, commits and segment rolls), including a recorded future. */
  milestoneEvents(): readonly EngineEvent[] {
    return this.milestones;
  }
}
