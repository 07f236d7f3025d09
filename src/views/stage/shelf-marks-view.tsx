import { memo } from 'react';
import type { ShelfLayout } from '../../viz/layout-types';
import type { ShelfMarks } from '../../viz/shelf-marks';
import { caretX, ribbons, RIBBON_W, stripes } from '../../viz/markers';
import type { GroupStyle } from './group-style';

interface ShelfMarksViewProps {
  shelf: ShelfLayout;
  end: number;
  logEndOffset: number;
  marks: ShelfMarks | undefined;
  styles: ReadonlyMap<string, GroupStyle>;
}

/**
 * The groups' marks on a shelf: backlog stripes under the cells, reading carets across them, and
 * bookmark ribbons standing above them with the group's tag (colour is never the only cue).
 */
export const ShelfMarksView = memo(function ShelfMarksView({
  shelf,
  end,
  logEndOffset,
  marks,
  styles,
}: ShelfMarksViewProps) {
  if (!marks) return null;
  const top = shelf.tape.y;
  return (
    <g aria-hidden="true">
      {stripes(shelf, end, logEndOffset, marks.bookmarks).map((s) =>
        s.x1 - s.x0 > 0.5 ? (
          <rect
            key={`s-${s.group}`}
            className="stage-backlog"
            x={s.x0}
            y={s.y}
            width={s.x1 - s.x0}
            height={shelf.stripeH}
            fill={styles.get(s.group)?.color}
          />
        ) : null,
      )}
      {marks.carets.map((c) => {
        const x = caretX(shelf, end, c.position);
        const lane = Math.max(0, shelf.lanes.indexOf(c.group));
        const y = shelf.stripeY + lane * shelf.stripeStep + shelf.stripeH / 2;
        const color = styles.get(c.group)?.color;
        return (
          <g
            key={`c-${c.group}-${c.member}`}
            className="stage-caret"
            transform={`translate(${x.toFixed(1)}, 0)`}
          >
            <path d={`M0 ${top - 2}V${y}`} stroke={color} />
            <path d={`M-5 ${y + 5}L0 ${y - 2}L5 ${y + 5}Z`} fill={color} />
          </g>
        );
      })}
      {ribbons(shelf, end, marks.bookmarks).map((r) => {
        const style = styles.get(r.group);
        const y0 = shelf.laneY + 1;
        const y1 = top + 7;
        const half = RIBBON_W / 2;
        return (
          <g key={`r-${r.group}`} className="stage-ribbon">
            {Math.abs(r.x - r.poleX) > 0.5 ? (
              <path
                className="stage-ribbon-leader"
                d={`M${r.x} ${y1 - 2}L${r.poleX} ${top + 2}`}
                stroke={style?.color}
              />
            ) : null}
            <path
              d={`M${r.x - half} ${y1}V${y0}L${r.x} ${y0 + 4}L${r.x + half} ${y0}V${y1}Z`}
              fill={style?.color}
              className="stage-ribbon-body"
            />
            <text
              x={r.x}
              y={y0 + Math.min(17, shelf.laneH - 2)}
              textAnchor="middle"
              fill={style?.ink}
              className="stage-ribbon-tag"
            >
              {style?.tag}
            </text>
          </g>
        );
      })}
    </g>
  );
});
