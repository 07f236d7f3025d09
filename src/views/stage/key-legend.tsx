import { memo } from 'react';
import { shownName, widestName } from '../../shared/characters';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import type { LegendLayout } from '../../viz/layout-types';
import { FONT } from '../../viz/stage-metrics';
import { textWidth } from '../../viz/text-width';
import { LEGEND } from '../../viz/layout-place';
import { useKeyPalette } from './key-palette';
import { stageMessages } from './messages';

interface KeyLegendProps {
  layout: LegendLayout;
  /** Distinct keys seen on the shelves, sorted. */
  keys: readonly string[];
  voice: Voice;
}

/** Which colour and shape each subject (key) has, under the teacher who chose them. */
export const KeyLegend = memo(function KeyLegend({ layout, keys, voice }: KeyLegendProps) {
  const palette = useKeyPalette();
  if (keys.length === 0) return null;
  const { x, y, w } = layout.box;
  const slots = layout.rows * layout.cols;
  const shown = keys.length > slots ? keys.slice(0, slots - 1) : keys;
  const more = keys.length - shown.length;
  const cols = columnStarts(shown, layout.rows, layout.cols, w);
  const at = (i: number) => ({
    x: x + cols[Math.floor(i / layout.rows)]!.start,
    y: y + LEGEND.title + (i % layout.rows) * LEGEND.row + 8,
  });
  const m = stageMessages(voice.lang);
  const title = m.legendTitle[voice.words];
  return (
    <g
      className="stage-legend"
      role="group"
      aria-label={`${title}: ${keys.map((k) => shownName(voice, 'key', k)).join(', ')}`}
    >
      <text className="stage-caption" x={x + 4} y={y + 18} fontSize={FONT.body} aria-hidden="true">
        {title}
      </text>
      {shown.map((k, i) => {
        const p = at(i);
        const label = shownName(voice, 'key', k);
        return (
          <g key={k} aria-hidden="true">
            <path
              d={palette.glyph(k, 150)}
              transform={`translate(${p.x + 12}, ${p.y})`}
              fill={palette.style(k).color}
            />
            <text className="stage-sub" x={p.x + 28} y={p.y + 6} fontSize={FONT.body}>
              {fitLabel(label, cols[Math.floor(i / layout.rows)]!.room)}
            </text>
          </g>
        );
      })}
      {more > 0 ? (
        <text
          className="stage-muted"
          x={at(shown.length).x + 28}
          y={at(shown.length).y + 6}
          fontSize={FONT.body}
          aria-hidden="true"
        >
          {m.legendMore(formatCount(voice.lang, more))}
        </text>
      ) : null}
    </g>
  );
});

/**
 * Where each column starts and how much room its names have: as wide as its longest name in any language
 * ("ciencias" beside "historia"), so the legend neither moves on a switch nor cuts a subject that fits the
 * box; equal shares when the names need more than the box (a long sandbox key is then cut with "…").
 */
function columnStarts(
  keys: readonly string[],
  rows: number,
  count: number,
  w: number,
): { start: number; room: number }[] {
  const need = Array.from({ length: count }, (_, c) =>
    Math.max(
      0,
      ...keys.slice(c * rows, (c + 1) * rows).map((k) => textWidth(widestName('key', k), FONT.body)),
    ),
  );
  const total = need.reduce((a, n) => a + n + GLYPH, 0);
  let start = 0;
  return need.map((n) => {
    const width = total <= w ? n + GLYPH + (w - total) / count : w / count;
    const col = { start, room: width - GLYPH };
    start += width;
    return col;
  });
}

/** Room before a name: the subject's glyph and a gap. */
const GLYPH = 30;

/** A subject's name, cut with an ellipsis only if it would run into the next column (a long sandbox key). */
function fitLabel(label: string, room: number): string {
  if (textWidth(label, FONT.body) <= room) return label;
  let cut = label;
  while (cut.length > 1 && textWidth(`${cut}…`, FONT.body) > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}
