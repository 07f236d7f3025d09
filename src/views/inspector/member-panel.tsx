import type { GroupView, MemberView } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulatorStore } from '../../store/context';
import { formatClock } from '../../shared/format-time';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { LagCell } from './lag-cell';
import { activityLabel, activityTone, capitalize, countOrDash, partitionName } from './labels';
import { forStudent, messages } from './messages';
import { PanelHeading } from './panel-heading';
import { MAX_TYPED_RATE, MIN_READING_RATE } from '../typed-rate';
import { RateControl } from './rate-control';
import { StatusLine } from './status-line';
import './member-panel.css';
import { shownName } from '../../shared/characters';

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
  voice: Voice;
}

/** One student (consumer): what she is doing, her shelves, her pace, and what can happen to her. */
export function MemberPanel({ group, member, color, voice }: MemberPanelProps) {
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const m = messages(lang);
  const kafka = words === 'kafka';
  const count = (n: number): string => formatCount(lang, n);
  const dash = (v: number | null): string => countOrDash(lang, v);
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
  const columns: Column<PartitionRow>[] = [
    {
      key: 'p',
      header: capitalize(word(voice, 'partition')),
      cell: (r) => partitionName(voice, r.topic, r.partition),
    },
    { key: 'pos', header: capitalize(word(voice, 'position')), numeric: true, cell: (r) => dash(r.position) },
    { key: 'c', header: capitalize(word(voice, 'committed')), numeric: true, cell: (r) => dash(r.committed) },
    {
      key: 'e',
      header: capitalize(word(voice, 'logEnd')),
      numeric: true,
      cell: (r) => count(r.logEndOffset),
    },
    {
      key: 'l',
      header: capitalize(word(voice, 'lag')),
      numeric: true,
      cell: (r) => <LagCell voice={voice} lag={r.lag} committed={r.committed !== null} />,
    },
  ];

  const asleepOrDown = member.status === 'asleep';
  const wakeLabel = (member.crashed ? m.restart : m.wake)[words];
  const act = (type: 'sleep' | 'wake' | 'crash' | 'removeMember'): void => {
    store.getState().command({ type, ...target });
  };

  return (
    <>
      <PanelHeading
        kicker={
          <>
            {capitalize(word(voice, 'member'))} {m.memberOf}{' '}
            <ActionButton
              tone="link"
              onClick={() => store.getState().select({ kind: 'group', group: group.id })}
            >
              <span className="member-panel__swatch" style={{ background: color }} aria-hidden="true" />
              {shownName(voice, 'group', group.id)}
            </ActionButton>
          </>
        }
        title={member.id}
      />
      <StatusLine
        text={capitalize(activityLabel(voice, member.activity))}
        tone={activityTone(member.activity)}
      />
      <Facts
        items={[
          { label: m.processed[words], value: count(member.processed) },
          {
            label: m.lagFromBookmark[words],
            value: <LagCell voice={voice} lag={lag} committed={rows.every((r) => r.committed !== null)} />,
          },
          {
            label: forStudent(m.assigned, words, member.id),
            value: member.assignment.length
              ? member.assignment.map(([t, p]) => partitionName(voice, t, p)).join(', ')
              : m.none[words],
          },
          ...(kafka ? [{ label: m.lastPoll, value: formatClock(lang, member.lastPollMs) }] : []),
        ]}
      />
      <RateControl
        label={m.memberRate[words]}
        unit={m.perSecond[words]}
        value={member.recordsPerSec}
        min={MIN_READING_RATE}
        sliderMax={20}
        max={MAX_TYPED_RATE}
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
          <ActionButton onClick={() => act('sleep')}>{m.sleep[words]}</ActionButton>
        )}
        {/* A crashed process cannot close() or say goodbye: it is restarted, or its session times out. */}
        {!member.crashed && (
          <>
            <ActionButton onClick={() => act('removeMember')}>{m.remove[words]}</ActionButton>
            <ActionButton tone="danger" onClick={() => act('crash')}>
              {m.crash}
            </ActionButton>
          </>
        )}
      </div>
      <DataTable
        caption={forStudent(m.myShelves, words, member.id)}
        columns={columns}
        rows={rows}
        rowKey={(r) => `${r.topic}-${r.partition}`}
        empty={m.noShelf[words]}
      />
    </>
  );
}
