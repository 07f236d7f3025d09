import './status-line.css';

export type StatusTone = 'active' | 'quiet' | 'asleep' | 'trouble' | 'moving';

/** What something is doing now, in one large line with a coloured edge (the words carry the meaning). */
export function StatusLine({ text, tone }: { text: string; tone: StatusTone }) {
  return <p className={`status-line status-line--${tone}`}>{text}</p>;
}
