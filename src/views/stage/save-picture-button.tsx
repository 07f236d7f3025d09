import { useState } from 'react';
import { savePng, saveSvg } from './save-picture';
import './save-picture-button.css';

/** Saves the stage as it is now, for slides: PNG or SVG. */
export function SavePictureButton({ name }: { name: string }) {
  const [problem, setProblem] = useState<string | null>(null);
  const stage = (): HTMLElement | null => document.querySelector<HTMLElement>('.stage');
  const run = (kind: 'png' | 'svg'): void => {
    const el = stage();
    if (!el) return;
    setProblem(null);
    if (kind === 'svg') {
      try {
        saveSvg(el, name);
      } catch (e) {
        setProblem(e instanceof Error ? e.message : String(e));
      }
      return;
    }
    savePng(el, name).catch((e: unknown) => setProblem(e instanceof Error ? e.message : String(e)));
  };
  return (
    <span className="save-picture">
      <button type="button" className="save-picture__button" onClick={() => run('png')}>
        Save picture
      </button>
      <button type="button" className="save-picture__button" onClick={() => run('svg')}>
        as SVG
      </button>
      {problem ? (
        <span className="save-picture__problem" role="alert">
          {problem}
        </span>
      ) : null}
    </span>
  );
}
