import { format } from 'd3-format';
import type { GroupView, OffsetView } from '../../engine';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectMilestones } from '../../store/selectors';
import type { Words } from '../../store/simulator-store';
import { LagChart } from '../charts/lag-chart';
import { ThroughputChart } from '../charts/throughput-chart';
import { freeNames, usedMemberIds } from '../controls/friendly-names';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { activityLabel, capitalize, groupStateLabel, groupStateTone, partitionName } from './labels';
import { PanelHeading } from './panel-heading';
import { StatusLine } from './status-line';
import './group-panel.css';

const count = format(',d');

/** A newcomer reads at this pace: a steady helper, not a sprinter. */
const BACKUP_RECORDS_PER_SEC = 2;

interface GroupPanelProps {
  group: GroupView;
  color: string;
  words: Words;
}

/** A study group (consumer group): its state, members, the offsets table of the management UIs, its charts. */
export function GroupPanel({ group, color, words }: GroupPanelProps) {
  const store = useSimulatorStore();
  const milestones = useSimulator(selectMilestones);
  const kafka = words === 'kafka';
  const dash = (v: number | null): string => (v === null ? '-' : count(v));

  const columns: Column<OffsetView>[] = [
    {
      key: 'p',
      header: capitalize(word(words, 'partition')),
      cell: (o) => partitionName(o.topic, o.partition, words),
    },
    { key: 'm', header: capitalize(word(words, 'member')), cell: (o) => o.owner ?? '-' },
    {
      key: 'e',
      header: capitalize(word(words, 'logEnd')),
      numeric: true,
      cell: (o) => count(o.logEndOffset),
    },
    {
      key: 'c',
      header: kafka ? 'Group offset' : capitalize(word(words, 'committed')),
      numeric: true,
      cell: (o) => dash(o.committed),
    },
    { key: 'l', header: capitalize(word(words, 'lag')), numeric: true, cell: (o) => count(o.lag) },
  ];

  const callBackup = (): void => {
    const { snapshot } = store.getState();
    const [id] = freeNames(1, usedMemberIds(snapshot, milestones));
    if (id === undefined) return;
    store
      .getState()
      .command({ type: 'addMember', group: group.id, member: { id, recordsPerSec: BACKUP_RECORDS_PER_SEC } });
  };

  return (
    <>
      <PanelHeading
        kicker={
          <>
            <span className="group-panel__swatch" style={{ background: color }} aria-hidden="true" />
            {capitalize(word(words, 'group'))}
          </>
        }
        title={group.id}
      />
      <StatusLine text={capitalize(groupStateLabel(group.state, words))} tone={groupStateTone(group.state)} />
      <section className="group-panel__members" aria-label={kafka ? 'Members' : 'Students'}>
        <ul className="group-panel__member-list">
          {group.members.map((m) => (
            <li key={m.id}>
              <ActionButton
                className="group-panel__member"
                onClick={() => store.getState().select({ kind: 'member', group: group.id, member: m.id })}
              >
                <span className="group-panel__member-name">{m.id}</span>
                <span className="group-panel__member-activity">{activityLabel(m.activity, words)}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
        <ActionButton tone="primary" onClick={callBackup}>
          Call in backup
        </ActionButton>
      </section>
      <DataTable
        caption={kafka ? 'Offsets' : 'Shelves and bookmarks'}
        columns={columns}
        rows={group.offsets}
        rowKey={(o) => `${o.topic}-${o.partition}`}
      />
      <Facts
        items={[
          { label: capitalize(word(words, 'generation')), value: count(group.generation) },
          { label: kafka ? 'Assignor' : 'How shelves are shared', value: group.assignor },
          { label: kafka ? 'Topics' : 'Reads', value: group.topics.join(', ') },
          ...(group.outputTopic !== null
            ? [{ label: capitalize(word(words, 'outputTopic')), value: group.outputTopic }]
            : []),
          { label: kafka ? 'Total lag' : 'Backlog', value: count(group.totalLag) },
          {
            label: kafka ? 'Skipped by retention' : 'Missed (thrown away)',
            value: count(group.skippedByRetention),
          },
          {
            label: kafka ? 'Duplicates' : 'Read twice',
            value: count(group.duplicates),
          },
        ]}
      />
      <LagChart size="large" group={group.id} />
      <ThroughputChart group={group.id} />
    </>
  );
}
