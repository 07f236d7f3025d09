import { format } from 'd3-format';
import type { PartitionView, Snapshot, TopicView } from '../../engine';
import { useSimulatorStore } from '../../store/context';
import type { Words } from '../../store/simulator-store';
import { formatClock } from '../controls/format-time';
import { word } from '../words';
import { ActionButton } from './action-button';
import { DataTable, type Column } from './data-table';
import { Facts } from './facts';
import { capitalize, partitionName } from './labels';
import { PanelHeading } from './panel-heading';

const count = format(',d');
const bytes = format('.3~s');
/** Segments listed at most (the newest); a long run can hold many. */
const MAX_SEGMENT_ROWS = 12;

/** A topic (note-taking machine): its partitions side by side. */
export function TopicPanel({ topic, words }: { topic: TopicView; words: Words }) {
  const store = useSimulatorStore();
  const kafka = words === 'kafka';
  const kept = topic.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
  const columns: Column<PartitionView>[] = [
    {
      key: 'p',
      header: capitalize(word(words, 'partition')),
      cell: (p) => (
        <ActionButton
          tone="link"
          onClick={() =>
            store.getState().select({ kind: 'partition', topic: topic.name, partition: p.partition })
          }
        >
          {partitionName(topic.name, p.partition, words)}
        </ActionButton>
      ),
    },
    {
      key: 's',
      header: capitalize(word(words, 'logStart')),
      numeric: true,
      cell: (p) => count(p.logStartOffset),
    },
    {
      key: 'e',
      header: capitalize(word(words, 'logEnd')),
      numeric: true,
      cell: (p) => count(p.logEndOffset),
    },
    {
      key: 'g',
      header: kafka ? 'Segments' : 'Binders',
      numeric: true,
      cell: (p) => count(p.segments.length),
    },
  ];
  return (
    <>
      <PanelHeading kicker={capitalize(word(words, 'topic'))} title={topic.name} />
      <Facts
        items={[
          { label: kafka ? 'Partitions' : 'Shelves', value: count(topic.partitions.length) },
          { label: kafka ? 'Records kept' : 'Notes kept', value: count(kept) },
        ]}
      />
      <DataTable
        caption={kafka ? 'Partitions' : 'Shelves'}
        columns={columns}
        rows={topic.partitions}
        rowKey={(p) => String(p.partition)}
      />
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
  words,
}: {
  topic: string;
  partition: PartitionView;
  snapshot: Snapshot;
  words: Words;
}) {
  const store = useSimulatorStore();
  const kafka = words === 'kafka';
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
      header: kafka ? 'Base offset' : 'First page',
      numeric: true,
      cell: (s) => count(s.baseOffset),
    },
    {
      key: 'n',
      header: kafka ? 'Records' : 'Notes',
      numeric: true,
      cell: (s) => count(s.endOffset - s.baseOffset),
    },
    { key: 'z', header: 'Bytes', numeric: true, cell: (s) => bytes(s.bytes) },
    {
      key: 't',
      header: kafka ? 'Largest timestamp' : 'Newest note at',
      numeric: true,
      cell: (s) => (s.endOffset > s.baseOffset ? formatClock(s.largestTimestamp) : '-'),
    },
  ];
  const bookmarkColumns: Column<BookmarkRow>[] = [
    { key: 'g', header: capitalize(word(words, 'group')), cell: (r) => r.group },
    { key: 'o', header: capitalize(word(words, 'member')), cell: (r) => r.owner ?? '-' },
    {
      key: 'c',
      header: kafka ? 'Group offset' : capitalize(word(words, 'committed')),
      numeric: true,
      cell: (r) => (r.committed === null ? '-' : count(r.committed)),
    },
    { key: 'l', header: capitalize(word(words, 'lag')), numeric: true, cell: (r) => count(r.lag) },
  ];
  return (
    <>
      <PanelHeading
        kicker={
          <>
            {capitalize(word(words, 'partition'))} of{' '}
            <ActionButton tone="link" onClick={() => store.getState().select({ kind: 'topic', topic })}>
              {topic}
            </ActionButton>
          </>
        }
        title={partitionName(topic, partition.partition, words)}
      />
      <Facts
        items={[
          { label: capitalize(word(words, 'logStart')), value: count(partition.logStartOffset) },
          { label: capitalize(word(words, 'logEnd')), value: count(partition.logEndOffset) },
          {
            label: kafka ? 'Records kept' : 'Notes kept',
            value: count(partition.logEndOffset - partition.logStartOffset),
          },
          { label: kafka ? 'Segments' : 'Binders', value: count(segments.length) },
        ]}
      />
      <DataTable
        caption={
          (kafka ? 'Segments' : 'Binders (old ones are thrown away whole)') +
          (hiddenSegments > 0 ? `, newest ${shownSegments.length} of ${count(segments.length)}` : '')
        }
        columns={segmentColumns}
        rows={shownSegments}
        rowKey={(s) => String(s.baseOffset)}
      />
      <DataTable
        caption={kafka ? 'Consumer group offsets' : 'Bookmarks on this shelf'}
        columns={bookmarkColumns}
        rows={bookmarks}
        rowKey={(r) => r.group}
        empty={kafka ? 'No group reads this partition' : 'No study group reads this shelf'}
      />
    </>
  );
}
