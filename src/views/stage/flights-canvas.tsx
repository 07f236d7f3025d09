import { useEffect, useRef } from 'react';
import { useSimulatorStore } from '../../store/context';
import type { SimulatorState } from '../../store/simulator-store';
import type { ClockAnchor } from '../../runtime/clock';
import { MIN_SLEEP_MS } from '../../runtime/frame-loop';
import { stopAtMs } from '../../runtime/lesson-phase';
import type { KeyPalette } from '../../viz/key-style';
import type { Lang } from '../../shared/lang';
import type { Ink, KeyLook } from './card-painter';
import type { FlightInput, FlightSetting } from '../../viz/flight-scene';
import type { FlightsMessage } from './flights-protocol';
import { FlightsPainter } from './flights-painter';
import { NameTable, packWorld } from './flights-pack';
import FlightsWorker from './flights.worker?worker&inline';
import { useKeyPalette, useStageLang } from './key-palette';
import { keepClear } from '../../viz/keep-clear';
import { selectStageTime } from './stage-time';

/**
 * Everything in the air, drawn on a canvas over the stage by a painter with its own clock
 * (flights-painter.ts): in a worker when the browser can hand a canvas to one, else in the page. This
 * component only tells it what changed (the world, the furniture, the clock), so the cards move without
 * the page drawing a frame; each frame is still a pure function of (snapshot, render time).
 */
export function FlightsCanvas(setting: FlightSetting) {
  const store = useSimulatorStore();
  const palette = useKeyPalette();
  const lang = useStageLang();
  const ref = useRef<HTMLCanvasElement>(null);
  const poster = useRef<Poster | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    const sink = canvas ? openSink(canvas) : null;
    if (!canvas || !sink) return undefined; // no canvas (jsdom): the scene is tested as a pure function
    const p = new Poster(canvas, sink, store.getState);
    poster.current = p;
    const unsubscribe = store.subscribe((s, prev) => p.update(s, prev));
    const resize = new ResizeObserver(() => p.resize());
    resize.observe(canvas);
    // The page's theme (the app's switch, or the system's while it follows the system) is its data-theme.
    const theme = new MutationObserver(() => p.retheme());
    theme.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
    return () => {
      unsubscribe();
      resize.disconnect();
      theme.disconnect();
      sink.close();
      poster.current = null;
    };
  }, [store]);

  // New furniture, motion preference, palette or language: the painter redraws the moment with them.
  const { layout, index, reduced, turnover } = setting;
  useEffect(() => {
    poster.current?.set({ layout, index, reduced, turnover }, palette, lang);
  }, [layout, index, reduced, turnover, palette, lang]);

  return <canvas ref={ref} className="stage-canvas" aria-hidden="true" />;
}

/** Where painting messages go: a worker holding the canvas, or a painter in the page. */
interface Sink {
  post(message: FlightsMessage): void;
  close(): void;
}

/** The wall clock a page and its workers share (see ClockAnchor). */
const wallNow = (): number => performance.timeOrigin + performance.now();

function openSink(canvas: HTMLCanvasElement): Sink | null {
  if (typeof Worker !== 'undefined' && 'transferControlToOffscreen' in canvas) {
    try {
      const worker = new FlightsWorker();
      const offscreen = canvas.transferControlToOffscreen();
      worker.postMessage({ type: 'canvas', canvas: offscreen } satisfies FlightsMessage, [offscreen]);
      return {
        // A world's numbers are handed over, not copied: the page packs a new one for each moment.
        post: (m) =>
          m.type === 'moment' && m.world
            ? worker.postMessage(m, [m.world.numbers.buffer])
            : worker.postMessage(m),
        close: () => worker.terminate(),
      };
    } catch {
      // A policy refusing workers, say: paint in the page instead (the canvas is still ours if the
      // transfer did not happen; if it did, the stage simply shows no flights).
    }
  }
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  let open = true;
  const painter = new FlightsPainter({
    now: wallNow,
    after: (ms, run) => {
      const timer = setTimeout(() => open && run(), ms);
      return () => clearTimeout(timer);
    },
  });
  painter.attach(ctx);
  return {
    post: (m) => painter.receive(m),
    close: () => {
      open = false;
      ctx.clearRect(0, 0, ctx.canvas.width, ctx.canvas.height);
    },
  };
}

function readInk(element: Element): Ink {
  const css = getComputedStyle(element);
  const v = (name: string, fallback: string): string => css.getPropertyValue(name).trim() || fallback;
  return {
    paper: v('--stage-note', '#fffdf7'),
    edge: v('--stage-machine-edge', '#8d99a6'),
    text: v('--stage-note-ink', '#1b1f24'),
    panel: v('--stage-panel', '#ffffff'),
    panelEdge: v('--muted', '#57606a'),
    fg: v('--fg', '#1b1f24'),
    font: css.fontFamily || 'sans-serif',
  };
}

/** Tells the painter what changed: the world (with the looks of new subjects), the furniture, the clock. */
class Poster {
  private palette: KeyPalette | null = null;
  private sent = new Set<string>();
  private ready = false;
  /** The names the painter was told, by number (flights-pack.ts). */
  private readonly names = new NameTable();

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly sink: Sink,
    private readonly state: () => SimulatorState,
  ) {
    this.retheme();
    this.resize();
    this.postMoment(state(), true);
  }

  set(setting: FlightSetting, palette: KeyPalette, lang: Lang): void {
    if (palette !== this.palette) this.sent.clear();
    this.palette = palette;
    const { layout, reduced, turnover } = setting;
    // Where names and numbers stand is worked out once per layout (it was cloned for every frame).
    const clear = keepClear(layout);
    this.ready = true;
    this.postLooks(this.state().snapshot);
    this.sink.post({ type: 'setting', layout, reduced, turnover, clear, lang });
  }

  resize(): void {
    this.sink.post({
      type: 'size',
      width: this.canvas.clientWidth,
      height: this.canvas.clientHeight,
      ratio: window.devicePixelRatio || 1,
    });
  }

  retheme(): void {
    this.sink.post({ type: 'ink', ink: readInk(this.canvas) });
  }

  /** After a store change: a moment the page draws (a frame, Play, Pause, a new speed, a seek). */
  update(s: SimulatorState, prev: SimulatorState): void {
    if (
      s.snapshot !== prev.snapshot ||
      s.renderTime !== prev.renderTime ||
      s.playing !== prev.playing ||
      s.speed !== prev.speed ||
      s.lesson !== prev.lesson
    )
      this.postMoment(s, s.snapshot !== prev.snapshot);
  }

  /** The clock anchored at the page's render time now, and the world when it is new. */
  private postMoment(s: SimulatorState, fresh: boolean): void {
    // The page sleeps after this frame when its next change is far enough (frame-loop.ts).
    const selfPaced = s.playing && s.wakeInMs() >= MIN_SLEEP_MS;
    // Between lesson steps the cards are drawn where they come to rest (stage-time.ts); paused there.
    const clock: ClockAnchor = {
      renderTime: selectStageTime(s),
      wallMs: wallNow(),
      speed: s.speed,
      playing: s.playing,
      stopAtMs: stopAtMs(s.lesson),
    };
    if (!fresh) {
      this.sink.post({ type: 'moment', clock, selfPaced });
      return;
    }
    if (this.ready) this.postLooks(s.snapshot);
    this.sink.post({ type: 'moment', clock, world: packWorld(s.snapshot, this.names), selfPaced });
  }

  /** The colour and shape of every subject the painter has not been sent yet. */
  private postLooks(world: FlightInput): void {
    const { palette } = this;
    if (!palette) return;
    const fresh: [string, KeyLook][] = [];
    for (const t of world.topics)
      for (const p of t.partitions)
        for (const r of p.recent) {
          if (r.key === null || this.sent.has(r.key)) continue;
          this.sent.add(r.key);
          const style = palette.style(r.key);
          fresh.push([r.key, { color: style.color, glyph: style.glyph }]);
        }
    if (fresh.length > 0) this.sink.post({ type: 'looks', looks: fresh });
  }
}
