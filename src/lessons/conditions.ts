import type { EngineEventType, GroupStateName, MemberActivity } from '../engine';
import type { Condition, ProducerCount } from './lesson';

/**
 * Short builders for the conditions a lesson's steps wait for and expect, so each step can say in one line
 * what its caption claims (who owns what, who sleeps, the group's state, lags). They build the plain data of
 * lesson.ts: a lesson written by hand as a file says the same with objects.
 */
interface Bounds {
  atLeast?: number;
  atMost?: number;
}

export const owns = (group: string, member: string, partitions: number[]): Condition => ({
  kind: 'owns',
  group,
  member,
  partitions,
});

export const is = (group: string, member: string, activity: MemberActivity): Condition => ({
  kind: 'activity',
  group,
  member,
  activity,
});

export const groupIn = (group: string, state: GroupStateName, generation?: number): Condition =>
  generation === undefined
    ? { kind: 'groupState', group, state }
    : { kind: 'groupState', group, state, generation };

export const lag = (group: string, bounds: Bounds, member?: string): Condition =>
  member === undefined ? { kind: 'lag', group, ...bounds } : { kind: 'lag', group, member, ...bounds };

/** An event happened during the step (of this group / member when given). */
export const happened = (
  type: EngineEventType,
  who: { group?: string; member?: string } = {},
): Condition => ({
  kind: 'event',
  type,
  ...who,
});

export const not = (condition: Condition): Condition => ({ kind: 'not', condition });

export const logStart = (topic: string, partition: number, bounds: Bounds): Condition => ({
  kind: 'log',
  topic,
  partition,
  of: 'start',
  ...bounds,
});

export const logEnd = (topic: string, partition: number, bounds: Bounds): Condition => ({
  kind: 'log',
  topic,
  partition,
  of: 'end',
  ...bounds,
});

export const committed = (
  group: string,
  partition: number,
  bounds: Bounds & { belowLogStart?: boolean },
): Condition => ({ kind: 'committed', group, partition, ...bounds });

/** No record of the group was processed twice. */
export const noDuplicates = (group: string): Condition =>
  not({ kind: 'count', group, of: 'duplicates', atLeast: 1 });

/** A partition's high watermark: students read below it only. */
export const highWatermark = (topic: string, partition: number, bounds: Bounds): Condition => ({
  kind: 'log',
  topic,
  partition,
  of: 'highWatermark',
  ...bounds,
});

/** Where a partition's leader copy is (null: offline) and which copies are in sync, exactly. */
export const copies = (
  topic: string,
  partition: number,
  which: { leader?: number | null; isr?: number[] },
): Condition => ({ kind: 'replicas', topic, partition, ...which });

/** A producer's count of acknowledged, failed, lost-though-acknowledged or waiting records. */
export const producerCount = (producer: string, of: ProducerCount, bounds: Bounds): Condition => ({
  kind: 'producer',
  producer,
  of,
  ...bounds,
});
