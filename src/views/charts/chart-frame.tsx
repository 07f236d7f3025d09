import type { ScaleLinear } from 'd3-scale';
import type { ReactNode } from 'react';
import { useLang } from '../../store/prefs';
import { formatClock } from '../../shared/format-time';
import { timeTicks } from '../../viz/chart-math';
import './chart-frame.css';

export type ChartSize = 'small' | 'large';

export interface ChartBox {
  readonly width: number;
  readonly height: number;
  readonly top: number;
  readonly right: number;
  readonly bottom: number;
  readonly left: number;
}

/** Small sits beside the stage at its pixel size; large fills the inspector's width (scaled by its viewBox). */
export const BOXES: Record<ChartSize, ChartBox> = {
  small: { width: 240, height: 130, top: 8, right: 10, bottom: 20, left: 34 },
  large: { width: 400, height: 190, top: 10, right: 14, bottom: 24, left: 42 },
};

interface ChartFrameProps {
  size: ChartSize;
  label: string;
  x: ScaleLinear<number, number>;
  y: ScaleLinear<number, number>;
  yFormat(value: number): string;
  /** The playhead, in ms; left of it is the past. */
  playheadMs: number;
  /** The end of the recorded run: between the playhead and here lies a recorded future, drawn faded. */
  recordedMs: number;
  children: ReactNode;
}

/** The axes, grid, playhead and faded future around a chart's lines. Drawn by React from the scales' ticks. */
export function ChartFrame({
  size,
  label,
  x,
  y,
  yFormat,
  playheadMs,
  recordedMs,
  children,
}: ChartFrameProps) {
  const lang = useLang();
  const box = BOXES[size];
  const [x0, x1] = x.range() as [number, number];
  const [y0, y1] = y.range() as [number, number];
  const [d0, d1] = x.domain() as [number, number];
  const clamp = (t: number): number => x(Math.min(d1, Math.max(d0, t)));
  const playheadX = clamp(playheadMs);
  const recordedX = clamp(recordedMs);
  const yTicks = y.ticks(size === 'small' ? 3 : 5).filter((v) => Number.isInteger(v));
  const xTicks = timeTicks(d0, d1, size === 'small' ? 4 : 6);
  const sizing =
    size === 'small'
      ? { width: box.width, height: box.height }
      : { width: '100%', preserveAspectRatio: 'xMidYMid meet' };
  return (
    <svg
      className={`chart-frame chart-frame--${size}`}
      viewBox={`0 0 ${box.width} ${box.height}`}
      role="img"
      aria-label={label}
      {...sizing}
    >
      <g className="chart-frame__grid" aria-hidden="true">
        {yTicks.map((v) => (
          <g key={v} transform={`translate(0,${y(v)})`}>
            <line x1={x0} x2={x1} className={v === 0 ? 'chart-frame__baseline' : undefined} />
            <text x={x0 - 5} dy="0.32em" textAnchor="end">
              {yFormat(v)}
            </text>
          </g>
        ))}
        {xTicks.map((t) => (
          <g key={t} transform={`translate(${x(t)},0)`}>
            <line y1={y0} y2={y0 + 4} />
            <text y={y0 + 6} dy="0.71em" textAnchor="middle">
              {formatClock(lang, t, false)}
            </text>
          </g>
        ))}
      </g>
      <g className="chart-frame__lines">{children}</g>
      {recordedX > playheadX + 1 && (
        <rect
          className="chart-frame__future"
          x={playheadX}
          y={y1}
          width={recordedX - playheadX}
          height={y0 - y1}
          aria-hidden="true"
        />
      )}
      <line className="chart-frame__playhead" x1={playheadX} x2={playheadX} y1={y1 - 4} y2={y0} />
    </svg>
  );
}
