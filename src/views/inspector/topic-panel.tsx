import type { PartitionView, Snapshot, TopicView } from '../../engine';
import { topicSettingRows } from '../../runtime/kafka-settings';
import { formatCount } from '../../shared/format-number';
import type { Voice } from '../../shared/lang';
import { useSimulatorStore } from '../../store/context';
import { formatClock } from '../../shared/format-time';
import { SettingsTable } from '../settings/settings-table';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { LagCell } from './lag-cell';
import { bytesLabel, capitalize, countOrDash, partitionName } from './labels';
import { messages } from './messages';
import { PanelHeading } from './panel-heading';
import { PartitionReplicas, BrokersTable, TopicReplicas } from './replica-tables';
import { isReplicated } from './replication-labels';
import { shownName } from '../../shared/characters';

/** Segments listed at most (the newest); a long run can hold many. */
const MAX_SEGMENT_ROWS = 12;

/** A topic (note-taking machine): its partitions side by side. */
export function TopicPanel({
  topic,
  snapshot,
  voice,
}: {
  topic: TopicView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const broker = snapshot.broker;
  const replicated = isReplicated(snapshot);
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const m = messages(lang);
  const count = (n: number): string => formatCount(lang, n);
  const kept = topic.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
  const columns: Column<PartitionView>[] = [
    {
      key: 'p',
      header: capitalize(word(voice, 'partition')),
      cell: (p) => (
        <ActionButton
          tone="link"
          onClick={() =>
            store.getState().select({ kind: 'partition', topic: topic.name, partition: p.partition })
          }
        >
          {partitionName(voice, topic.name, p.partition)}
        </ActionButton>
      ),
    },
    {
      key: 's',
      header: capitalize(word(voice, 'logStart')),
      numeric: true,
      cell: (p) => count(p.logStartOffset),
    },
    {
      key: 'e',
      header: capitalize(word(voice, 'logEnd')),
      numeric: true,
      cell: (p) => count(p.logEndOffset),
    },
    {
      key: 'g',
      header: m.segments[words],
      numeric: true,
      cell: (p) => count(p.segments.length),
    },
  ];
  return (
    <>
      <PanelHeading kicker={capitalize(word(voice, 'topic'))} title={topic.name} />
      <Facts
        items={[
          { label: m.shelves[words], value: count(topic.partitions.length) },
          { label: m.kept[words], value: count(kept) },
        ]}
      />
      {replicated ? (
        <>
          <TopicReplicas topic={topic} snapshot={snapshot} voice={voice} />
          <BrokersTable snapshot={snapshot} voice={voice} />
        </>
      ) : (
        <DataTable
          caption={m.shelves[words]}
          columns={columns}
          rows={topic.partitions}
          rowKey={(p) => String(p.partition)}
        />
      )}
      <SettingsTable rows={topicSettingRows(topic, broker)} voice={voice} />
    </>
  );
}

interface BookmarkRow {
  readonly group: string;
  readonly owner: string | null;
  readonly committed: number | null;
  readonly lag: number;
}

/** One partition (shelf): where its log starts and ends, its segments, and each group's offset on it. */
export function PartitionPanel({
  topic,
  partition,
  snapshot,
  voice,
}: {
  topic: string;
  partition: PartitionView;
  snapshot: Snapshot;
  voice: Voice;
}) {
  const store = useSimulatorStore();
  const { lang, words } = voice;
  const m = messages(lang);
  const kafka = words === 'kafka';
  const count = (n: number): string => formatCount(lang, n);
  const segments = partition.segments;
  const shownSegments = segments.slice(-MAX_SEGMENT_ROWS);
  const hiddenSegments = segments.length - shownSegments.length;
  const bookmarks: BookmarkRow[] = snapshot.groups.flatMap((g) =>
    g.offsets
      .filter((o) => o.topic === topic && o.partition === partition.partition)
      .map((o) => ({ group: g.id, owner: o.owner, committed: o.committed, lag: o.lag })),
  );
  const segmentColumns: Column<PartitionView['segments'][number]>[] = [
    {
      key: 'b',
      header: m.baseOffset[words],
      numeric: true,
      cell: (s) => count(s.baseOffset),
    },
    {
      key: 'n',
      header: m.records[words],
      numeric: true,
      cell: (s) => count(s.endOffset - s.baseOffset),
    },
    { key: 'z', header: m.bytes, numeric: true, cell: (s) => bytesLabel(lang, s.bytes) },
    {
      key: 't',
      header: m.newestAt[words],
      numeric: true,
      cell: (s) => (s.endOffset > s.baseOffset ? formatClock(lang, s.largestTimestamp) : '-'),
    },
  ];
  const bookmarkColumns: Column<BookmarkRow>[] = [
    { key: 'g', header: capitalize(word(voice, 'group')), cell: (r) => shownName(voice, 'group', r.group) },
    { key: 'o', header: capitalize(word(voice, 'member')), cell: (r) => r.owner ?? '-' },
    {
      key: 'c',
      header: kafka ? m.groupOffset : capitalize(word(voice, 'committed')),
      numeric: true,
      cell: (r) => countOrDash(lang, r.committed),
    },
    {
      key: 'l',
      header: capitalize(word(voice, 'lag')),
      numeric: true,
      cell: (r) => <LagCell voice={voice} lag={r.lag} committed={r.committed !== null} />,
    },
  ];
  return (
    <>
      <PanelHeading
        kicker={
          <>
            {capitalize(word(voice, 'partition'))} {m.partitionOf}{' '}
            <ActionButton tone="link" onClick={() => store.getState().select({ kind: 'topic', topic })}>
              {topic}
            </ActionButton>
          </>
        }
        title={partitionName(voice, topic, partition.partition)}
      />
      <Facts
        items={[
          { label: capitalize(word(voice, 'logStart')), value: count(partition.logStartOffset) },
          { label: capitalize(word(voice, 'logEnd')), value: count(partition.logEndOffset) },
          {
            label: m.kept[words],
            value: count(partition.logEndOffset - partition.logStartOffset),
          },
          { label: m.segments[words], value: count(segments.length) },
        ]}
      />
      {isReplicated(snapshot) ? (
        <PartitionReplicas partition={partition} snapshot={snapshot} voice={voice} />
      ) : null}
      <DataTable
        caption={
          m.segmentsCaption[words] +
          (hiddenSegments > 0 ? m.newestOf(words, count(shownSegments.length), count(segments.length)) : '')
        }
        columns={segmentColumns}
        rows={shownSegments}
        rowKey={(s) => String(s.baseOffset)}
      />
      <DataTable
        caption={m.bookmarks[words]}
        columns={bookmarkColumns}
        rows={bookmarks}
        rowKey={(r) => r.group}
        empty={m.noReader[words]}
      />
    </>
  );
}
