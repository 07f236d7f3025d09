import { format } from 'd3-format';
import type { GroupStateName, MemberActivity } from '../../engine';
import type { Words } from '../../store/simulator-store';
import { word } from '../words';

/**
 * The stage's own phrases in both vocabularies. Single terms come from the shared glossary (words.ts);
 * what is here are sentences and states the glossary has no row for. Keep both columns the same length
 * roughly: the layout reserves room for the longer one so switching words never moves anything.
 */
const count = format(',d');
const rate = format('~g');

export function formatCount(n: number): string {
  return count(n);
}

const ACTIVITY: Record<MemberActivity, Record<Words, string>> = {
  processing: { classroom: 'reading', kafka: 'processing' },
  waiting: { classroom: 'caught up', kafka: 'caught up' },
  rebalancing: { classroom: 'waiting', kafka: 'rebalancing' },
  idle: { classroom: 'no shelf', kafka: 'idle, no partitions' },
  asleep: { classroom: 'asleep', kafka: 'asleep' },
  crashed: { classroom: 'gone home', kafka: 'crashed' },
  out: { classroom: 'left the group', kafka: 'left the group' },
};

export function activityLabel(words: Words, activity: MemberActivity): string {
  return ACTIVITY[activity][words];
}

const GROUP_STATE: Record<GroupStateName, string> = {
  Stable: 'seated',
  PreparingRebalance: 'sharing out shelves',
  CompletingRebalance: 'sharing out shelves',
  Empty: 'nobody here',
};

export function groupStateLabel(words: Words, state: GroupStateName, generation: number): string {
  return words === 'kafka' ? `${state} · generation ${generation}` : GROUP_STATE[state];
}

export function shelfName(words: Words, topic: string, partition: number): string {
  return words === 'kafka' ? `${topic}-${partition}` : `${word(words, 'partition')} ${partition}`;
}

/** The committed offset of a partition for the group, or null before its first commit. */
export type CommittedOf = (topic: string, partition: number) => number | null;

/**
 * One item of a group's caption: "ana: shelves 0, 1", or in Kafka words with each partition's committed
 * offset, "ana: notes-0 @17, notes-1 @12" (the CURRENT-OFFSET column of kafka-consumer-groups.sh).
 * `short` drops the words for narrow boxes: "ana: 0, 1" and "ana: 0 @17, 1 @12".
 */
export function assignmentItem(
  words: Words,
  member: string,
  assignment: readonly [string, number][],
  committedOf: CommittedOf = () => null,
  short = false,
): string {
  if (assignment.length === 0) return `${member}: ${words === 'kafka' ? 'none' : 'no shelf'}`;
  if (words === 'kafka') {
    const parts = assignment.map(([t, p]) => {
      const c = committedOf(t, p);
      return `${short ? p : `${t}-${p}`}${c === null ? '' : ` @${count(c)}`}`;
    });
    return `${member}: ${parts.join(', ')}`;
  }
  const nums = assignment.map(([, p]) => p).join(', ');
  if (short) return `${member}: ${nums}`;
  return `${member}: ${assignment.length === 1 ? 'shelf' : 'shelves'} ${nums}`;
}

export function shelvesLine(words: Words, assignment: readonly [string, number][]): string {
  if (assignment.length === 0) return words === 'kafka' ? 'no partitions' : 'no shelf';
  return words === 'kafka'
    ? assignment.map(([t, p]) => `${t}-${p}`).join(', ')
    : assignmentItem(words, '', assignment).slice(2);
}

export function lagLabel(words: Words, lag: number): string {
  return words === 'kafka' ? `lag ${count(lag)}` : `${count(lag)} behind`;
}

export function processedLabel(words: Words, processed: number): string {
  return words === 'kafka' ? `${count(processed)} processed` : `${count(processed)} read`;
}

export function rateLabel(words: Words, perSec: number): string {
  return `${rate(perSec)} ${word(words, perSec === 1 ? 'record' : 'records')}/s`;
}

export function memberName(words: Words, member: string, activity: MemberActivity, lag: number): string {
  const status = activityLabel(words, activity);
  return words === 'kafka'
    ? `consumer ${member}, ${status}, lag ${lag}`
    : `${member}, ${status}, ${lag} ${lag === 1 ? word(words, 'record') : word(words, 'records')} behind`;
}

export function earlierLabel(words: Words, hidden: number): string {
  return `${count(hidden)} earlier ${word(words, 'records')}`;
}

export function logStartLabel(words: Words, logStart: number): string {
  return words === 'kafka'
    ? `log start ${count(logStart)}`
    : `first ${word(words, 'offset')} ${count(logStart)}`;
}

export function logEndLabel(words: Words, logEnd: number): string {
  return words === 'kafka' ? `log end ${count(logEnd)}` : `next ${word(words, 'offset')} ${count(logEnd)}`;
}
