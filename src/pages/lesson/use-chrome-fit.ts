import { useEffect, type RefObject } from 'react';

/**
 * Presenter mode: when the header and the player come back over the picture (the mouse moved), the stage
 * zooms out to the band between them instead of sliding under them, so nothing a step talks about (a new
 * member at the bottom, the machine's title at the top) is hidden while the teacher works the controls.
 * Sets --chrome-fit-y (the header's height) and --chrome-fit-scale (the band's share of the stage's
 * height) on the page's root; lesson-page.css applies them only while the controls show. Measured with
 * offset sizes, which a transform does not change, so zooming never feeds back into the measurement.
 */
export function useChromeFit(root: RefObject<HTMLElement | null>, presenting: boolean): void {
  useEffect(() => {
    const el = root.current;
    if (!presenting || !el || typeof ResizeObserver === 'undefined') return;
    const header = el.querySelector<HTMLElement>('.lesson__header');
    const bar = el.querySelector<HTMLElement>('.lesson__bar');
    const stage = el.querySelector<HTMLElement>('.lesson__stage');
    if (!header || !bar || !stage) return;
    const update = (): void => {
      const height = stage.offsetHeight;
      if (height <= 0) return;
      const top = header.offsetHeight;
      const band = height - top - bar.offsetHeight;
      el.style.setProperty('--chrome-fit-y', `${top}px`);
      el.style.setProperty('--chrome-fit-scale', String(Math.max(0.25, Math.min(1, band / height))));
    };
    const observer = new ResizeObserver(update);
    for (const e of [header, bar, stage]) observer.observe(e);
    update();
    return () => {
      observer.disconnect();
      el.style.removeProperty('--chrome-fit-y');
      el.style.removeProperty('--chrome-fit-scale');
    };
  }, [root, presenting]);
}
