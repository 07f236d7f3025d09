import { memo } from 'react';
import { formatCount, formatDecimal } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { ShelfLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { textWidth } from '../../viz/text-width';
import { earlierLabel, logEndLabel, logStartLabel } from './labels';
import { thrownAwayLabel } from './messages';

interface ShelfPileProps {
  shelf: ShelfLayout;
  /** Notes kept but slid off the drawn cells. */
  hidden: number;
  voice: Voice;
  logStartOffset: number;
  logEndOffset: number;
  /** Notes retention just removed, while their notice fades (`still`: reduced motion, fade in place). */
  deleted: { count: number; opacity: number; still: boolean } | null;
  /**
   * A replicated shelf: the x where the high watermark's label starts on the line of small print. The
   * pile's words keep left of it, and the log end is left to the leader's copy, which shows it.
   */
  keepLeftOf?: number | null;
}

/**
 * The pile of older notes at the left of a shelf ("1,240 earlier notes"), and the small print under a
 * roomy shelf: where the log starts and ends.
 */
export const ShelfPile = memo(function ShelfPile({
  shelf,
  hidden,
  voice,
  logStartOffset,
  logEndOffset,
  deleted,
  keepLeftOf = null,
}: ShelfPileProps) {
  const { fold, tape } = shelf;
  const left =
    voice.words === 'kafka' || hidden === 0
      ? logStartLabel(voice, logStartOffset)
      : `… ${earlierLabel(voice, hidden)}`;
  const rightText = logEndLabel(voice, logEndOffset);
  const fits =
    keepLeftOf === null
      ? textWidth(left, FONT.small) + textWidth(rightText, FONT.small) + 16 < tape.x + tape.w - fold.x
      : fold.x + textWidth(left, FONT.small) + 12 < keepLeftOf;
  const removed = deleted ? thrownAwayLabel(voice, deleted.count) : null;
  return (
    <g aria-hidden="true">
      {hidden > 0 ? (
        <g className="stage-pile">
          <rect x={fold.x + 6} y={fold.y - 4} width={fold.w - 6} height={fold.h} rx={4} />
          <rect x={fold.x + 3} y={fold.y - 2} width={fold.w - 6} height={fold.h} rx={4} />
          <rect x={fold.x} y={fold.y} width={fold.w - 6} height={fold.h} rx={4} />
          {/* A roomy shelf says "… 1,240 earlier notes" underneath; a compact one writes "…1,240" on the pile. */}
          {shelf.underY === null ? (
            <text
              className="stage-pile-count tabular"
              x={fold.x + (fold.w - 6) / 2}
              y={fold.y + fold.h / 2 + 5}
              textAnchor="middle"
              fontSize={FONT.small}
            >
              {`…${pileCount(voice, hidden)}`}
            </text>
          ) : null}
        </g>
      ) : null}
      {deleted ? (
        // The thrown-away binder drops out of the pile and fades: the block that retention deleted.
        <g
          className="stage-pile stage-pile--deleted"
          opacity={deleted.opacity}
          transform={deleted.still ? undefined : `translate(0, ${(18 * (1 - deleted.opacity)).toFixed(1)})`}
        >
          <rect x={fold.x - 3} y={fold.y + 6} width={fold.w - 6} height={fold.h} rx={4} />
        </g>
      ) : null}
      {deleted && shelf.underY === null ? (
        <text
          className="stage-deleted"
          x={fold.x}
          y={shelf.laneY + 14}
          fontSize={FONT.small}
          opacity={deleted.opacity}
        >
          {`−${formatCount(voice.lang, deleted.count)}`}
        </text>
      ) : null}
      {shelf.underY !== null ? (
        <>
          {removed ? (
            <text
              className="stage-deleted"
              x={fold.x}
              y={shelf.underY}
              fontSize={FONT.small}
              opacity={deleted!.opacity}
            >
              {removed}
            </text>
          ) : fits ? (
            <text className="stage-muted tabular" x={fold.x} y={shelf.underY} fontSize={FONT.small}>
              {left}
            </text>
          ) : null}
          {keepLeftOf === null ? (
            <text
              className="stage-muted tabular"
              x={tape.x + tape.w - 4}
              y={shelf.underY}
              textAnchor="end"
              fontSize={FONT.small}
            >
              {rightText}
            </text>
          ) : null}
        </>
      ) : null}
    </g>
  );
});

/** The count on a compact pile, short enough for it at 16 units: "12", "980", "1.2k", "14k". */
function pileCount(voice: Voice, hidden: number): string {
  if (hidden < 1000) return formatCount(voice.lang, hidden);
  if (hidden < 10000) return `${formatDecimal(voice.lang, Math.floor(hidden / 100) / 10, 1)}k`;
  return `${formatCount(voice.lang, Math.floor(hidden / 1000))}k`;
}
