import { renderTimeAt, type ClockAnchor } from '../../runtime/clock';
import type { Lang } from '../../shared/lang';
import { flightScene, type FlightInput, type FlightSetting } from '../../viz/flight-scene';
import type { Box } from '../../viz/geometry';
import { indexLayout } from '../../viz/stage-index';
import { FETCH_MS, FETCH_STAGGER_MS, FLIGHT_MS } from '../../viz/stage-metrics';
import { paintFlights, type Ink, type KeyLook } from './card-painter';
import type { FlightsMessage } from './flights-protocol';
import { unpackWorld } from './flights-pack';

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

/** The painter's timer: the worker's (or, without one, the page's) setTimeout. */
export interface Timer {
  /** `performance.timeOrigin + performance.now()`: the wall clock the page's anchors are written in. */
  now(): number;
  /** Runs `run` in `ms`; returns what cancels it. */
  after(ms: number, run: () => void): () => void;
}

/** About the display's refresh rate; a worker has no requestAnimationFrame that headless Chromium honours. */
export const FLIGHT_FRAME_MS = 1000 / 60;

/**
 * Paints what flies, at its own pace: it holds the flights' part of the latest snapshot, the furniture and
 * the playback clock's anchor the page posts when they change, and while playing computes the scene at
 * the clock's render time on its own timer (flightScene, a pure function of both), so the page need not
 * draw a frame for a card to move. Paused, it paints the anchored moment once and waits. It runs in the
 * flights worker, or in the page when the browser cannot hand a canvas to one.
 */
export class FlightsPainter {
  /** Frames painted, for tests counting the work done. */
  painted = 0;
  private ctx: Context2D | null = null;
  private size = { width: 0, height: 0, ratio: 1 };
  private ink: Ink | null = null;
  private readonly looks = new Map<string, KeyLook>();
  private setting: FlightSetting | null = null;
  private clear: readonly Box[] = [];
  private lang: Lang = 'en';
  private world: FlightInput | null = null;
  /** The names the page's worlds number (flights-pack.ts), as they came. */
  private readonly names: string[] = [];
  /** The latest moment the world holds a note or a poll from: cards may start until a while after it. */
  private worldLatest = -Infinity;
  private clock: ClockAnchor | null = null;
  private selfPaced = true;
  private empty = false;
  /** Cancels the next frame on the painter's own timer, while one is due. */
  private scheduled: (() => void) | null = null;

  constructor(private readonly timer: Timer) {}

  /** A canvas to paint on (the worker's, handed over by the page; or the page's own). */
  attach(ctx: Context2D | null): void {
    this.ctx = ctx;
    this.resizeCanvas();
  }

  receive(m: FlightsMessage): void {
    switch (m.type) {
      case 'canvas':
        this.attach(m.canvas.getContext('2d'));
        break;
      case 'size':
        this.size = { width: m.width, height: m.height, ratio: m.ratio };
        this.resizeCanvas();
        break;
      case 'ink':
        this.ink = m.ink;
        break;
      case 'looks':
        for (const [key, look] of m.looks) this.looks.set(key, look);
        break;
      case 'setting':
        this.setting = {
          layout: m.layout,
          index: indexLayout(m.layout),
          reduced: m.reduced,
          turnover: m.turnover,
        };
        this.clear = m.clear;
        this.lang = m.lang;
        break;
      case 'moment':
        this.clock = m.clock;
        this.selfPaced = m.selfPaced;
        if (m.world) {
          this.world = unpackWorld(m.world, this.names);
          this.worldLatest = latestMoment(this.world);
        }
        // The page's frame: painted now, in step with what the page drew; the own timer starts afresh.
        this.scheduled?.();
        this.scheduled = null;
        break;
    }
    // While it plays, the next frame (at most FLIGHT_FRAME_MS away) shows other news.
    if (!this.scheduled) this.paint(true);
  }

  private resizeCanvas(): void {
    const canvas = this.ctx?.canvas;
    if (!canvas) return;
    canvas.width = Math.max(1, Math.round(this.size.width * this.size.ratio));
    canvas.height = Math.max(1, Math.round(this.size.height * this.size.ratio));
  }

  /** Paints the clock's moment; while it plays and anything can fly, again one frame later. */
  private paint(force: boolean): void {
    const { ctx, ink, setting, world, clock, size } = this;
    if (!ctx || !ink || !setting || !world || !clock || size.width === 0) return;
    const renderTime = renderTimeAt(clock, this.timer.now());
    const { cards, badges, numbers } = flightScene(world, renderTime, clock.speed, setting);
    const empty = cards.length === 0 && badges.length === 0;
    // An empty sky is cleared once: nothing to clear again until something flies.
    if (!(empty && this.empty && !force)) {
      const { layout } = setting;
      const k = Math.min(size.width / layout.width, size.height / layout.height);
      paintFlights(
        ctx,
        size,
        {
          cards,
          badges,
          k,
          dx: (size.width - layout.width * k) / 2,
          dy: (size.height - layout.height * k) / 2,
          cell: { w: layout.machines[0]?.shelves[0]?.cellW ?? 44, h: layout.cellH },
          lang: this.lang,
          numbers,
          clear: this.clear,
        },
        (key) => this.looks.get(key),
        ink,
      );
      this.painted++;
    }
    this.empty = empty;
    // Nothing in the air and no note or poll recent enough to start a card: wait for the next world.
    const moving = clock.playing && renderTime < clock.stopAtMs && this.selfPaced;
    const mayFly = !empty || renderTime < this.worldLatest + FETCH_MS + 2 * FETCH_STAGGER_MS + FLIGHT_MS;
    if (moving && mayFly && !this.scheduled) {
      this.scheduled = this.timer.after(FLIGHT_FRAME_MS, () => {
        this.scheduled = null;
        this.paint(false);
      });
    }
  }
}

/** The newest note's time or poll in the world: no card starts later than a flight after it. */
function latestMoment(world: FlightInput): number {
  let latest = -Infinity;
  for (const t of world.topics)
    for (const p of t.partitions)
      latest = Math.max(latest, p.recent[p.recent.length - 1]?.timestamp ?? -Infinity);
  for (const g of world.groups) for (const m of g.members) latest = Math.max(latest, m.lastPollMs);
  return latest;
}
