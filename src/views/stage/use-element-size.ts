import { useEffect, useState, type RefObject } from 'react';
import type { Viewport } from '../../viz/layout-types';
import { DEFAULT_VIEWPORT } from '../../viz/stage-layout';

/**
 * The size of the element the stage fills, so the layout can match its aspect ratio. Rounded to whole
 * pixels so sub-pixel jitter does not re-run the layout. Without ResizeObserver (tests) it stays at the
 * 1024x768 default.
 */
export function useElementSize(ref: RefObject<HTMLElement | null>): Viewport {
  const [size, setSize] = useState<Viewport>(DEFAULT_VIEWPORT);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (w: number, h: number): void => {
      const next = { widthPx: Math.round(w), heightPx: Math.round(h) };
      if (next.widthPx < 50 || next.heightPx < 50) return;
      setSize((prev) => (prev.widthPx === next.widthPx && prev.heightPx === next.heightPx ? prev : next));
    };
    const observer = new ResizeObserver((entries) => {
      const rect = entries[0]?.contentRect;
      if (rect) update(rect.width, rect.height);
    });
    observer.observe(el);
    const rect = el.getBoundingClientRect();
    update(rect.width, rect.height);
    return () => observer.disconnect();
  }, [ref]);
  return size;
}
