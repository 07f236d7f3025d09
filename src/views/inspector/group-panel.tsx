import type { GroupView, OffsetView, Snapshot } from '../../engine';
import { groupSettingRows } from '../../runtime/kafka-settings';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulator, useSimulatorStore } from '../../store/context';
import { selectMilestones } from '../../store/selectors';
import { LagChart } from '../charts/lag-chart';
import { ThroughputChart } from '../charts/throughput-chart';
import { SettingsTable } from '../settings/settings-table';
import { freeNames, usedMemberIds } from '../../lessons/friendly-names';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { LagCell } from './lag-cell';
import {
  activityLabel,
  capitalize,
  countOrDash,
  groupStateLabel,
  groupStateTone,
  partitionName,
} from './labels';
import { messages } from './messages';
import { PanelHeading } from './panel-heading';
import { BrokerLink } from './replica-tables';
import { isReplicated } from './replication-labels';
import { replicationMessages } from './replication-messages';
import { StatusLine } from './status-line';
import './group-panel.css';
import { shownName } from '../../shared/characters';

/** A newcomer reads at this pace: a steady helper, not a sprinter. */
const BACKUP_RECORDS_PER_SEC = 2;

interface GroupPanelProps {
  group: GroupView;
  snapshot: Snapshot;
  color: string;
  voice: Voice;
}

/** A study group (consumer group): its state, members, the offsets table of the management UIs, its charts. */
export function GroupPanel({ group, snapshot, color, voice }: GroupPanelProps) {
  const broker = snapshot.broker;
  const r = replicationMessages(voice.lang);
  const store = useSimulatorStore();
  const milestones = useSimulator(selectMilestones);
  const { lang, words } = voice;
  const m = messages(lang);
  const kafka = words === 'kafka';
  const count = (n: number): string => formatCount(lang, n);

  // In Kafka words the columns keep the names Kafka's tools print (log end offset, lag) in either language.
  const columns: Column<OffsetView>[] = [
    {
      key: 'p',
      header: capitalize(word(voice, 'partition')),
      cell: (o) => partitionName(voice, o.topic, o.partition),
    },
    { key: 'm', header: capitalize(word(voice, 'member')), cell: (o) => o.owner ?? '-' },
    {
      key: 'e',
      header: capitalize(word(voice, 'logEnd')),
      numeric: true,
      cell: (o) => count(o.logEndOffset),
    },
    {
      key: 'c',
      header: kafka ? m.groupOffset : capitalize(word(voice, 'committed')),
      numeric: true,
      cell: (o) => countOrDash(lang, o.committed),
    },
    {
      key: 'l',
      header: capitalize(word(voice, 'lag')),
      numeric: true,
      cell: (o) => <LagCell voice={voice} lag={o.lag} committed={o.committed !== null} />,
    },
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
            {capitalize(word(voice, 'group'))}
          </>
        }
        title={shownName(voice, 'group', group.id)}
      />
      <StatusLine text={capitalize(groupStateLabel(voice, group.state))} tone={groupStateTone(group.state)} />
      <section className="group-panel__members" aria-label={m.members[words]}>
        <ul className="group-panel__member-list">
          {group.members.map((member) => (
            <li key={member.memberId}>
              <ActionButton
                className="group-panel__member"
                onClick={() =>
                  store.getState().select({ kind: 'member', group: group.id, member: member.id })
                }
              >
                <span className="group-panel__member-name">{member.id}</span>
                <span className="group-panel__member-activity">{activityLabel(voice, member.activity)}</span>
              </ActionButton>
            </li>
          ))}
        </ul>
        <ActionButton tone="primary" onClick={callBackup}>
          {m.callBackup}
        </ActionButton>
      </section>
      <DataTable
        caption={m.offsetsCaption[words]}
        columns={columns}
        rows={group.offsets}
        rowKey={(o) => `${o.topic}-${o.partition}`}
      />
      <Facts
        items={[
          { label: capitalize(word(voice, 'generation')), value: count(group.generation) },
          { label: m.assignor[words], value: group.assignor },
          { label: m.reads[words], value: group.topics.join(', ') },
          ...(group.outputTopic !== null
            ? [{ label: capitalize(word(voice, 'outputTopic')), value: group.outputTopic }]
            : []),
          { label: m.totalLag[words], value: count(group.totalLag) },
          { label: m.skipped[words], value: count(group.skippedByRetention) },
          { label: m.duplicates[words], value: count(group.duplicates) },
          { label: m.skippedOnClose[words], value: count(group.skippedOnClose) },
          // The coordinator lives on a broker too: where the group's commits go, and what a crash there stops.
          ...(isReplicated(snapshot)
            ? [
                {
                  label: r.coordinator[words],
                  value:
                    group.coordinator === null ? (
                      r.noLeader[words]
                    ) : (
                      <BrokerLink id={group.coordinator} voice={voice} />
                    ),
                },
              ]
            : []),
        ]}
      />
      <LagChart size="large" group={group.id} />
      <ThroughputChart group={group.id} />
      <SettingsTable rows={groupSettingRows(group.settings, group.assignor, broker)} voice={voice} />
    </>
  );
}
