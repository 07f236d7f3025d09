import { memo } from 'react';
import { shownName } from '../../shared/characters';
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
  const colW = w / layout.cols;
  const at = (i: number) => ({
    x: x + Math.floor(i / layout.rows) * colW,
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
              {fitLabel(label, colW - 30)}
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

/** A subject's name, cut with an ellipsis only if it would run into the next column (a long sandbox key). */
function fitLabel(label: string, room: number): string {
  if (textWidth(label, FONT.body) <= room) return label;
  let cut = label;
  while (cut.length > 1 && textWidth(`${cut}…`, FONT.body) > room) cut = cut.slice(0, -1);
  return `${cut}…`;
}
