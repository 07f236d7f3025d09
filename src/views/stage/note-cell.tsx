import { memo } from 'react';
import { formatCount } from '../../shared/format-number';
import { FONT } from '../../viz/stage-metrics';
import { cellFontSize } from '../../viz/text-width';
import { useKeyPalette, useStageLang } from './key-palette';

export type CellKind = 'note' | 'pending' | 'next' | 'ghost' | 'empty';

interface NoteCellProps {
  x: number;
  y: number;
  w: number;
  h: number;
  offset: number;
  keyName: string | null;
  tombstone?: boolean;
  kind: CellKind;
  opacity?: number;
}

/**
 * One note: a paper card with its page number (offset), and its subject (key) as a coloured band and a
 * shape. `pending` is the slot of a note still in the air, `next` the empty slot at the log end, `ghost`
 * a note retention just deleted, `empty` an unused element of a shelf's pool.
 */
export const NoteCell = memo(function NoteCell({
  x,
  y,
  w,
  h,
  offset,
  keyName,
  tombstone = false,
  kind,
  opacity = 1,
}: NoteCellProps) {
  const palette = useKeyPalette();
  const lang = useStageLang();
  const cw = w - 5;
  if (kind === 'next') {
    return (
      <g className="stage-cell-next" transform={`translate(${x}, ${y})`}>
        <rect x={2} y={0} width={cw} height={h} rx={5} />
        <text x={2 + cw / 2} y={h / 2 + 6} textAnchor="middle" fontSize={FONT.body} className="tabular">
          {formatCount(lang, offset)}
        </text>
      </g>
    );
  }
  // One structure for every state and one transform for the position: a cell that lands, slides or is
  // reused for the next note changes a few attributes instead of being rebuilt.
  const style = palette.style(keyName);
  const keyed = keyName !== null && kind !== 'ghost';
  const cls = `stage-cell${kind === 'pending' ? ' stage-cell--pending' : ''}${tombstone ? ' stage-cell--tombstone' : ''}`;
  return (
    <g
      transform={`translate(${x}, ${y})`}
      opacity={opacity < 1 ? opacity : undefined}
      className={cls}
      visibility={kind === 'empty' ? 'hidden' : undefined}
    >
      <rect className="stage-cell-paper" x={2} y={0} width={cw} height={h} rx={5} />
      <path
        className="stage-cell-band"
        d={`M2 5a5 5 0 0 1 5-5h${cw - 10}a5 5 0 0 1 5 5v2h${-cw}z`}
        fill={keyed ? style.color : 'none'}
      />
      <path
        className="stage-cell-glyph"
        d={keyed ? style.glyph : ''}
        transform="translate(10, 14) scale(0.8)"
        fill={style.color}
      />
      <text
        className="stage-cell-number tabular"
        x={2 + cw / 2}
        y={keyed ? h - 9 : h / 2 + 6}
        textAnchor="middle"
        fontSize={cellFontSize(formatCount(lang, offset), h >= 40 ? FONT.cell : FONT.cellCompact, cw - 6)}
      >
        {formatCount(lang, offset)}
      </text>
    </g>
  );
});
