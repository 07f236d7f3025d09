import { useEffect, useState, type CSSProperties } from 'react';
import type { Subject } from '../../lessons/lesson';
import type { Box } from '../../viz/geometry';
import type { StageLayout } from '../../viz/layout-types';
import { spotlightBoxes } from '../../viz/spotlight';
import { placeCard, type PxBox } from './card-placement';

/**
 * Where the question card stands over the stage: measured against the stage's own layout, so it keeps
 * clear of what the step talks about wherever the layout put it (beside the machine or under it). An open
 * drawer takes the right of the stage's box and the stage lays itself out in the rest (inspector.css), so
 * the card, placed within the stage, keeps out of it too. Returns a callback ref for the card and its position; null until both the stage and
 * the card have been measured (the card then keeps its CSS corner).
 */
export function useCardSpot(
  layout: StageLayout | null,
  highlight: readonly Subject[] | undefined,
  top: number,
): { ref: (el: HTMLElement | null) => void; style: CSSProperties | undefined } {
  const [el, setEl] = useState<HTMLElement | null>(null);
  const [size, setSize] = useState<{ w: number; h: number } | null>(null);
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
  if (!layout || !size || !el) return { ref: setEl, style: undefined };
  const z = layout.zoom;
  const px = (b: Box): PxBox => ({ x: b.x * z, y: b.y * z, w: b.w * z, h: b.h * z });
  const room = { w: layout.width * z, h: layout.height * z, top, inset: 12 };
  const subjects = spotlightBoxes(layout, highlight ?? []).map(px);
  const furniture = [
    ...layout.teachers.map((t) => t.box),
    ...(layout.legend ? [layout.legend.box] : []),
    ...layout.machines.map((m) => m.box),
    ...layout.groups.map((g) => g.box),
  ].map(px);
  const spot = placeCard(room, size, subjects, furniture);
  return {
    ref: setEl,
    style: { left: Math.round(spot.x), top: Math.round(spot.y), right: 'auto', transform: 'none' },
  };
}
