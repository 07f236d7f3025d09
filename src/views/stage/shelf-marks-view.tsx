import { memo } from 'react';
import { formatCount } from '../../shared/format-number';
import type { Lang } from '../../shared/lang';
import type { ShelfLayout } from '../../viz/layout-types';
import type { ShelfMarks } from '../../viz/shelf-marks';
import { caretX, ribbons, RIBBON_W, stripes } from '../../viz/markers';
import { FONT } from '../../viz/stage-metrics';
import { textWidth } from '../../viz/text-width';
import type { GroupStyle } from './group-style';

/**
 * A bookmark in the pile says where it is and what the pile hides from it: "@5 +8" is the bookmark at
 * page 5 with 8 unread notes in the pile before the drawn cells (numbers only: the same in both words).
 */
export function bannerText(lang: Lang, offset: number, hiddenUnread: number): string {
  return `@${formatCount(lang, offset)} +${formatCount(lang, hiddenUnread)}`;
}

/** 20 units over a roomy shelf's lane, 16 over a compact one's (the banner then rises above the lane). */
function bannerFont(shelf: ShelfLayout): number {
  return Math.max(FONT.small, Math.min(20, shelf.laneH - 5));
}

interface ShelfMarksViewProps {
  shelf: ShelfLayout;
  end: number;
  logEndOffset: number;
  logStartOffset: number;
  marks: ShelfMarks | undefined;
  styles: ReadonlyMap<string, GroupStyle>;
  lang: Lang;
}

/**
 * The groups' marks on a shelf: backlog stripes under the cells, reading carets across them, and
 * bookmark ribbons standing above them with the group's tag (colour is never the only cue).
 */
export const ShelfMarksView = memo(function ShelfMarksView({
  shelf,
  end,
  logEndOffset,
  logStartOffset,
  marks,
  styles,
  lang,
}: ShelfMarksViewProps) {
  if (!marks) return null;
  const top = shelf.tape.y;
  const font = bannerFont(shelf);
  const bannerH = Math.max(shelf.laneH - 3, font + 4);
  const bannerW = (r: { offset: number; hiddenUnread: number }): number =>
    textWidth(bannerText(lang, r.offset, r.hiddenUnread), font, true) + 10;
  return (
    <g aria-hidden="true">
      {stripes(shelf, end, logEndOffset, marks.bookmarks, logStartOffset).map((s) =>
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
        const x = caretX(shelf, end, c.position, logStartOffset);
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
      {ribbons(shelf, end, marks.bookmarks, logStartOffset, bannerW).map((r) => {
        const style = styles.get(r.group);
        const y0 = shelf.laneY + 1;
        const y1 = top + 7;
        const half = RIBBON_W / 2;
        // Drawn around its own x and moved by one transform: a bookmark that moves along a stream's still
        // tape (every redraw of the busy school) changes one attribute instead of its outline, its tag's
        // and its banner's places (two texts laid out again and a path parsed again, on 36 bookmarks).
        return (
          <g key={`r-${r.group}`} className="stage-ribbon" transform={`translate(${r.x}, 0)`}>
            {Math.abs(r.x - r.poleX) > 0.5 ? (
              <path
                className="stage-ribbon-leader"
                d={`M0 ${y1 - 2}L${r.poleX - r.x} ${top + 2}`}
                stroke={style?.color}
              />
            ) : null}
            <path
              d={`M${-half} ${y1}V${y0}L0 ${y0 + 4}L${half} ${y0}V${y1}Z`}
              fill={style?.color}
              className="stage-ribbon-body"
            />
            <text
              x={0}
              y={y0 + Math.min(17, shelf.laneH - 2)}
              textAnchor="middle"
              fill={style?.ink}
              className="stage-ribbon-tag"
            >
              {style?.tag}
            </text>
            {r.bannerW > 0 ? (
              <g className="stage-flag-banner">
                <rect
                  x={half}
                  y={y0 + shelf.laneH - 3 - bannerH}
                  width={r.bannerW}
                  height={bannerH}
                  rx={3}
                  fill={style?.color}
                />
                <text
                  x={half + 5}
                  y={y0 + shelf.laneH - 3 - bannerH / 2 + font * 0.36}
                  fill={style?.ink}
                  fontSize={font}
                  className="stage-flag-offset tabular"
                >
                  {bannerText(lang, r.offset, r.hiddenUnread)}
                </text>
              </g>
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
