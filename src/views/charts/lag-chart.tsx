import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import { formatCount } from '../../shared/format-number';
import { useVoice } from '../../store/prefs';
import { useTextSample } from '../../store/use-sampled';
import { groupColor } from '../../viz/palette';
import { word } from '../words';
import { lagLine, maxValue, minValue, samplesIn, thin, type Point } from '../../viz/chart-math';
import { BOXES, ChartFrame, type ChartSize } from './chart-frame';
import { ChartLegend } from './chart-legend';
import { axisNumber, capital, chartMessages } from './messages';
import './lag-chart.css';
import { shownName } from '../../shared/characters';

/** The small chart shows the last two minutes; before that, the first half minute at least. */
const SMALL_WINDOW_MS = 120_000;
const SMALL_MIN_SPAN_MS = 30_000;
/** Points per line at most: one per pixel or so is plenty. */
const MAX_POINTS = 600;

interface LagChartProps {
  size: ChartSize;
  /** Only this group's line; all groups when left out. */
  group?: string;
}

/** Lag (the backlog) over time, one line per consumer group in its colour, with the playhead. */
export function LagChart({ size, group }: LagChartProps) {
  // Lines and playhead follow a playing class as its text does (useTextSample).
  const { snapshot, renderTime, horizonMs: horizon, samples } = useTextSample();
  const voice = useVoice();
  const { lang } = voice;
  const box = BOXES[size];

  // The domain moves in whole seconds (a sample's step), so the sampled lines are cut once a second.
  const second = Math.ceil(renderTime / 1000) * 1000;
  const [from, to] =
    size === 'small'
      ? [
          Math.max(0, Math.max(second, SMALL_MIN_SPAN_MS) - SMALL_WINDOW_MS),
          Math.max(second, SMALL_MIN_SPAN_MS),
        ]
      : [0, Math.max(horizon, second, SMALL_MIN_SPAN_MS)];

  const groups = snapshot.groups
    .map((g, index) => ({ id: g.id, color: groupColor(index), lag: g.totalLag }))
    .filter((g) => group === undefined || g.id === group);
  // Lines depend on the groups' ids (their colours are their indexes), not on the rest of the snapshot.
  const allIds = snapshot.groups.map((g) => g.id).join('\n');

  // The sampled lines change once a simulated second; only their live ends follow every frame.
  const sampled = useMemo(() => {
    const shown = thin(samplesIn(samples, from, to), MAX_POINTS);
    const lines = allIds
      .split('\n')
      .map((id, index) => ({ id, color: groupColor(index) }))
      .filter((g) => g.id !== '' && (group === undefined || g.id === group))
      .map((g) => ({ ...g, points: lagLine(shown, g.id) }));
    return { lines, lastMs: shown[shown.length - 1]?.timeMs ?? -1 };
  }, [samples, from, to, allIds, group]);

  // Between samples, each line runs on to the engine's present lag, so a new group shows at once.
  const liveMs = snapshot.timeMs;
  const live = liveMs > sampled.lastMs && liveMs <= to;
  const lines = sampled.lines.map((l) => {
    const lag = groups.find((g) => g.id === l.id)?.lag;
    return live && lag !== undefined ? { ...l, points: [...l.points, { t: liveMs, value: lag }] } : l;
  });
  const x = scaleLinear()
    .domain([from, to])
    .range([box.left, box.width - box.right]);
  const y = scaleLinear()
    .domain([
      // Below zero only while a truncation leaves a bookmark past the log end (lag as Kafka's tools print it).
      minValue(lines.map((l) => l.points)),
      maxValue(
        lines.map((l) => l.points),
        5,
      ),
    ])
    .nice(size === 'small' ? 3 : 5)
    .range([box.height - box.bottom, box.top]);
  const path = line<Point>()
    .defined((p) => p.value !== undefined)
    .x((p) => x(p.t))
    .y((p) => y(p.value ?? 0));
  const drawn = { x, y, lines: lines.map((l) => ({ id: l.id, color: l.color, d: path(l.points) ?? '' })) };

  const title = `${capital(word(voice, 'lag'))} (${word(voice, 'records')})`;
  const label = chartMessages(lang).overTime(
    title,
    groups.map((g) => `${shownName(voice, 'group', g.id)} ${formatCount(lang, g.lag)}`).join(', '),
  );

  return (
    <figure className={`lag-chart lag-chart--${size}`}>
      <figcaption className="lag-chart__caption">
        <span className="lag-chart__title">{title}</span>
        <ChartLegend
          items={groups.map((g) => ({
            key: g.id,
            label: shownName(voice, 'group', g.id),
            color: g.color,
            value: formatCount(lang, g.lag),
          }))}
        />
      </figcaption>
      <ChartFrame
        size={size}
        label={label}
        x={drawn.x}
        y={drawn.y}
        yFormat={(v) => axisNumber(lang, v)}
        playheadMs={renderTime}
        recordedMs={horizon}
      >
        {drawn.lines.map((l) => (
          <path key={l.id} data-group={l.id} d={l.d} style={{ stroke: l.color }} />
        ))}
      </ChartFrame>
    </figure>
  );
}
