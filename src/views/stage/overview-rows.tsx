import { memo } from 'react';
import { shownName, widestName } from '../../shared/characters';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { activityBars, type GroupSummary, type TopicSummary } from '../../viz/overview';
import {
  GROUP_COLUMNS as G,
  OVERVIEW,
  TOPIC_COLUMNS as T,
  type OverviewLayout,
} from '../../viz/overview-layout';
import { groupColor } from '../../viz/palette';
import { cellFontSize } from '../../viz/text-width';
import { word } from '../words';
import { lagClass } from './desk-lag';
import { counted, lagOf, overviewMessages } from './overview-messages';
import { Selectable } from './selectable';
import './desk-lag.css';

/**
 * The overview's rows: a topic (name, shelves, notes kept, a heat strip of at most 16 cells) and a study
 * group (colour, name, students, a bar of what they are doing, backlog). Each is one button opening the
 * inspector. Its accessible name holds what stays put while the class plays (the name, the shelves or
 * students); the figures that move with every note (notes kept, page range, what the students do, the
 * backlog) are its description, as a desk's are (desk.tsx): a screen reader re-announces a focused part
 * whose name changes. The tooltip says both.
 */
export /** Text of `font` units, shrunk (down to small print) to fit `room`. */
function fit(text: string, font: number, room: number): number {
  return Math.max(OVERVIEW.small, cellFontSize(text, font, room));
}

interface TopicRowProps {
  topic: TopicSummary;
  row: OverviewLayout['topicRows'][number];
  fullest: number;
  voice: Voice;
  selected: boolean;
  onSelect: () => void;
}

export const TopicRow = memo(function TopicRow({
  topic,
  row,
  fullest,
  voice,
  selected,
  onSelect,
}: TopicRowProps) {
  const m = overviewMessages(voice.lang);
  const kept = formatCount(voice.lang, topic.kept);
  const pages = m.pages(formatCount(voice.lang, topic.minStart), formatCount(voice.lang, topic.maxEnd))[
    voice.words
  ];
  const label = `${word(voice, 'topic')} ${topic.name}, ${counted(voice, 'shelves', topic.partitions)}`;
  const description = `${kept} ${m.kept[voice.words]}, ${pages}`;
  const base = row.y + row.h - 8;
  return (
    <Selectable label={label} description={description} area={row} selected={selected} onSelect={onSelect}>
      <title>{`${label}, ${description}`}</title>
      <text x={row.x + T.name} y={base} fontSize={fit(topic.name, OVERVIEW.name, T.nameW)} fontWeight={700}>
        {clip(topic.name, T.nameW)}
      </text>
      <text x={row.x + T.shelves} y={base} textAnchor="end" fontSize={OVERVIEW.name} className="tabular">
        {formatCount(voice.lang, topic.partitions)}
      </text>
      <text
        x={row.x + T.kept}
        y={base}
        textAnchor="end"
        fontSize={fit(kept, OVERVIEW.name, T.kept - T.shelves - 8)}
        className="tabular"
      >
        {kept}
      </text>
      <rect
        className="stage-overview-strip"
        x={row.x + T.strip}
        y={row.y + 5}
        width={T.stripW}
        height={row.h - 10}
        rx={3}
      />
      {topic.strip.map((b) => (
        <rect
          key={b.from}
          className="stage-overview-bin"
          x={row.x + T.strip + (b.from / topic.partitions) * T.stripW + 0.5}
          y={row.y + 6}
          width={Math.max(1, ((b.to - b.from) / topic.partitions) * T.stripW - 1)}
          height={row.h - 12}
          fillOpacity={b.kept === 0 ? 0 : 0.15 + (0.85 * b.kept) / fullest}
        />
      ))}
    </Selectable>
  );
});

interface GroupRowProps {
  group: GroupSummary;
  row: OverviewLayout['groupRows'][number];
  voice: Voice;
  selected: boolean;
  onSelect: () => void;
}

export const GroupRow = memo(function GroupRow({ group, row, voice, selected, onSelect }: GroupRowProps) {
  const m = overviewMessages(voice.lang);
  const lag = formatCount(voice.lang, group.lag);
  const doing = group.activity
    .filter((a) => a.count > 0)
    .map((a) => `${formatCount(voice.lang, a.count)} ${m.activity[a.activity][voice.words]}`)
    .join(', ');
  // Called as the detailed picture, the chart and the inspector call it ("inglés" in a Spanish class).
  const name = shownName(voice, 'group', group.id);
  const label = `${word(voice, 'group')} ${name}, ${counted(voice, 'students', group.members)}`;
  const description = `${doing}; ${lagOf(voice, group.lag)}`;
  const base = row.y + row.h - 8;
  const bars = activityBars(group, row.x + G.bar, G.barW);
  return (
    <Selectable label={label} description={description} area={row} selected={selected} onSelect={onSelect}>
      <title>{`${label}: ${description}`}</title>
      <rect x={row.x} y={row.y + 6} width={6} height={row.h - 12} rx={2} fill={groupColor(group.index)} />
      {/* Sized for its longest name in any voice, so nothing moves when the words or the language change. */}
      <text
        x={row.x + 12}
        y={base}
        fontSize={fit(widestName('group', group.id), OVERVIEW.name, G.nameW - 12)}
        fontWeight={700}
      >
        {clip(name, G.nameW - 12)}
      </text>
      <text x={row.x + G.members} y={base} textAnchor="end" fontSize={OVERVIEW.name} className="tabular">
        {formatCount(voice.lang, group.members)}
      </text>
      <rect
        className="stage-overview-strip"
        x={row.x + G.bar}
        y={row.y + 5}
        width={G.barW}
        height={row.h - 10}
        rx={3}
      />
      {bars.map((b) =>
        b.w > 0 ? (
          <rect
            key={b.kind}
            className={`stage-overview-doing stage-overview-doing--${b.kind}`}
            x={b.x}
            y={row.y + 6}
            width={b.w}
            height={row.h - 12}
          />
        ) : null,
      )}
      <text
        x={row.x + G.lag}
        y={base}
        textAnchor="end"
        fontSize={fit(lag, OVERVIEW.name, G.lag - G.bar - G.barW - 8)}
        className={lagClass(group.lag, true)}
      >
        {lag}
      </text>
    </Selectable>
  );
});

/** A name cut to fit `room` units at the smallest allowed size, with an ellipsis (the full name is in the label). */
function clip(name: string, room: number): string {
  if (cellFontSize(name, OVERVIEW.name, room) >= OVERVIEW.small) return name;
  let cut = name;
  while (cut.length > 1 && cellFontSize(`${cut}…`, OVERVIEW.name, room) < OVERVIEW.small)
    cut = cut.slice(0, -1);
  return `${cut}…`;
}
