import { useEffect, useState, type CSSProperties } from 'react';
import type { Subject } from '../../lessons/lesson';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { spotlightBoxes } from '../../viz/spotlight';
import { cardCovers, placeCard, type PxBox } from './card-placement';
import { keepClearBoxes } from './question-subjects';

/** Room between the card and the stage's edge, in px. */
const INSET = 12;

export interface CardSpotOptions {
  /** What the step's spotlight outlines. */
  readonly highlight?: readonly Subject[];
  /** Room kept free at the top of the stage, in px. */
  readonly top: number;
  /** The caption's and the question's words: the teachers and students they name stay clear. */
  readonly named?: readonly string[];
  /** The question's own words: the shelves it is about stay clear (question-subjects.ts). */
  readonly asked?: readonly string[];
  /** Keys the step: a strip or a dock taken is kept for the rest of it. */
  readonly step?: string;
  /** Presenter mode: a card with no clear place docks at the bottom instead of taking a strip. */
  readonly presenting?: boolean;
}

/** Where a card with no clear place over the picture went: a strip at the right, or docked at the bottom. */
export type CardAside = 'strip' | 'dock';

export interface CardSpot {
  readonly ref: (el: HTMLElement | null) => void;
  readonly style: CSSProperties | undefined;
  /** Null while the card floats over the picture. */
  readonly aside: CardAside | null;
  /** The room the aside takes from the stage, in px: its width for a strip, its height for a dock. */
  readonly room: number;
}

/**
 * Where the question card stands over the stage: measured against the stage's own layout, so it keeps
 * clear of what the step talks about wherever the layout put it (beside the machine or under it): the
 * spotlight's boxes, whoever the caption or the question names, and the shelves the question is about.
 * An open drawer takes the right of the stage's box and the stage lays itself out in the rest
 * (inspector.css), so the card, placed within the stage, keeps out of it too. Where no place over the
 * picture is clear (a small stage, a subject in every corner), the card steps aside for the rest of the
 * step (`step` keys it), so the picture does not jump back and forth. Off a projector it takes a strip at
 * the right and the stage lays itself out beside it. Presenting, the stage already fills the screen at the
 * size the back row needs, mostly bound by its width: the card docks at the bottom instead, laid out wide
 * and short, in place of the caption (which it answers) and the stage lays itself out above it, where a
 * narrower stage would shrink every text. Returns a callback ref for the card and its position; no
 * position until both the stage and the card have been measured (the card then keeps its CSS corner).
 */
export function useCardSpot(layout: StageLayout | null, options: CardSpotOptions): CardSpot {
  const { highlight = [], top, named = [], asked = [], step = '', presenting = false } = options;
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  // The step whose card stepped aside, and how; the room follows the card's size (presenting grows it).
  const [aside, setAside] = useState<{ step: string; how: CardAside } | null>(null);
  useEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (): void => {
      const w = Math.round(el.offsetWidth);
      const h = Math.round(el.offsetHeight);
      setSize((prev) => (prev && prev.w === w && prev.h === h ? prev : { w, h }));
    };
    const observer = new ResizeObserver(update);
    observer.observe(el);
    update();
    return () => observer.disconnect();
  }, [el]);
  const how = aside !== null && aside.step === step && el !== null && size !== null ? aside.how : null;
  let spot: { x: number; y: number } | null = null;
  let blocked = false;
  if (layout && size && el && how === null) {
    const z = layout.zoom;
    const px = (b: Box): PxBox => ({ x: b.x * z, y: b.y * z, w: b.w * z, h: b.h * z });
    const room = { w: layout.width * z, h: layout.height * z, top, inset: INSET };
    const subjects = [
      ...spotlightBoxes(layout, highlight),
      ...keepClearBoxes(layout, named, highlight, asked),
    ].map(px);
    const furniture = [
      ...layout.teachers.map((t) => t.box),
      ...(layout.legend ? [layout.legend.box] : []),
      ...layout.machines.map((m) => m.box),
      ...layout.groups.map((g) => g.box),
    ].map(px);
    spot = placeCard(room, size, subjects, furniture);
    blocked = cardCovers({ ...spot, ...size }, subjects);
  }
  // Adjusting state while rendering (React's pattern for state derived from what was measured): the aside
  // is kept for the step, so placing the card beside the smaller stage never takes it away again.
  if (blocked) setAside({ step, how: presenting ? 'dock' : 'strip' });
  if (how === 'strip' && size)
    return {
      ref: setEl,
      style: { left: 'auto', right: INSET, top, transform: 'none' },
      aside: how,
      room: size.w + 2 * INSET,
    };
  if (how === 'dock' && size)
    return {
      ref: setEl,
      style: { left: INSET, right: INSET, top: 'auto', bottom: INSET, width: 'auto', transform: 'none' },
      aside: how,
      room: size.h + 2 * INSET,
    };
  if (!spot) return { ref: setEl, style: undefined, aside: null, room: 0 };
  return {
    ref: setEl,
    style: { left: Math.round(spot.x), top: Math.round(spot.y), right: 'auto', transform: 'none' },
    aside: null,
    room: 0,
  };
}
