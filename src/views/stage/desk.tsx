import { memo } from 'react';
import type { MemberActivity } from '../../engine';
import type { Words } from '../../store/simulator-store';
import { useSimulator } from '../../store/context';
import type { DeskDensity, DeskLayout } from '../../viz/layout-types';
import { FETCH_MS, FONT } from '../../viz/stage-metrics';
import { activityLabel, lagLabel, memberName, processedLabel, rateLabel, shelvesLine } from './labels';
import { Selectable } from './selectable';
import { SleepZeds } from './sleep-zeds';
import { StudentFigure } from './student-figure';

export interface DeskProps {
  layout: DeskLayout;
  density: DeskDensity;
  group: string;
  member: string;
  activity: MemberActivity;
  recordsPerSec: number;
  /** Partitions as "topic-p" strings joined, so the memo compares a string, not a fresh array. */
  assignment: string;
  processed: number;
  lag: number;
  batchLeft: number;
  lastPollMs: number;
  color: string;
  variant: number;
  words: Words;
  reduced: boolean;
  selected: boolean;
  onSelect: (group: string, member: string) => void;
}

function parseAssignment(s: string): [string, number][] {
  if (s === '') return [];
  return s.split(',').map((tp) => {
    const i = tp.lastIndexOf('-');
    return [tp.slice(0, i), Number(tp.slice(i + 1))];
  });
}

/** A student at her desk: who she is, what she is doing, how fast, which shelves, how much read, how far behind. */
export const Desk = memo(function Desk(p: DeskProps) {
  const { layout, density, words } = p;
  const { box, figure, textX } = layout;
  // The fetched pile shows once the flying notes have landed on the desk.
  const landed = useSimulator((s) => s.renderTime - p.lastPollMs >= FETCH_MS);
  const dim = p.activity === 'asleep' || p.activity === 'crashed' || p.activity === 'out';
  const status = activityLabel(words, p.activity);
  const right = box.x + box.w - 10;
  return (
    <Selectable
      label={memberName(words, p.member, p.activity, p.lag)}
      area={box}
      selected={p.selected}
      onSelect={() => p.onSelect(p.group, p.member)}
      className={dim ? 'stage-desk-card stage-desk-card--dim' : 'stage-desk-card'}
    >
      <rect className="stage-desk-bg" x={box.x} y={box.y} width={box.w} height={box.h} rx={8} />
      <StudentFigure
        figure={figure}
        activity={p.activity}
        color={p.color}
        variant={p.variant}
        pile={landed ? p.batchLeft : 0}
      />
      {p.activity === 'asleep' ? (
        <SleepZeds head={layout.head} scale={figure.w / 48} reduced={p.reduced} />
      ) : null}
      <g aria-hidden="true">
        {density === 'roomy' ? (
          <>
            <text className="stage-name" x={textX} y={box.y + 23} fontSize={FONT.title}>
              {p.member}
            </text>
            <text
              className={`stage-status stage-status--${p.activity}`}
              x={textX}
              y={box.y + 43}
              fontSize={FONT.body}
            >
              {status}
            </text>
            <text className="stage-sub tabular" x={textX} y={box.y + 62} fontSize={FONT.body}>
              {rateLabel(words, p.recordsPerSec)}
            </text>
            <text className="stage-sub" x={textX} y={box.y + 81} fontSize={FONT.body}>
              {shelvesLine(words, parseAssignment(p.assignment))}
            </text>
            <text className="stage-sub tabular" x={box.x + 10} y={box.y + 101} fontSize={FONT.body}>
              {processedLabel(words, p.processed)}
            </text>
            <text
              className={p.lag > 0 ? 'stage-lag tabular' : 'stage-lag stage-lag--zero tabular'}
              x={right}
              y={box.y + 101}
              textAnchor="end"
              fontSize={FONT.body}
            >
              {lagLabel(words, p.lag)}
            </text>
          </>
        ) : density === 'compact' ? (
          <>
            <text className="stage-name" x={textX} y={box.y + 24} fontSize={FONT.body + 1}>
              {p.member}
            </text>
            <text
              className={p.lag > 0 ? 'stage-lag tabular' : 'stage-lag stage-lag--zero tabular'}
              x={right}
              y={box.y + 24}
              textAnchor="end"
              fontSize={FONT.body}
            >
              {lagLabel(words, p.lag)}
            </text>
            <text
              className={`stage-status stage-status--${p.activity}`}
              x={textX}
              y={box.y + 46}
              fontSize={FONT.body}
            >
              {`${status} · ${rateLabel(words, p.recordsPerSec).replace(/ \w+\/s$/, '/s')}`}
            </text>
          </>
        ) : (
          <>
            <text className="stage-name" x={textX} y={box.y + 20} fontSize={FONT.small + 1}>
              {p.member}
            </text>
            <text
              className={p.lag > 0 ? 'stage-lag tabular' : 'stage-lag stage-lag--zero tabular'}
              x={textX}
              y={box.y + 38}
              fontSize={FONT.small}
            >
              {lagLabel(words, p.lag)}
            </text>
          </>
        )}
      </g>
    </Selectable>
  );
});
