import { useMemo } from 'react';
import type { Voice } from '../../shared/lang';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { useVoice } from '../../store/prefs';
import { selectSelection } from '../../store/selectors';
import type { Selection } from '../../store/simulator-store';
import {
  flowKey,
  GROUP_COLUMNS as G,
  layoutOverview,
  OVERVIEW,
  TOPIC_COLUMNS as T,
  type OverviewLayout,
} from '../../viz/overview-layout';
import { BAR_COLOURS, overviewModel, shownColours, type Kind, type OverviewModel } from '../../viz/overview';
import { textWidth } from '../../viz/text-width';
import type { Viewport } from '../../viz/layout-types';
import { CHART_MIN_STAGE_PX, CORNER_PX } from '../../viz/stage-layout';
import { word } from '../words';
import { counted, lagOf, overviewMessages, rateOf } from './overview-messages';
import { fit, GroupRow, TopicRow } from './overview-rows';
import { TOGGLE_PX } from './picture-toggle';
import { useSlowSnapshot } from './use-slow-snapshot';

/**
 * The stage of a class too large to draw note by note (shared/class-size.ts): a summary, a row per topic
 * (its shelves, the notes kept, and a heat strip of at most 16 cells showing where the notes are) and a row
 * per study group (its students, a bar of what they are doing, its backlog). It draws a number of elements
 * bounded by the topics and groups, whatever the partitions and students, and redraws only with the text
 * sample (twice a second in a busy class), so 1,024 shelves keep the page at full frame rate. A row
 * opens the inspector, which lists every shelf and student, each of which opens in detail.
 */
export function OverviewStage({
  chart = true,
  size,
  toggle = false,
}: {
  chart?: boolean;
  size: Viewport;
  /** The picture's toggle shows in the top-right corner (stage.tsx): keep a strip along the top free. */
  toggle?: boolean;
}) {
  const snapshot = useSlowSnapshot();
  const voice = useVoice();
  const selection = useSimulator(selectSelection);
  const model = useMemo(() => overviewModel(snapshot), [snapshot]);
  const corner = chart && size.heightPx >= CHART_MIN_STAGE_PX ? CORNER_PX : null;
  // The key is laid out for every colour's entry in this voice, so it keeps its size as states change.
  const keyWidths = useMemo(
    () =>
      BAR_COLOURS.map((kinds) => keyEntryWidth(keyLabel({ lang: voice.lang, words: voice.words }, kinds))),
    [voice.lang, voice.words],
  );
  const layout = useMemo(
    () =>
      layoutOverview(
        model.topics.length,
        model.groups.length,
        size,
        corner,
        toggle ? TOGGLE_PX : 0,
        keyWidths,
      ),
    [model.topics.length, model.groups.length, size, corner, toggle, keyWidths],
  );
  const m = overviewMessages(voice.lang);
  return (
    <svg
      className={
        layout.dropsChart ? 'stage-svg stage-overview stage-overview--whole' : 'stage-svg stage-overview'
      }
      viewBox={`0 0 ${round(layout.width)} ${round(layout.height)}`}
      preserveAspectRatio="xMidYMid meet"
      width="100%"
      height="100%"
      role="group"
      aria-label={m.stageName[voice.words]}
    >
      <Summary layout={layout} model={model} voice={voice} />
      <Tables layout={layout} model={model} voice={voice} selection={selection} />
      <ActivityKey layout={layout} model={model} voice={voice} />
    </svg>
  );
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

function Summary({ layout, model, voice }: { layout: OverviewLayout; model: OverviewModel; voice: Voice }) {
  const lines = [
    counted(voice, 'teachers', model.producers),
    rateOf(voice, model.producerRate),
    counted(voice, 'shelves', model.shelves),
    counted(voice, 'students', model.members),
    lagOf(voice, model.totalLag),
  ];
  const { x, y, w } = layout.summary;
  // One column beside the tables, or two above them (filled row by row) on a phone.
  const cols = layout.summaryColumns;
  const colW = w / cols;
  return (
    <g className="stage-overview-summary">
      {lines.map((line, i) => (
        <text
          key={i}
          x={x + (i % cols) * colW}
          y={y + (Math.floor(i / cols) + 1) * OVERVIEW.summaryLine - 7}
          fontSize={fit(line, OVERVIEW.name, cols > 1 ? colW - OVERVIEW.margin : w)}
          className="tabular"
        >
          {line}
        </text>
      ))}
    </g>
  );
}

/** A key entry's label: the kinds its colour stands for ("asleep, collapsed"). */
function keyLabel(voice: Voice, kinds: readonly Kind[]): string {
  const m = overviewMessages(voice.lang);
  return kinds.map((k) => m.activity[k][voice.words]).join(', ');
}

/** A key entry's width in units: its swatch, a gap, its label in small print. */
function keyEntryWidth(label: string): number {
  return OVERVIEW.swatch + KEY_TEXT_GAP + textWidth(label, OVERVIEW.small);
}

const KEY_TEXT_GAP = 6;

/**
 * The activity bar's key, under the groups' table: a swatch and a name for each colour some bar shows now,
 * in the bar's own classes, so each mark is the colour it names. Where the layout has no room for it (a
 * phone) there is none; each row's description still says what its students do.
 */
function ActivityKey({
  layout,
  model,
  voice,
}: {
  layout: OverviewLayout;
  model: OverviewModel;
  voice: Voice;
}) {
  const { x, y, w, h } = layout.key;
  if (w === 0 || h === 0) return null;
  const shown = shownColours(model.groups);
  const labels = shown.map((kinds) => keyLabel(voice, kinds));
  const flow = flowKey(labels.map(keyEntryWidth), w);
  return (
    <g className="stage-overview-key">
      {shown.map((kinds, i) => {
        const at = flow.at[i]!;
        const top = y + at.line * OVERVIEW.keyLine;
        return (
          <g key={kinds.join(' ')}>
            <rect
              className={`stage-overview-doing stage-overview-doing--${kinds[0]!}`}
              x={x + at.x}
              y={top + (OVERVIEW.keyLine - OVERVIEW.swatch) / 2}
              width={OVERVIEW.swatch}
              height={OVERVIEW.swatch}
              rx={2}
            />
            <text
              x={x + at.x + OVERVIEW.swatch + KEY_TEXT_GAP}
              y={top + OVERVIEW.keyLine - 7}
              fontSize={OVERVIEW.small}
            >
              {labels[i]}
            </text>
          </g>
        );
      })}
    </g>
  );
}

interface TablesProps {
  layout: OverviewLayout;
  model: OverviewModel;
  voice: Voice;
  selection: Selection | null;
}

function Tables({ layout, model, voice, selection }: TablesProps) {
  const store = useSimulatorStore();
  const m = overviewMessages(voice.lang);
  const w = voice.words;
  // The strip's darkest cell is the fullest run of shelves in the class: cells compare across topics.
  let fullest = 1;
  for (const t of model.topics) for (const b of t.strip) fullest = Math.max(fullest, b.kept);
  const th = layout.topicsHeader;
  const gh = layout.groupsHeader;
  // The column captions sit on each table's header line (side by side, or one table under the other).
  const caption = th.y + th.h - 8;
  const groupCaption = gh.y + gh.h - 8;
  return (
    <>
      <g className="stage-overview-header">
        <text x={th.x} y={th.y + 18} fontSize={OVERVIEW.name} className="stage-overview-title">
          {counted(voice, 'machines', model.topics.length)}
        </text>
        <text x={th.x + T.shelves} y={caption} textAnchor="end" fontSize={OVERVIEW.small}>
          {m.shelves[w][1]}
        </text>
        <text x={th.x + T.kept} y={caption} textAnchor="end" fontSize={OVERVIEW.small}>
          {m.kept[w]}
        </text>
        <text x={th.x + T.strip} y={caption} fontSize={OVERVIEW.small}>
          {m.perShelf[w]}
        </text>
        <text x={gh.x} y={gh.y + 18} fontSize={OVERVIEW.name} className="stage-overview-title">
          {counted(voice, 'groups', model.groups.length)}
        </text>
        <text x={gh.x + G.members} y={groupCaption} textAnchor="end" fontSize={OVERVIEW.small}>
          {m.students[w][1]}
        </text>
        {/* The activity bar's column: its colours are what the students do, never the backlog's red. */}
        <text x={gh.x + G.bar} y={groupCaption} fontSize={OVERVIEW.small}>
          {m.doing[w]}
        </text>
        <text x={gh.x + G.lag} y={groupCaption} textAnchor="end" fontSize={OVERVIEW.small}>
          {word(voice, 'lag')}
        </text>
      </g>
      {model.topics.map((t, i) => (
        <TopicRow
          key={t.name}
          topic={t}
          row={layout.topicRows[i]!}
          fullest={fullest}
          voice={voice}
          selected={selection?.kind === 'topic' && selection.topic === t.name}
          onSelect={() => store.getState().select({ kind: 'topic', topic: t.name })}
        />
      ))}
      {model.groups.map((g, i) => (
        <GroupRow
          key={g.id}
          group={g}
          row={layout.groupRows[i]!}
          voice={voice}
          selected={selection?.kind === 'group' && selection.group === g.id}
          onSelect={() => store.getState().select({ kind: 'group', group: g.id })}
        />
      ))}
    </>
  );
}
