import { useEffect, useState, type RefObject } from 'react';
import type { Viewport } from '../../viz/layout-types';
import { DEFAULT_VIEWPORT } from '../../viz/stage-layout';

/** The stage's size (the default until measured), and whether it can be measured at all. */
export interface MeasuredSize {
  readonly size: Viewport;
  /** False without ResizeObserver (jsdom): the size then stays the default for good. */
  readonly measurable: boolean;
}

/**
 * The size of the element the stage fills, so the layout can match its aspect ratio. Rounded to whole
 * pixels so sub-pixel jitter does not re-run the layout. Without ResizeObserver (tests) it stays at the
 * 1024x768 default, unmeasurable: what depends on the real size (the busy school's choice between its
 * detailed picture and its overview) then keeps the detailed picture. In a browser the default stands in
 * until the first measure, so a busy school's first render is already the picture a laptop will show.
 */
export function useMeasuredSize(ref: RefObject<HTMLElement | null>): MeasuredSize {
  const [size, setSize] = useState<Viewport | null>(null);
  useEffect(() => {
    const el = ref.current;
    if (!el || typeof ResizeObserver === 'undefined') return;
    const update = (w: number, h: number): void => {
      const next = { widthPx: Math.round(w), heightPx: Math.round(h) };
      if (next.widthPx < 50 || next.heightPx < 50) return;
      setSize((prev) =>
        prev && prev.widthPx === next.widthPx && prev.heightPx === next.heightPx ? prev : next,
      );
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
  return { size: size ?? DEFAULT_VIEWPORT, measurable: typeof ResizeObserver !== 'undefined' };
}
