import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { useMemo } from 'react';
import type { Sample } from '../../runtime/history';
import { formatDecimal } from '../../shared/format-number';
import { useVoice } from '../../store/prefs';
import { useTextSample } from '../../store/use-sampled';
import { groupColor } from '../../viz/palette';
import { word } from '../words';
import { maxValue, rateLine, thin, type Point } from '../../viz/chart-math';
import { BOXES, ChartFrame } from './chart-frame';
import { ChartLegend, type LegendItem } from './chart-legend';
import { axisNumber, chartMessages } from './messages';
import './throughput-chart.css';
import { shownName } from '../../shared/characters';

const MAX_POINTS = 600;
const MIN_SPAN_MS = 30_000;

interface Series {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  readonly dashed: boolean;
  total(s: Sample): number | undefined;
}

const sum = (values: (number | undefined)[]): number | undefined =>
  values.some((v) => v === undefined) ? undefined : values.reduce<number>((a, v) => a + (v ?? 0), 0);

/**
 * Records in and out per second, from the differences of the running totals the samples keep: in = appended
 * to the topics, out = processed by a group. With `group`, that group's topics in and its members' work out.
 */
export function ThroughputChart({ group }: { group?: string }) {
  // Lines and playhead follow a playing class as its text does (useTextSample).
  const { snapshot, renderTime, horizonMs: horizon, samples } = useTextSample();
  const voice = useVoice();
  const { lang } = voice;
  const m = chartMessages(lang);
  const box = BOXES.large;
  const second = Math.ceil(renderTime / 1000) * 1000;
  const to = Math.max(horizon, second, MIN_SPAN_MS);

  // What to draw depends only on the names of topics and groups, not on the rest of the snapshot.
  const names = JSON.stringify({
    topics: snapshot.topics.map((t) => t.name),
    groups: snapshot.groups.map((g) => [g.id, g.topics]),
  });

  const drawn = useMemo(() => {
    const { topics, groups } = JSON.parse(names) as { topics: string[]; groups: [string, string[]][] };
    const series: Series[] = [];
    const chosen = groups.findIndex(([id]) => id === group);
    if (chosen >= 0) {
      const [id, read] = groups[chosen]!;
      series.push({
        key: 'in',
        label: m.inOf(read.join(', ')),
        color: 'var(--muted)',
        dashed: true,
        total: (s) => sum(read.map((t) => s.appended[t])),
      });
      series.push({
        key: 'out',
        label: m.outOf(shownName(voice, 'group', id)),
        color: groupColor(chosen),
        dashed: false,
        total: (s) => s.processed[id],
      });
    } else {
      for (const t of topics) {
        series.push({
          key: `in:${t}`,
          label: m.into(t),
          color: 'var(--muted)',
          dashed: true,
          total: (s) => s.appended[t],
        });
      }
      groups.forEach(([id], index) => {
        series.push({
          key: `out:${id}`,
          label: m.outFrom(shownName(voice, 'group', id)),
          color: groupColor(index),
          dashed: false,
          total: (s) => s.processed[id],
        });
      });
    }
    const lines = series.map((s) => ({ ...s, points: thin(rateLine(samples, s.total), MAX_POINTS) }));
    const x = scaleLinear()
      .domain([0, to])
      .range([box.left, box.width - box.right]);
    const y = scaleLinear()
      .domain([
        0,
        maxValue(
          lines.map((l) => l.points),
          2,
        ),
      ])
      .nice(5)
      .range([box.height - box.bottom, box.top]);
    const path = line<Point>()
      .defined((p) => p.value !== undefined)
      .x((p) => x(p.t))
      .y((p) => y(p.value ?? 0));
    return { x, y, lines: lines.map((l) => ({ ...l, d: path(l.points) ?? '' })) };
  }, [samples, names, group, to, box, m, voice]);

  const legend: LegendItem[] = drawn.lines.map((l) => {
    const last = [...l.points].reverse().find((p) => p.t <= renderTime && p.value !== undefined);
    return {
      key: l.key,
      label: l.label,
      color: l.color,
      dashed: l.dashed,
      value: last ? `${formatDecimal(lang, last.value ?? 0, 1)}/s` : undefined,
    };
  });
  const title = m.perSecond(word(voice, 'records'));

  return (
    <figure className="throughput-chart">
      <figcaption className="throughput-chart__caption">
        <span className="throughput-chart__title">{title}</span>
        <ChartLegend items={legend} />
      </figcaption>
      <ChartFrame
        size="large"
        label={m.inAndOut(title, legend.map((l) => `${l.label} ${l.value ?? m.noneYet}`).join(', '))}
        x={drawn.x}
        y={drawn.y}
        yFormat={(v) => axisNumber(lang, v)}
        playheadMs={renderTime}
        recordedMs={horizon}
      >
        {drawn.lines.map((l) => (
          <path
            key={l.key}
            data-series={l.key}
            d={l.d}
            style={{ stroke: l.color }}
            strokeDasharray={l.dashed ? '4 5' : undefined}
          />
        ))}
      </ChartFrame>
    </figure>
  );
}
