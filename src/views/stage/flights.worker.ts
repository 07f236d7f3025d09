/// <reference lib="webworker" />
import { paintFlights, type Ink, type KeyLook } from './card-painter';
import type { Box } from '../../viz/geometry';
import type { FlightMoment, FlightsMessage } from './flights-protocol';

/**
 * Paints what flies, off the page's main thread: the page sends each frame's cards (a few dozen numbers)
 * and this worker draws them on the canvas the page handed over. Drawing and handing the canvas to the
 * compositor cost about a millisecond a frame in software rendering, which the page no longer pays.
 */
let ctx: OffscreenCanvasRenderingContext2D | null = null;
let size = { width: 0, height: 0, ratio: 1 };
let ink: Ink | null = null;
let last: FlightMoment | null = null;
let clear: readonly Box[] = [];
const looks = new Map<string, KeyLook>();

function paint(): void {
  if (ctx && ink && last && size.width > 0)
    paintFlights(ctx, size, { ...last, clear }, (k) => looks.get(k), ink);
}

self.onmessage = (event: MessageEvent<FlightsMessage>) => {
  const m = event.data;
  switch (m.type) {
    case 'canvas':
      ctx = m.canvas.getContext('2d');
      break;
    case 'size':
      size = { width: m.width, height: m.height, ratio: m.ratio };
      if (ctx) {
        ctx.canvas.width = Math.max(1, Math.round(m.width * m.ratio));
        ctx.canvas.height = Math.max(1, Math.round(m.height * m.ratio));
      }
      break;
    case 'ink':
      ink = m.ink;
      break;
    case 'looks':
      for (const [key, look] of m.looks) looks.set(key, look);
      break;
    case 'clear':
      clear = m.clear;
      break;
    case 'frame':
      last = m.frame;
      break;
  }
  paint();
};
