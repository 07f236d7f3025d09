import './chart-legend.css';

export interface LegendItem {
  readonly key: string;
  readonly label: string;
  readonly color: string;
  /** The line's value now, shown after its label. */
  readonly value?: string;
  readonly dashed?: boolean;
}

/** Which line is which: a short stroke in the line's colour and style, the label, and the value now. */
export function ChartLegend({ items }: { items: readonly LegendItem[] }) {
  return (
    <ul className="chart-legend">
      {items.map((item) => (
        <li key={item.key} className="chart-legend__item">
          <svg className="chart-legend__swatch" width="18" height="10" aria-hidden="true">
            <line
              x1="1"
              x2="17"
              y1="5"
              y2="5"
              style={{ stroke: item.color }}
              strokeWidth="3"
              strokeLinecap="round"
              strokeDasharray={item.dashed ? '3 4' : undefined}
            />
          </svg>
          <span className="chart-legend__label">{item.label}</span>
          {item.value !== undefined && <span className="chart-legend__value">{item.value}</span>}
        </li>
      ))}
    </ul>
  );
}
