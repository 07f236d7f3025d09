import { replicaEnd } from '../../viz/replicas';
import type { PartitionView, Snapshot, TopicView } from '../../engine';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulatorStore } from '../../store/context';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { capitalize, partitionName } from './labels';
import {
  brokerName,
  healthTone,
  holdingsOf,
  partitionHealth,
  type PartitionHealth,
} from './replication-labels';
import { brokerStatusShort, inSyncLabel, replicationMessages, roleLabel } from './replication-messages';
import { StatusLine } from './status-line';
import './replica-tables.css';

/** A broker id as a link to its panel, where it can be broken and repaired. */
export function BrokerLink({ id, voice }: { id: number; voice: Voice }) {
  const store = useSimulatorStore();
  return (
    <ActionButton tone="link" onClick={() => store.getState().select({ kind: 'broker', broker: id })}>
      {brokerName(voice, id)}
    </ActionButton>
  );
}

/** Broker ids as links, "1, 2, 3" read as rooms or brokers. */
function BrokerList({ ids, voice }: { ids: readonly number[]; voice: Voice }) {
  if (ids.length === 0) return <>-</>;
  return (
    <span className="replica-tables__ids">
      {ids.map((id) => (
        <BrokerLink key={id} id={id} voice={voice} />
      ))}
    </span>
  );
}

/** A short broker list for a table cell: "1,2,3". */
const ids = (list: readonly number[]): string => (list.length === 0 ? '-' : list.join(','));

function HealthCell({ health, voice }: { health: PartitionHealth; voice: Voice }) {
  const r = replicationMessages(voice.lang);
  const text =
    health === 'ok'
      ? r.healthOk[voice.words]
      : health === 'offline'
        ? r.offline[voice.words]
        : r.underReplicated[voice.words];
  return <span className={`replica-tables__health replica-tables__health--${health}`}>{text}</span>;
}

/**
 * A topic's partitions as kafka-ui lists them with several brokers: leader, replicas, ISR, high watermark,
 * log end offset, and under-replicated and offline partitions marked in words and colour.
 */
export function TopicReplicas({
  topic,
  snapshot,
  voice,
}: {
  topic: TopicView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const health = (p: PartitionView): PartitionHealth => partitionHealth(p, snapshot.brokers);
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const r = replicationMessages(lang);
  const count = (n: number): string => formatCount(lang, n);
  const unhealthy = topic.partitions.filter((p) => health(p) !== 'ok').length;
  const columns: Column<PartitionView>[] = [
    {
      key: 'p',
      header: capitalize(word(voice, 'partition')),
      cell: (p) => (
        <ActionButton
          tone="link"
          aria-label={partitionName(voice, topic.name, p.partition)}
          onClick={() =>
            store.getState().select({ kind: 'partition', topic: topic.name, partition: p.partition })
          }
        >
          {/* The topic is the panel's: its number is the shelf's name here, short enough for seven columns. */}
          {formatCount(lang, p.partition)}
        </ActionButton>
      ),
    },
    {
      key: 'l',
      header: r.leader[words],
      numeric: true,
      cell: (p) => (p.leader === null ? '-' : String(p.leader)),
    },
    { key: 'r', header: r.replicas[words], cell: (p) => ids(p.replicas) },
    { key: 'i', header: r.isr[words], cell: (p) => ids(p.isr) },
    { key: 'h', header: r.highWatermark[words], numeric: true, cell: (p) => count(p.highWatermark) },
    {
      key: 'e',
      header: capitalize(word(voice, 'logEnd')),
      numeric: true,
      cell: (p) => count(p.logEndOffset),
    },
    {
      key: 's',
      header: r.health[words],
      cell: (p) => <HealthCell health={health(p)} voice={voice} />,
    },
  ];
  return (
    <>
      {unhealthy > 0 ? (
        <StatusLine
          text={r.underReplicatedCount(words, count(unhealthy), count(topic.partitions.length))}
          tone={topic.partitions.some((p) => health(p) === 'offline') ? 'trouble' : 'moving'}
        />
      ) : null}
      <DataTable
        caption={r.copiesCaption[words]}
        columns={columns}
        rows={topic.partitions}
        rowKey={(p) => String(p.partition)}
      />
    </>
  );
}

/** Every broker: up or down, what it leads and holds; each a link to its panel and its actions. */
export function BrokersTable({ snapshot, voice }: { snapshot: Snapshot; voice: Voice }) {
  const { lang, words } = voice;
  const r = replicationMessages(lang);
  const count = (n: number): string => formatCount(lang, n);
  const columns: Column<Snapshot['brokers'][number]>[] = [
    { key: 'b', header: r.broker[words], cell: (b) => <BrokerLink id={b.id} voice={voice} /> },
    {
      key: 's',
      header: r.status[words],
      cell: (b) => (
        <span className={`replica-tables__status replica-tables__status--${b.status}`}>
          {brokerStatusShort(voice, b.status === 'up')}
        </span>
      ),
    },
    {
      key: 'l',
      header: r.leadsShort[words],
      numeric: true,
      cell: (b) => count(holdingsOf(snapshot, b.id).leads),
    },
    {
      key: 'c',
      header: r.copiesShort[words],
      numeric: true,
      cell: (b) => count(holdingsOf(snapshot, b.id).copies),
    },
  ];
  return (
    <DataTable
      caption={r.brokersCaption[words]}
      columns={columns}
      rows={snapshot.brokers}
      rowKey={(b) => String(b.id)}
    />
  );
}

interface ReplicaRow {
  readonly broker: number;
  readonly leader: boolean;
  readonly inSync: boolean;
  readonly up: boolean;
  readonly logEndOffset: number;
}

/** One partition's copies: its health, leader, ISR and high watermark, and each replica's log end. */
export function PartitionReplicas({
  partition,
  snapshot,
  voice,
}: {
  partition: PartitionView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const { lang, words } = voice;
  const r = replicationMessages(lang);
  const count = (n: number): string => formatCount(lang, n);
  const health = partitionHealth(partition, snapshot.brokers);
  const rows: ReplicaRow[] = partition.replicas.map((b, i) => ({
    broker: b,
    leader: partition.leader === b,
    inSync: partition.isr.includes(b),
    up: snapshot.brokers.find((x) => x.id === b)?.status === 'up',
    logEndOffset: replicaEnd(partition, i),
  }));
  const healthText =
    health === 'ok' ? r.healthOk[words] : health === 'offline' ? r.offline[words] : r.underReplicated[words];
  const columns: Column<ReplicaRow>[] = [
    { key: 'b', header: r.broker[words], cell: (row) => <BrokerLink id={row.broker} voice={voice} /> },
    {
      key: 's',
      header: r.status[words],
      cell: (row) => brokerStatusShort(voice, row.up),
    },
    {
      key: 'r',
      header: r.role[words],
      cell: (row) => roleLabel(voice, row.leader),
    },
    { key: 'i', header: r.isr[words], cell: (row) => inSyncLabel(voice, row.inSync, row.up) },
    { key: 'e', header: r.replicaLogEnd[words], numeric: true, cell: (row) => count(row.logEndOffset) },
  ];
  return (
    <>
      <StatusLine text={`${r.health[words]}: ${healthText}`} tone={healthTone(health)} />
      <Facts
        items={[
          {
            label: r.leader[words],
            value:
              partition.leader === null ? (
                r.noLeader[words]
              ) : (
                <BrokerLink id={partition.leader} voice={voice} />
              ),
          },
          { label: r.isr[words], value: <BrokerList ids={partition.isr} voice={voice} /> },
          // KIP-966: replicas that left the ISR below min.insync.replicas, still holding every committed record.
          ...(partition.elr.length > 0
            ? [{ label: r.elr[words], value: <BrokerList ids={partition.elr} voice={voice} /> }]
            : []),
          { label: r.highWatermark[words], value: count(partition.highWatermark) },
        ]}
      />
      <DataTable
        caption={r.replicas[words]}
        columns={columns}
        rows={rows}
        rowKey={(row) => String(row.broker)}
      />
    </>
  );
}
