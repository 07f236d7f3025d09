import type { GroupStateName, MemberActivity } from '../../engine';
import type { Words } from '../../store/simulator-store';
import type { StatusTone } from './status-line';

type Phrases<K extends string> = Record<K, Record<Words, string>>;

const ACTIVITY: Phrases<MemberActivity> = {
  processing: { classroom: 'reading', kafka: 'processing records' },
  waiting: { classroom: 'waiting for new notes', kafka: 'polling (nothing new)' },
  rebalancing: { classroom: 'waiting while the shelves are shared out', kafka: 'rebalancing' },
  idle: { classroom: 'idle: no shelf to read', kafka: 'idle (no partitions assigned)' },
  asleep: { classroom: 'asleep', kafka: 'not polling' },
  crashed: { classroom: 'collapsed', kafka: 'crashed' },
  out: { classroom: 'out of the group', kafka: 'not in the group' },
};

const GROUP_STATE: Phrases<GroupStateName> = {
  Stable: { classroom: 'settled: every shelf has a reader', kafka: 'Stable' },
  PreparingRebalance: {
    classroom: 'sharing out the shelves: waiting for everyone',
    kafka: 'PreparingRebalance',
  },
  CompletingRebalance: {
    classroom: 'sharing out the shelves: handing them out',
    kafka: 'CompletingRebalance',
  },
  Empty: { classroom: 'empty: nobody is reading', kafka: 'Empty' },
};

export function activityLabel(activity: MemberActivity, words: Words): string {
  return ACTIVITY[activity][words];
}

export function groupStateLabel(state: GroupStateName, words: Words): string {
  return GROUP_STATE[state][words];
}

/** "notes shelf 0" in class, "notes-0" in Kafka. */
export function partitionName(topic: string, partition: number, words: Words): string {
  return words === 'kafka' ? `${topic}-${partition}` : `${topic} shelf ${partition}`;
}

/** "Backlog" from "backlog": for headings and table columns. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

const ACTIVITY_TONE: Record<MemberActivity, StatusTone> = {
  processing: 'active',
  waiting: 'quiet',
  rebalancing: 'moving',
  idle: 'quiet',
  asleep: 'asleep',
  crashed: 'trouble',
  out: 'trouble',
};

const GROUP_TONE: Record<GroupStateName, StatusTone> = {
  Stable: 'active',
  PreparingRebalance: 'moving',
  CompletingRebalance: 'moving',
  Empty: 'quiet',
};

export function activityTone(activity: MemberActivity): StatusTone {
  return ACTIVITY_TONE[activity];
}

export function groupStateTone(state: GroupStateName): StatusTone {
  return GROUP_TONE[state];
}
