import { memo } from 'react';
import { useSimulator } from '../../store/context';
import { selectHighlight } from '../../store/selectors';
import type { StageLayout } from '../../viz/layout-types';
import { spotlightBoxes, veilPath } from '../../viz/spotlight';

/**
 * In a lesson, the step's subject stays bright and outlined while the rest of the stage dims a little,
 * so a class knows where to look. A veil over the picture, not a change to it: nothing moves.
 */
export const SpotlightLayer = memo(function SpotlightLayer({ layout }: { layout: StageLayout }) {
  const highlight = useSimulator(selectHighlight);
  if (highlight.length === 0) return null;
  const boxes = spotlightBoxes(layout, highlight);
  if (boxes.length === 0) return null;
  return (
    <g className="stage-spotlight">
      <path
        className="stage-spotlight__veil"
        d={veilPath(layout.width, layout.height, boxes)}
        fillRule="evenodd"
      />
      {boxes.map((b, i) => (
        <rect key={i} className="stage-spotlight__ring" x={b.x} y={b.y} width={b.w} height={b.h} rx={10} />
      ))}
    </g>
  );
});
