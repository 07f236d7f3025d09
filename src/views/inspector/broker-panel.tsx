import { replicaEnd } from '../../viz/replicas';
import type { BrokerStatusView, Snapshot } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulatorStore } from '../../store/context';
import { shownName } from '../../shared/characters';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { capitalize, partitionName } from './labels';
import { PanelHeading } from './panel-heading';
import { brokerName, brokerTone, coordinatorOf, holdingsOf } from './replication-labels';
import { inSyncLabel, replicationMessages, roleLabel } from './replication-messages';
import { StatusLine } from './status-line';
import './broker-panel.css';

interface HeldRow {
  readonly topic: string;
  readonly partition: number;
  readonly leader: boolean;
  readonly inSync: boolean;
  readonly logEndOffset: number;
}

/**
 * One broker (a room and its machine): up or down, what it leads and holds, the groups it coordinates, and
 * the actions issue 14 asks for: a crash, a controlled shutdown, a restart.
 */
export function BrokerPanel({
  broker,
  snapshot,
  voice,
}: {
  broker: BrokerStatusView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const r = replicationMessages(lang);
  const count = (n: number): string => formatCount(lang, n);
  const held = holdingsOf(snapshot, broker.id);
  const groups = coordinatorOf(snapshot, broker.id);
  const up = broker.status === 'up';
  const rows: HeldRow[] = snapshot.topics.flatMap((t) =>
    t.partitions.flatMap((p) => {
      const i = p.replicas.indexOf(broker.id);
      if (i < 0) return [];
      return [
        {
          topic: t.name,
          partition: p.partition,
          leader: p.leader === broker.id,
          inSync: p.isr.includes(broker.id),
          logEndOffset: replicaEnd(p, i),
        },
      ];
    }),
  );
  const columns: Column<HeldRow>[] = [
    {
      key: 'p',
      header: capitalize(word(voice, 'partition')),
      cell: (row) => (
        <ActionButton
          tone="link"
          onClick={() =>
            store.getState().select({ kind: 'partition', topic: row.topic, partition: row.partition })
          }
        >
          {partitionName(voice, row.topic, row.partition)}
        </ActionButton>
      ),
    },
    {
      key: 'r',
      header: r.role[words],
      cell: (row) => roleLabel(voice, row.leader),
    },
    {
      key: 's',
      header: r.isr[words],
      cell: (row) => inSyncLabel(voice, row.inSync, up),
    },
    {
      key: 'e',
      header: r.replicaLogEnd[words],
      numeric: true,
      cell: (row) => count(row.logEndOffset),
    },
  ];
  const act = (command: Parameters<ReturnType<typeof store.getState>['command']>[0]): void => {
    store.getState().command(command);
  };
  return (
    <>
      <PanelHeading kicker={r.broker[words]} title={capitalize(brokerName(voice, broker.id))} />
      <StatusLine text={up ? r.up[words] : r.down[words]} tone={brokerTone(broker)} />
      <div className="broker-panel__actions">
        {up ? (
          <>
            <div className="broker-panel__action">
              <ActionButton
                tone="danger"
                onClick={() => act({ type: 'stopBroker', broker: broker.id, clean: false })}
              >
                {r.crash[words]}
              </ActionButton>
              <p className="broker-panel__hint">{r.crashHint[words]}</p>
            </div>
            <div className="broker-panel__action">
              <ActionButton onClick={() => act({ type: 'stopBroker', broker: broker.id, clean: true })}>
                {r.stopClean[words]}
              </ActionButton>
              <p className="broker-panel__hint">{r.stopCleanHint[words]}</p>
            </div>
          </>
        ) : (
          <div className="broker-panel__action">
            <ActionButton tone="primary" onClick={() => act({ type: 'startBroker', broker: broker.id })}>
              {r.start[words]}
            </ActionButton>
            <p className="broker-panel__hint">{r.startHint[words]}</p>
          </div>
        )}
      </div>
      <Facts
        items={[
          { label: r.leads[words], value: count(held.leads) },
          { label: r.copies[words], value: count(held.copies) },
          // A broken room's copies read broken, as its rows do; Kafka's ISR keeps a crashed broker until fenced.
          { label: r.inSync[words], value: count(up || words === 'kafka' ? held.inSync : 0) },
          { label: r.copied[words], value: count(broker.replicaFetched) },
          {
            label: r.coordinates[words],
            value:
              groups.length === 0 ? r.noGroup : groups.map((g) => shownName(voice, 'group', g)).join(', '),
          },
        ]}
      />
      <DataTable
        caption={r.heldCaption[words]}
        columns={columns}
        rows={rows}
        rowKey={(row) => `${row.topic}:${row.partition}`}
      />
    </>
  );
}
