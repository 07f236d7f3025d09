import { formatCount } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import type { Badge, Card } from '../../viz/flights';
import type { Box } from '../../viz/geometry';
import { FONT } from '../../viz/stage-metrics';
import { cellFontSize } from '../../viz/text-width';

/**
 * Painting what flies on a canvas, in the page or in a worker (so: no DOM, only canvas APIs). Cards are
 * drawn the way a note cell is drawn on a shelf (note-cell.tsx): paper with a darker edge, the subject's
 * band and shape, the page number.
 */

/** The theme's colours and font, read from the stage's CSS variables in the page (both themes). */
export interface Ink {
  paper: string;
  edge: string;
  text: string;
  panel: string;
  panelEdge: string;
  fg: string;
  font: string;
}

/** A subject's colour and shape (an SVG path centred on 0, 0), as the key palette gives them. */
export interface KeyLook {
  color: string;
  glyph: string;
}

/** One frame of flights: the cards and counts, and how the stage's viewBox maps onto the canvas. */
export interface FlightFrame {
  cards: readonly Card[];
  badges: readonly Badge[];
  /** Layout units to CSS pixels: x' = dx + k x, as SVG's "xMidYMid meet" maps the stage's viewBox. */
  k: number;
  dx: number;
  dy: number;
  cell: { w: number; h: number };
  lang: Lang;
  /** Where names and numbers stand (viz/keep-clear.ts): cleared after painting, so cards pass under them. */
  clear: readonly Box[];
  /**
   * The page numbers on the shelves at this moment (viz/keep-clear.ts cellNumberBoxes), cleared too while
   * anything flies; they move with the tape, so they come with each frame.
   */
  numbers: readonly Box[];
}

type Context2D = CanvasRenderingContext2D | OffscreenCanvasRenderingContext2D;

const paths = new Map<string, Path2D>();
function path(d: string): Path2D {
  let p = paths.get(d);
  if (!p) paths.set(d, (p = new Path2D(d)));
  return p;
}

/** A card's paper, band and shape without its number, drawn once per subject, size and scale. */
const sprites = new Map<string, OffscreenCanvas>();
const MAX_SPRITES = 64;

function sprite(look: KeyLook | null, w: number, h: number, scale: number, ink: Ink): OffscreenCanvas {
  const id = `${look?.color ?? ''}|${look?.glyph ?? ''}|${w}|${h}|${scale}|${ink.paper}|${ink.edge}`;
  let canvas = sprites.get(id);
  if (canvas) return canvas;
  if (sprites.size >= MAX_SPRITES) sprites.clear();
  canvas = new OffscreenCanvas(Math.max(1, Math.ceil(w * scale)), Math.max(1, Math.ceil(h * scale)));
  const ctx = canvas.getContext('2d');
  if (ctx) {
    const cw = w - 5;
    ctx.scale(scale, scale);
    ctx.beginPath();
    ctx.roundRect(2, 1, cw, h - 2, 5);
    ctx.fillStyle = ink.paper;
    ctx.fill();
    ctx.lineWidth = 2;
    ctx.strokeStyle = ink.edge;
    ctx.stroke();
    if (look) {
      ctx.fillStyle = look.color;
      ctx.fill(path(`M2 6a5 5 0 0 1 5-5h${cw - 10}a5 5 0 0 1 5 5v2h${-cw}z`));
      ctx.translate(10, 15);
      ctx.scale(0.8, 0.8);
      ctx.fill(path(look.glyph));
    }
  }
  sprites.set(id, canvas);
  return canvas;
}

/**
 * Clears the canvas and paints one frame. `ratio` is device pixels per CSS pixel; sprites are drawn at
 * device resolution so cards stay crisp on a projector.
 */
export function paintFlights(
  ctx: Context2D,
  size: { width: number; height: number; ratio: number },
  frame: FlightFrame,
  lookOf: (key: string) => KeyLook | undefined,
  ink: Ink,
): void {
  ctx.setTransform(1, 0, 0, 1, 0, 0);
  ctx.clearRect(0, 0, Math.ceil(size.width * size.ratio), Math.ceil(size.height * size.ratio));
  const { cards, badges, k, dx, dy, cell, lang } = frame;
  if (cards.length === 0 && badges.length === 0) return;
  const scale = k * size.ratio;
  ctx.setTransform(scale, 0, 0, scale, dx * size.ratio, dy * size.ratio);
  const { w, h } = cell;
  const cw = w - 5;
  const font = h >= 40 ? FONT.cell : FONT.cellCompact;
  ctx.textAlign = 'center';
  ctx.fillStyle = ink.text;
  for (const c of cards) {
    const look = c.key === null ? null : (lookOf(c.key) ?? null);
    ctx.globalAlpha = c.opacity;
    // Scaled about the card's centre: a fetched copy shrinks as it reaches the desk.
    ctx.save();
    ctx.translate(c.x, c.y);
    ctx.scale(c.scale, c.scale);
    ctx.drawImage(sprite(look, w, h, scale * c.scale, ink), -w / 2, -h / 2, w, h);
    const label = formatCount(lang, c.offset);
    // A long page number ("1,240") is drawn narrower rather than out of its card.
    ctx.font = `600 ${cellFontSize(label, font, cw - 6)}px ${ink.font}`;
    ctx.fillText(label, -w / 2 + 2 + cw / 2, -h / 2 + (look ? h - 9 : h / 2 + 6));
    ctx.restore();
  }
  ctx.globalAlpha = 1;
  ctx.lineWidth = 1.2;
  ctx.font = `700 15px ${ink.font}`;
  for (const b of badges) {
    // A count half under a name would read as part of it ("+" left of "ana"): left out there.
    if (
      frame.clear.some((c) => b.x + 24 > c.x && b.x - 24 < c.x + c.w && b.y + 9 > c.y && b.y - 15 < c.y + c.h)
    )
      continue;
    ctx.beginPath();
    ctx.roundRect(b.x - 24, b.y - 15, 48, 24, 12);
    ctx.fillStyle = ink.panel;
    ctx.fill();
    ctx.strokeStyle = ink.panelEdge;
    ctx.stroke();
    ctx.fillStyle = ink.fg;
    ctx.fillText(`+${formatCount(lang, b.count)}`, b.x, b.y + 3);
  }
  // A card crossing a name or a number goes under it: the canvas is see-through there (clearRect follows
  // the transform, so the boxes are in layout units like the cards).
  for (const b of frame.clear) ctx.clearRect(b.x, b.y, b.w, b.h);
  for (const b of frame.numbers) ctx.clearRect(b.x, b.y, b.w, b.h);
}
