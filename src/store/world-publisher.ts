import type { Player } from '../runtime/player';
import type { WorldSlice } from './state';

/** Newest events the store republishes for narration and the event list. */
export const RECENT_EVENTS = 200;

/**
 * The store's handle on its Player, and what was last published from it: lists are handed to React again
 * only when they changed, so views that read them do not redraw on every frame.
 */
export class WorldPublisher {
  private samplesVersion = -1;
  private milestonesKey = '';
  private eventCount = -1;
  private unreachable: WorldSlice['unreachable'] | undefined = undefined;

  constructor(public player: Player) {}

  /** A new Player (a reset, or back to a lesson's script): everything is published afresh. */
  replace(player: Player): void {
    this.player = player;
    this.samplesVersion = -1;
    this.milestonesKey = '';
    this.eventCount = -1;
    this.unreachable = undefined;
  }

  /** The world slice after the engine moved. */
  slice(): Partial<WorldSlice> & { horizonMs: number } {
    const { player } = this;
    const snapshot = player.snapshot();
    const partial: Partial<WorldSlice> & { horizonMs: number } = { snapshot, horizonMs: player.horizonMs };
    if (this.eventCount !== snapshot.eventCount) {
      this.eventCount = snapshot.eventCount;
      partial.recentEvents = player.events(Math.max(0, snapshot.eventCount - RECENT_EVENTS));
    }
    const milestones = player.milestones();
    const key = `${milestones.length}:${milestones[milestones.length - 1]?.id ?? -1}`;
    if (key !== this.milestonesKey) {
      this.milestonesKey = key;
      partial.milestones = milestones.slice();
    }
    if (this.samplesVersion !== player.samplesVersion) {
      this.samplesVersion = player.samplesVersion;
      partial.samples = player.samples().slice();
    }
    const unreachable = player.unreachable();
    if (unreachable !== this.unreachable) {
      this.unreachable = unreachable;
      partial.unreachable = unreachable;
    }
    return partial;
  }
}
