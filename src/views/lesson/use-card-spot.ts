import { useEffect, useState, type CSSProperties } from 'react';
import type { Subject } from '../../lessons/lesson';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { spotlightBoxes } from '../../viz/spotlight';
import { cardCovers, placeCard, type PxBox } from './card-placement';

/** Room between the card and the stage's edge, in px. */
const INSET = 12;

/**
 * Where the question card stands over the stage: measured against the stage's own layout, so it keeps
 * clear of what the step talks about wherever the layout put it (beside the machine or under it): the
 * spotlight's boxes and whoever the caption names (`named`: teachers and students, by id).
 * An open drawer takes the right of the stage's box and the stage lays itself out in the rest
 * (inspector.css), so the card, placed within the stage, keeps out of it too. Where no place over the
 * picture is clear (a small stage, a subject in every corner), the card asks for a strip of its own at the
 * right (`strip`, px): the stage then lays itself out beside it, for the rest of the step (`step` keys
 * it), so the picture does not jump back and forth. Returns a callback ref for the card and its position;
 * null until both the stage and the card have been measured (the card then keeps its CSS corner).
 */
export function useCardSpot(
  layout: StageLayout | null,
  highlight: readonly Subject[] | undefined,
  top: number,
  named: readonly string[] = [],
  step = '',
): { ref: (el: HTMLElement | null) => void; style: CSSProperties | undefined; strip: number } {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
  const [strip, setStrip] = useState<{ step: string; w: number } | null>(null);
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
  const stripped = strip !== null && strip.step === step && el !== null;
  let spot: { x: number; y: number } | null = null;
  let blocked = false;
  if (layout && size && el && !stripped) {
    const z = layout.zoom;
    const px = (b: Box): PxBox => ({ x: b.x * z, y: b.y * z, w: b.w * z, h: b.h * z });
    const room = { w: layout.width * z, h: layout.height * z, top, inset: INSET };
    const subjects = [...spotlightBoxes(layout, highlight ?? []), ...namedBoxes(layout, named)].map(px);
    const furniture = [
      ...layout.teachers.map((t) => t.box),
      ...(layout.legend ? [layout.legend.box] : []),
      ...layout.machines.map((m) => m.box),
      ...layout.groups.map((g) => g.box),
    ].map(px);
    spot = placeCard(room, size, subjects, furniture);
    blocked = cardCovers({ ...spot, ...size }, subjects);
  }
  // Adjusting state while rendering (React's pattern for state derived from what was measured): the strip
  // is kept for the step, so placing the card beside the narrower stage never takes it away again.
  if (blocked && size) setStrip({ step, w: size.w + 2 * INSET });
  if (stripped)
    return { ref: setEl, style: { left: 'auto', right: INSET, top, transform: 'none' }, strip: strip.w };
  if (!spot) return { ref: setEl, style: undefined, strip: 0 };
  return {
    ref: setEl,
    style: { left: Math.round(spot.x), top: Math.round(spot.y), right: 'auto', transform: 'none' },
    strip: 0,
  };
}

/** The boxes of the teachers, students, groups and machines whose ids are in `named`. */
function namedBoxes(layout: StageLayout, named: readonly string[]): Box[] {
  if (named.length === 0) return [];
  const has = (id: string): boolean => named.includes(id.toLowerCase());
  return [
    ...layout.teachers.filter((t) => has(t.id)).map((t) => t.box),
    ...layout.groups.flatMap((g) => g.desks.filter((d) => has(d.member)).map((d) => d.box)),
  ];
}
