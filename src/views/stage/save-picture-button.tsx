import { useState } from 'react';
import { useLang } from '../../store/prefs';
import { Button } from '../ui/button';
import { stageMessages } from './messages';
import { PictureError, savePng, saveSvg } from './save-picture';
import './save-picture-button.css';

/** Saves the stage as it is now, for slides: PNG or SVG. */
export function SavePictureButton({ name }: { name: string }) {
  const m = stageMessages(useLang());
  const [problem, setProblem] = useState<unknown>(null);
  const stage = (): HTMLElement | null => document.querySelector<HTMLElement>('.stage');
  const run = (kind: 'png' | 'svg'): void => {
    const el = stage();
    if (!el) return;
    setProblem(null);
    if (kind === 'svg') {
      try {
        saveSvg(el, name);
      } catch (e) {
        setProblem(e);
      }
      return;
    }
    savePng(el, name).catch((e: unknown) => setProblem(e));
  };
  // Kept as the error itself, so the message follows a change of language while it shows.
  const said =
    problem === null
      ? null
      : problem instanceof PictureError
        ? m.problems[problem.problem]
        : m.failed(problem instanceof Error ? problem.message : String(problem));
  return (
    <span className="save-picture">
      <Button variant="compact" onClick={() => run('png')}>
        {m.savePicture}
      </Button>
      <Button variant="compact" onClick={() => run('svg')}>
        {m.saveSvg}
      </Button>
      {said ? (
        <span className="save-picture__problem" role="alert">
          {said}
        </span>
      ) : null}
    </span>
  );
}
