import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { lagWhy } from '../stage/desk-lag';

/**
 * A backlog (lag) in a table, as kafka-consumer-groups.sh prints it: LAG = log end offset - committed
 * offset, and "-" while nothing is committed (`ConsumerGroupCommand`'s MISSING_COLUMN_VALUE). The tooltip
 * says what the number counts from, or why there is none and how much the group would still read.
 */
export function LagCell({ voice, lag, committed }: { voice: Voice; lag: number; committed: boolean }) {
  const why = lagWhy(voice, lag, committed);
  if (committed) return <span title={why}>{formatCount(voice.lang, lag)}</span>;
  return (
    <span title={why}>
      -<span className="visually-hidden"> ({why})</span>
    </span>
  );
}
