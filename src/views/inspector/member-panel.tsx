import { format } from 'd3-format';
import type { GroupView, MemberView } from '../../engine';
import { useSimulatorStore } from '../../store/context';
import type { Words } from '../../store/simulator-store';
import { formatClock } from '../controls/format-time';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { activityLabel, activityTone, capitalize, partitionName } from './labels';
import { PanelHeading } from './panel-heading';
import { RateControl } from './rate-control';
import { StatusLine } from './status-line';
import './member-panel.css';

const count = format(',d');

interface PartitionRow {
  readonly topic: string;
  readonly partition: number;
  readonly position: number | null;
  readonly committed: number | null;
  readonly logEndOffset: number;
  readonly lag: number;
}

interface MemberPanelProps {
  group: GroupView;
  member: MemberView;
  color: string;
  words: Words;
}

/** One student (consumer): what she is doing, her shelves, her pace, and what can happen to her. */
export function MemberPanel({ group, member, color, words }: MemberPanelProps) {
  const store = useSimulatorStore();
  const kafka = words === 'kafka';
  const target = { group: group.id, member: member.id };
  const rows: PartitionRow[] = member.assignment.map(([topic, partition]) => {
    const offsets = group.offsets.find((o) => o.topic === topic && o.partition === partition);
    const position = member.positions.find((p) => p.topic === topic && p.partition === partition);
    return {
      topic,
      partition,
      position: position?.offset ?? null,
      committed: offsets?.committed ?? null,
      logEndOffset: offsets?.logEndOffset ?? 0,
      lag: offsets?.lag ?? 0,
    };
  });
  const lag = rows.reduce((n, r) => n + r.lag, 0);
  const dash = (v: number | null): string => (v === null ? '-' : count(v));
  const columns: Column<PartitionRow>[] = [
    {
      key: 'p',
      header: capitalize(word(words, 'partition')),
      cell: (r) => partitionName(r.topic, r.partition, words),
    },
    { key: 'pos', header: capitalize(word(words, 'position')), numeric: true, cell: (r) => dash(r.position) },
    { key: 'c', header: capitalize(word(words, 'committed')), numeric: true, cell: (r) => dash(r.committed) },
    {
      key: 'e',
      header: capitalize(word(words, 'logEnd')),
      numeric: true,
      cell: (r) => count(r.logEndOffset),
    },
    { key: 'l', header: capitalize(word(words, 'lag')), numeric: true, cell: (r) => count(r.lag) },
  ];

  const asleepOrDown = member.status === 'asleep';
  const wakeLabel = member.crashed ? (kafka ? 'Restart' : 'Bring back') : kafka ? 'Resume' : 'Wake up';
  const act = (type: 'sleep' | 'wake' | 'crash' | 'removeMember'): void => {
    store.getState().command({ type, ...target });
  };

  return (
    <>
      <PanelHeading
        kicker={
          <>
            {capitalize(word(words, 'member'))} in{' '}
            <ActionButton
              tone="link"
              onClick={() => store.getState().select({ kind: 'group', group: group.id })}
            >
              <span className="member-panel__swatch" style={{ background: color }} aria-hidden="true" />
              {group.id}
            </ActionButton>
          </>
        }
        title={member.id}
      />
      <StatusLine
        text={capitalize(activityLabel(member.activity, words))}
        tone={activityTone(member.activity)}
      />
      <Facts
        items={[
          { label: kafka ? 'Processed' : 'Notes read', value: count(member.processed) },
          { label: capitalize(word(words, 'lag')), value: count(lag) },
          {
            label: kafka ? 'Assigned partitions' : 'Her shelves',
            value: member.assignment.length
              ? member.assignment.map(([t, p]) => partitionName(t, p, words)).join(', ')
              : 'none',
          },
          ...(kafka ? [{ label: 'Last poll', value: formatClock(member.lastPollMs) }] : []),
        ]}
      />
      <RateControl
        label={kafka ? 'Processing rate' : 'Reading pace'}
        unit={kafka ? 'records per second' : 'notes per second'}
        value={member.recordsPerSec}
        min={0.1}
        sliderMax={20}
        max={1000}
        step={0.1}
        onCommit={(recordsPerSec) =>
          store.getState().command({ type: 'setMemberRate', ...target, recordsPerSec })
        }
      />
      <div className="member-panel__actions">
        {asleepOrDown || member.crashed ? (
          <ActionButton tone="primary" onClick={() => act('wake')}>
            {wakeLabel}
          </ActionButton>
        ) : (
          <ActionButton onClick={() => act('sleep')}>{kafka ? 'Stop polling' : 'Fall asleep'}</ActionButton>
        )}
        <ActionButton onClick={() => act('removeMember')}>{kafka ? 'Shut down' : 'Send home'}</ActionButton>
        {!member.crashed && (
          <ActionButton tone="danger" onClick={() => act('crash')}>
            Crash
          </ActionButton>
        )}
      </div>
      <DataTable
        caption={kafka ? 'Partitions' : 'Her shelves'}
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.topic}-${r.partition}`}
        empty={kafka ? 'No partitions assigned' : 'No shelf to read right now'}
      />
    </>
  );
}
