import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { ShelfLayout } from '../../viz/layout-types';
import { highWatermarkLabelX, highWatermarkX, type ShelfState } from '../../viz/replicas';
import { FONT } from '../../viz/stage-metrics';
import { slotLeft } from '../../viz/tape';
import { textWidth } from '../../viz/text-width';
import { highWatermarkWords, shelfStateLabel } from './replica-messages';

/** Width of the high watermark's label: its words at 16 units and its number at 20. */
export function highWatermarkLabelWidth(voice: Voice, hw: number): number {
  return (
    textWidth(`${highWatermarkWords(voice)} `, FONT.small) +
    textWidth(formatCount(voice.lang, hw), FONT.number, true)
  );
}

interface ShelfHighWatermarkProps {
  shelf: ShelfLayout;
  /** The shelf's tape as drawn now. */
  end: number;
  logStartOffset: number;
  logEndOffset: number;
  highWatermark: number;
  state: ShelfState;
  /** Bottom of the last copy row: the line runs down through the copies. */
  bottomY: number;
  voice: Voice;
}

/**
 * Students read only what enough copies hold: a line on the shelf at the high watermark, running down
 * through the copies (it stands where the shortest copy in the ISR ends), the pages right of it dimmed as
 * not readable yet, and its number on the line of small print under the copies. A shelf no copy leads, or
 * whose leader's room is broken, is dimmed whole, with a word saying why.
 */
export function ShelfHighWatermark({
  shelf,
  end,
  logStartOffset,
  logEndOffset,
  highWatermark,
  state,
  bottomY,
  voice,
}: ShelfHighWatermarkProps) {
  const { tape } = shelf;
  const right = tape.x + tape.w;
  if (state !== 'ok') {
    const text = shelfStateLabel(voice, state);
    const w = textWidth(text, FONT.small, true) + 16;
    const cy = tape.y + tape.h / 2;
    return (
      <g className="stage-shelf-down" aria-hidden="true">
        <rect
          className="stage-shelf-down-veil"
          x={shelf.fold.x}
          y={tape.y - 2}
          width={right - shelf.fold.x}
          height={tape.h + 4}
          rx={6}
        />
        <g className="stage-copy-pill stage-copy-pill--down">
          <rect x={tape.x + tape.w / 2 - w / 2} y={cy - 12} width={w} height={24} rx={12} />
          <text x={tape.x + tape.w / 2} y={cy + 5.5} textAnchor="middle" fontSize={FONT.small}>
            {text}
          </text>
        </g>
      </g>
    );
  }
  const x = highWatermarkX(shelf, end, logStartOffset, highWatermark);
  // On the cells the line runs down through the copies' tapes. Along the pile (the high watermark is left of
  // every page drawn, as when a burst of notes waits for its copies) it stops at the shelf's board: below
  // the pile stand the copies' room names, which a line through them would cross out ('Copies' step 5 on a
  // phone), and each copy's "‹ 13" already says its pages lie left of the window.
  const lineEnd = x < tape.x - 0.5 ? tape.y + tape.h + 5 : bottomY + 4;
  // The pages written but not yet in enough copies: from the line to the log end.
  const unreadEnd = Math.min(slotLeft(shelf, end, logEndOffset), right);
  const unreadStart = Math.max(x, tape.x);
  const labelW = highWatermarkLabelWidth(voice, highWatermark);
  const labelX = highWatermarkLabelX(shelf, x, labelW);
  return (
    <g className="stage-hw" aria-hidden="true">
      {unreadEnd - unreadStart > 0.5 ? (
        <rect
          className="stage-hw-unread"
          x={unreadStart}
          y={tape.y - 1}
          width={unreadEnd - unreadStart}
          height={tape.h + 2}
          rx={4}
        />
      ) : null}
      <path className="stage-hw-line" d={`M${x.toFixed(1)} ${tape.y - 6}V${lineEnd}`} />
      {shelf.underY !== null ? (
        <text className="stage-hw-label" x={labelX} y={shelf.underY} fontSize={FONT.small}>
          <tspan fontSize={FONT.small}>{`${highWatermarkWords(voice)} `}</tspan>
          <tspan className="stage-hw-number tabular" fontSize={FONT.number}>
            {formatCount(voice.lang, highWatermark)}
          </tspan>
        </text>
      ) : null}
    </g>
  );
}
