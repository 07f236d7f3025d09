import type { Player } from './player';

/**
 * A seek of the timeline (scrubbing, its keys, a chapter mark) the page runs a slice of engine work at a
 * time, so a seek that replays far (from a thinned checkpoint, or from time 0 before the rewind floor)
 * never holds up the page. The latest moment asked wins: `retarget` only notes it, and the next `step`
 * turns the seek there from wherever the engine is (every moment it stops at is a true moment of the run,
 * so going on from it lands exactly where a seek from anywhere else would). Positions asked in between are
 * never replayed. In one go (`step(Infinity)`) it is Player.seek: the same landing, clipped at the rewind
 * floor by the same rule (Player.reachable); in slices it ends in exactly that state (scrub.test.ts).
 */
export class Scrub {
  /** The moment last asked for. */
  private asked: number;
  /** Where the seek under way goes (`asked`, or the rewind floor when that is out of reach). */
  private going: number;
  /** The seek under way, to `going`, or null until the next step starts one. */
  private seek: ((maxWork: number) => boolean) | null = null;
  /** Where the seek under way started replaying (the checkpoint it restored): progress is measured from it. */
  private fromMs = 0;
  private finished = false;

  constructor(
    private readonly player: Player,
    askedMs: number,
  ) {
    this.asked = Math.max(0, Math.floor(askedMs));
    this.going = this.landingOf(this.asked);
  }

  /** Where a seek to `asked` from the engine's moment now lands (as Player.seek decides it). */
  private landingOf(asked: number): number {
    return asked < this.player.now ? this.player.reachable(asked) : asked;
  }

  /** A newer moment asked for: it replaces the last (nothing is queued); the next step turns the seek there. */
  retarget(askedMs: number): void {
    const asked = Math.max(0, Math.floor(askedMs));
    if (asked === this.asked && this.seek !== null) return;
    this.asked = asked;
    const going = this.landingOf(asked);
    if (going !== this.going || this.finished) this.seek = null;
    this.going = going;
    this.finished = false;
  }

  /** The moment last asked for. */
  get askedMs(): number {
    return this.asked;
  }

  /** Where the seek lands: the moment asked, or the rewind floor when the replay from time 0 is too heavy. */
  get targetMs(): number {
    return this.going;
  }

  /** Whether it lands later than asked (see Player.reachable). */
  get clipped(): boolean {
    return this.going !== this.asked;
  }

  get done(): boolean {
    return this.finished;
  }

  /** The engine's meter of the Player it moves (the page's slices count their share of it). */
  get work(): number {
    return this.player.work;
  }

  /** The share of the seek under way done, 0 to 1: its replay's simulated time from where it started. */
  get progress(): number {
    if (this.finished) return 1;
    if (this.seek === null || this.going <= this.fromMs) return 0;
    return Math.min(1, Math.max(0, (this.player.now - this.fromMs) / (this.going - this.fromMs)));
  }

  /** Moves on by at most `maxWork` of engine work (and the rest of a moment); returns whether it landed. */
  step(maxWork: number): boolean {
    if (this.finished) return true;
    const start = this.player.work;
    if (this.seek === null) {
      // From the engine's moment now: a true one, wherever an earlier target's seek left it.
      this.going = this.landingOf(this.asked);
      this.seek = this.player.seekInSlices(this.going);
      this.fromMs = Math.min(this.player.now, this.going);
    }
    this.finished = this.seek(maxWork - (this.player.work - start));
    return this.finished;
  }
}
