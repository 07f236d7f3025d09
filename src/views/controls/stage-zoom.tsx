import { useState, type ReactNode } from 'react';
import { useLang } from '../../store/prefs';
import type { Lang } from '../../shared/lang';
import { Button } from '../ui/button';
import { usePhone } from '../use-phone';
import './stage-zoom.css';

const WORDS: Record<Lang, { zoom: string; zoomTitle: string; scroller: string }> = {
  en: {
    zoom: 'Zoom in',
    zoomTitle: 'Draw the picture larger, to scroll sideways',
    scroller: 'The picture, zoomed in: scroll sideways',
  },
  es: {
    zoom: 'Ampliar',
    zoomTitle: 'Dibujar la imagen más grande, para desplazarla de lado',
    scroller: 'La imagen ampliada: desplázala de lado',
  },
};

/**
 * On a phone the stage fits the screen's width, where a busy class's words come out small: this draws it
 * wider, in a box that scrolls sideways, at the reader's asking (a button under the picture, so nothing
 * covers it). Elsewhere it adds nothing around the stage.
 */
export function StageZoom({ children }: { children: ReactNode }) {
  const phone = usePhone();
  const [zoomed, setZoomed] = useState(false);
  const words = WORDS[useLang()];
  if (!phone) return children;
  return (
    <div className={`stage-zoom${zoomed ? ' stage-zoom--zoomed' : ''}`}>
      {/* Zoomed, the box scrolls: it takes focus so a keyboard can scroll it too (WCAG 2.1.1). */}
      <div
        className="stage-zoom__scroller"
        {...(zoomed ? { tabIndex: 0, role: 'group', 'aria-label': words.scroller } : {})}
      >
        {children}
      </div>
      <div className="stage-zoom__bar">
        <Button
          variant="compact"
          className="stage-zoom__toggle"
          aria-pressed={zoomed}
          title={words.zoomTitle}
          onClick={() => setZoomed((z) => !z)}
        >
          {words.zoom}
        </Button>
      </div>
    </div>
  );
}
