import { memo } from 'react';
import type { SegmentView } from '../../engine';
import type { ShelfLayout } from '../../viz/layout-types';

interface ShelfBindersProps {
  shelf: ShelfLayout;
  /** "base-end" pairs, the open segment with no end: a string, so the memo holds between appends. */
  segments: string;
  /** Offset at x = 0 of the translated tape group. */
  base: number;
}

/** How far right the open binder reaches, past any visible cell (the tape clips it). */
const OPEN_END = 4096;

export function segmentsKey(segments: readonly SegmentView[]): string {
  return segments
    .map((s, i) => (i === segments.length - 1 ? `${s.baseOffset}-` : `${s.baseOffset}-${s.endOffset}`))
    .join(',');
}

/**
 * Segments drawn faintly as binders behind the notes: retention throws away whole binders, which is why
 * old notes disappear in blocks. Drawn in the tape's translated group and clipped by it, so they redraw
 * only when a segment rolls or is deleted, not on every note.
 */
export const ShelfBinders = memo(function ShelfBinders({ shelf, segments, base }: ShelfBindersProps) {
  const { tape, cellW } = shelf;
  const y = tape.y - 5;
  const h = tape.h + 9;
  const list = segments === '' ? [] : segments.split(',');
  return (
    <g aria-hidden="true">
      {list.slice(-8).map((pair) => {
        const [from = '0', to = ''] = pair.split('-');
        const start = Math.max(Number(from), base);
        const end = to === '' ? base + OPEN_END : Number(to);
        if (end <= base) return null;
        const x0 = (start - base) * cellW + 0.5;
        const x1 = (end - base) * cellW - 0.5;
        return (
          <g key={from}>
            <rect className="stage-binder" x={x0} y={y} width={x1 - x0} height={h} rx={7} />
            {Number(from) >= base ? (
              <path className="stage-binder-rings" d={`M${x0 + 1} ${y + 9}h5M${x0 + 1} ${y + h - 9}h5`} />
            ) : null}
          </g>
        );
      })}
    </g>
  );
});
