import type { ReactNode } from 'react';
import './facts.css';

export interface Fact {
  readonly label: string;
  readonly value: ReactNode;
}

/** A short list of label: value pairs, values in tabular figures. */
export function Facts({ items }: { items: readonly Fact[] }) {
  return (
    <dl className="facts">
      {items.map((f) => (
        <div key={f.label} className="facts__row">
          <dt className="facts__label">{f.label}</dt>
          <dd className="facts__value">{f.value}</dd>
        </div>
      ))}
    </dl>
  );
}
