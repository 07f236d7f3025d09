import { useEffect, useRef } from 'react';
import { useSimulatorStore } from '../../store/context';
import type { SimulatorState } from '../../store/simulator-store';
import type { KeyPalette } from '../../viz/key-style';
import type { Lang } from '../../shared/lang';
import { paintFlights, type Ink, type KeyLook } from './card-painter';
import { flightScene, type FlightSetting } from '../../viz/flight-scene';
import type { FlightMoment, FlightsMessage } from './flights-protocol';
import FlightsWorker from './flights.worker?worker&inline';
import { useKeyPalette, useStageLang } from './key-palette';
import type { Box } from '../../viz/geometry';
import { keepClear } from '../../viz/keep-clear';

/**
 * Everything in the air, drawn on a canvas over the stage. It is the only part of the stage that changes
 * on every frame, so it bypasses React and the SVG: it subscribes to the store, computes the scene from
 * (snapshot, render time) like every other part (flight-scene.ts), and has it painted, by a worker when
 * the browser can hand a canvas to one, else in the page.
 */
export function FlightsCanvas(setting: FlightSetting) {
  const store = useSimulatorStore();
  const palette = useKeyPalette();
  const lang = useStageLang();
  const ref = useRef<HTMLCanvasElement>(null);
  const painter = useRef<Painter | null>(null);

  useEffect(() => {
    const canvas = ref.current;
    const sink = canvas ? openSink(canvas) : null;
    if (!canvas || !sink) return undefined; // no canvas (jsdom): the scene is tested as a pure function
    const p = new Painter(canvas, sink, store.getState);
    painter.current = p;
    const unsubscribe = store.subscribe((s, prev) => {
      if (s.renderTime !== prev.renderTime || s.snapshot !== prev.snapshot || s.speed !== prev.speed)
        p.paint();
    });
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
      painter.current = null;
    };
  }, [store]);

  // New furniture, motion preference, palette or language: repaint the current moment with them.
  const { layout, index, reduced, turnover } = setting;
  useEffect(() => {
    painter.current?.set({ layout, index, reduced, turnover }, palette, lang);
  }, [layout, index, reduced, turnover, palette, lang]);

  return <canvas ref={ref} className="stage-canvas" aria-hidden="true" />;
}

/** Where painting messages go: a worker holding the canvas, or a painter in the page. */
interface Sink {
  post(message: FlightsMessage): void;
  close(): void;
}

function openSink(canvas: HTMLCanvasElement): Sink | null {
  if (typeof Worker !== 'undefined' && 'transferControlToOffscreen' in canvas) {
    try {
      const worker = new FlightsWorker();
      const offscreen = canvas.transferControlToOffscreen();
      worker.postMessage({ type: 'canvas', canvas: offscreen } satisfies FlightsMessage, [offscreen]);
      return { post: (m) => worker.postMessage(m), close: () => worker.terminate() };
    } catch {
      // A policy refusing workers, say: paint in the page instead (the canvas is still ours if the
      // transfer did not happen; if it did, the stage simply shows no flights).
    }
  }
  const ctx = canvas.getContext('2d');
  return ctx ? localSink(ctx) : null;
}

/** The worker's loop, run in the page. */
function localSink(ctx: CanvasRenderingContext2D): Sink {
  let size = { width: 0, height: 0, ratio: 1 };
  let ink: Ink | null = null;
  let last: FlightMoment | null = null;
  let clear: readonly Box[] = [];
  const looks = new Map<string, KeyLook>();
  return {
    post(m) {
      if (m.type === 'size') {
        size = m;
        ctx.canvas.width = Math.max(1, Math.round(m.width * m.ratio));
        ctx.canvas.height = Math.max(1, Math.round(m.height * m.ratio));
      } else if (m.type === 'ink') ink = m.ink;
      else if (m.type === 'looks') for (const [k, l] of m.looks) looks.set(k, l);
      else if (m.type === 'clear') clear = m.clear;
      else if (m.type === 'frame') last = m.frame;
      if (ink && last && size.width > 0)
        paintFlights(ctx, size, { ...last, clear }, (k) => looks.get(k), ink);
    },
    close() {
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

/** Computes each frame's scene in the page and sends it, with the looks of new subjects, to the sink. */
class Painter {
  private setting: FlightSetting | null = null;
  private palette: KeyPalette | null = null;
  private lang: Lang = 'en';
  private sent = new Set<string>();
  private width = 0;
  private height = 0;
  private empty = false;

  constructor(
    private readonly canvas: HTMLCanvasElement,
    private readonly sink: Sink,
    private readonly state: () => SimulatorState,
  ) {
    this.retheme();
    this.resize();
  }

  set(setting: FlightSetting, palette: KeyPalette, lang: Lang): void {
    if (setting.layout !== this.setting?.layout)
      this.sink.post({ type: 'clear', clear: keepClear(setting.layout) });
    this.setting = setting;
    if (palette !== this.palette) this.sent.clear();
    this.palette = palette;
    this.lang = lang;
    this.paint(true);
  }

  resize(): void {
    this.width = this.canvas.clientWidth;
    this.height = this.canvas.clientHeight;
    this.sink.post({
      type: 'size',
      width: this.width,
      height: this.height,
      ratio: window.devicePixelRatio || 1,
    });
    this.paint(true);
  }

  retheme(): void {
    this.sink.post({ type: 'ink', ink: readInk(this.canvas) });
    this.paint(true);
  }

  paint(force = false): void {
    const { setting, palette } = this;
    if (!setting || !palette || this.width === 0) return;
    const s = this.state();
    const { cards, badges, numbers } = flightScene(s.snapshot, s.renderTime, s.speed, setting);
    // An empty sky is sent once: nothing to clear again until something flies.
    if (cards.length === 0 && badges.length === 0 && this.empty && !force) return;
    this.empty = cards.length === 0 && badges.length === 0;
    const fresh: [string, KeyLook][] = [];
    for (const c of cards) {
      if (c.key === null || this.sent.has(c.key)) continue;
      this.sent.add(c.key);
      const style = palette.style(c.key);
      fresh.push([c.key, { color: style.color, glyph: style.glyph }]);
    }
    if (fresh.length > 0) this.sink.post({ type: 'looks', looks: fresh });
    const { layout } = setting;
    const k = Math.min(this.width / layout.width, this.height / layout.height);
    this.sink.post({
      type: 'frame',
      frame: {
        cards,
        badges,
        k,
        dx: (this.width - layout.width * k) / 2,
        dy: (this.height - layout.height * k) / 2,
        cell: { w: layout.machines[0]?.shelves[0]?.cellW ?? 44, h: layout.cellH },
        lang: this.lang,
        numbers,
      },
    });
  }
}
