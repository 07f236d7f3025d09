/**
 * The conditions of a teacher's lesson file: how far a step runs (`until`) and what must hold at its end
 * (`expect`), read into the runtime's Condition shapes with a problem for anything unknown or out of range.
 */

import type { EngineEventType, GroupStateName, MemberActivity } from '../engine';
import type { Condition } from '../lessons/lesson';
import { formatCount } from '../shared/format-number';
import type { ShareProblem } from './share';
import { localProblem } from './share';
import { LESSON_LIMITS, Reader, REQUIRED, say } from './lesson-file-reader';

// Records over the engine's own unions: the compiler fails here when the engine adds or drops a name.
const EVENT_TYPES: Record<EngineEventType, true> = {
  rebalanceStarted: true,
  groupStateChanged: true,
  partitionsAssigned: true,
  partitionsRevoked: true,
  fetched: true,
  committed: true,
  offsetReset: true,
  truncationDetected: true,
  memberJoined: true,
  memberLeft: true,
  memberAdded: true,
  memberRemoved: true,
  memberSlept: true,
  memberWoke: true,
  memberCrashed: true,
  memberRateChanged: true,
  groupAdded: true,
  producerRateChanged: true,
  segmentRolled: true,
  segmentsDeleted: true,
  logCompacted: true,
  brokerStopped: true,
  brokerStarted: true,
  brokerFenced: true,
  leaderElected: true,
  isrChanged: true,
  logTruncated: true,
  recordsExpired: true,
};
const GROUP_STATES: Record<GroupStateName, true> = {
  Empty: true,
  PreparingRebalance: true,
  CompletingRebalance: true,
  Stable: true,
};
const ACTIVITIES: Record<MemberActivity, true> = {
  processing: true,
  finishing: true,
  waiting: true,
  rebalancing: true,
  idle: true,
  asleep: true,
  crashed: true,
  out: true,
};
const CONDITION_KINDS: Record<Condition['kind'], true> = {
  elapsed: true,
  lag: true,
  groupState: true,
  count: true,
  activity: true,
  event: true,
  owns: true,
  committed: true,
  not: true,
  log: true,
  replicas: true,
  producer: true,
};

const COUNTS = { duplicates: true, skippedByRetention: true, skippedOnClose: true } as const;
const MAX_COUNT = 1_000_000_000;
const LOG_ENDS = { start: true, end: true, highWatermark: true } as const;
const PRODUCER_COUNTS = { acknowledged: true, failed: true, lostAcknowledged: true, waiting: true } as const;
/** Broker ids a condition may name: a class has at most five brokers. */
const MAX_BROKER = 5;
/** Partitions a subject may name (as in highlights). */
const MAX_PARTITION = 63;
/** How deep `not` conditions may nest. */
const MAX_NESTING = 4;

export function readCondition(
  out: ShareProblem[],
  value: unknown,
  path: string,
  depth = 0,
): Condition | undefined {
  const r = Reader.object(out, value, path, 'condition');
  if (!r) return undefined;
  const before = out.length;
  const kind = r.choice('kind', CONDITION_KINDS, true);
  let c: Condition | undefined;
  switch (kind) {
    case undefined:
      return undefined;
    case 'elapsed': {
      r.only(['kind', 'ms']);
      const ms = r.whole('ms', 0, LESSON_LIMITS.stepMs, true);
      if (ms !== undefined) c = { kind, ms };
      break;
    }
    case 'lag': {
      r.only(['kind', 'group', 'member', 'atMost', 'atLeast']);
      const group = r.id('group', true);
      const member = r.id('member', false);
      const atMost = r.whole('atMost', 0, MAX_COUNT, false);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, false);
      if (r.get('atMost') === undefined && r.get('atLeast') === undefined) {
        r.problem(
          'atMost',
          say((m) => m.atMost),
        );
      }
      if (group !== undefined) {
        const lag: Condition = { kind, group };
        if (member !== undefined) lag.member = member;
        if (atMost !== undefined) lag.atMost = atMost;
        if (atLeast !== undefined) lag.atLeast = atLeast;
        c = lag;
      }
      break;
    }
    case 'groupState': {
      r.only(['kind', 'group', 'state', 'generation']);
      const group = r.id('group', true);
      const state = r.choice('state', GROUP_STATES, true);
      const generation = r.whole('generation', 0, MAX_COUNT, false);
      if (group !== undefined && state !== undefined) {
        const groupState: Condition = { kind, group, state };
        if (generation !== undefined) groupState.generation = generation;
        c = groupState;
      }
      break;
    }
    case 'count': {
      r.only(['kind', 'group', 'of', 'atLeast']);
      const group = r.id('group', true);
      const of = r.choice('of', COUNTS, true);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, true);
      if (group !== undefined && of !== undefined && atLeast !== undefined) c = { kind, group, of, atLeast };
      break;
    }
    case 'activity': {
      r.only(['kind', 'group', 'member', 'activity']);
      const group = r.id('group', true);
      const member = r.id('member', true);
      const activity = r.choice('activity', ACTIVITIES, true);
      if (group !== undefined && member !== undefined && activity !== undefined) {
        c = { kind, group, member, activity };
      }
      break;
    }
    case 'event': {
      r.only(['kind', 'type', 'group', 'member']);
      const type = r.choice('type', EVENT_TYPES, true);
      const group = r.id('group', false);
      const member = r.id('member', false);
      if (type !== undefined) {
        const event: Condition = { kind, type };
        if (group !== undefined) event.group = group;
        if (member !== undefined) event.member = member;
        c = event;
      }
      break;
    }
    case 'owns': {
      r.only(['kind', 'group', 'member', 'partitions']);
      const group = r.id('group', true);
      const member = r.id('member', true);
      const list = r.list('partitions', 0, MAX_PARTITION + 1, true);
      const partitions: number[] = [];
      list?.forEach((p, i) => {
        if (typeof p === 'number' && Number.isInteger(p) && p >= 0 && p <= MAX_PARTITION) partitions.push(p);
        else
          out.push(
            localProblem(
              `${r.at('partitions')}[${i}]`,
              say((m, l) => m.whole(formatCount(l, 0), formatCount(l, MAX_PARTITION))),
            ),
          );
      });
      if (group !== undefined && member !== undefined && list !== undefined) {
        c = { kind, group, member, partitions };
      }
      break;
    }
    case 'committed': {
      r.only(['kind', 'group', 'partition', 'topic', 'atLeast', 'atMost', 'belowLogStart']);
      const group = r.id('group', true);
      const partition = r.whole('partition', 0, MAX_PARTITION, true);
      const topic = r.id('topic', false);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, false);
      const atMost = r.whole('atMost', 0, MAX_COUNT, false);
      const belowLogStart = r.flag('belowLogStart', false);
      if (group !== undefined && partition !== undefined) {
        const committed: Condition = { kind, group, partition };
        if (topic !== undefined) committed.topic = topic;
        if (atLeast !== undefined) committed.atLeast = atLeast;
        if (atMost !== undefined) committed.atMost = atMost;
        if (belowLogStart !== undefined) committed.belowLogStart = belowLogStart;
        c = committed;
      }
      break;
    }
    case 'log': {
      r.only(['kind', 'topic', 'partition', 'of', 'atLeast', 'atMost']);
      const topic = r.id('topic', true);
      const partition = r.whole('partition', 0, MAX_PARTITION, true);
      const of = r.choice('of', LOG_ENDS, true);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, false);
      const atMost = r.whole('atMost', 0, MAX_COUNT, false);
      if (topic !== undefined && partition !== undefined && of !== undefined) {
        const log: Condition = { kind, topic, partition, of };
        if (atLeast !== undefined) log.atLeast = atLeast;
        if (atMost !== undefined) log.atMost = atMost;
        c = log;
      }
      break;
    }
    case 'replicas': {
      r.only(['kind', 'topic', 'partition', 'leader', 'isr']);
      const topic = r.id('topic', true);
      const partition = r.whole('partition', 0, MAX_PARTITION, true);
      // null says the partition has no leader (offline); a number names the leader's broker.
      const leader = r.get('leader') === null ? null : r.whole('leader', 1, MAX_BROKER, false);
      const list = r.list('isr', 0, MAX_BROKER, false);
      const isr: number[] = [];
      list?.forEach((b, i) => {
        if (typeof b === 'number' && Number.isInteger(b) && b >= 1 && b <= MAX_BROKER) isr.push(b);
        else
          out.push(
            localProblem(
              `${r.at('isr')}[${i}]`,
              say((m, l) => m.whole(formatCount(l, 1), formatCount(l, MAX_BROKER))),
            ),
          );
      });
      if (topic !== undefined && partition !== undefined) {
        const replicas: Condition = { kind, topic, partition };
        if (leader !== undefined) replicas.leader = leader;
        if (list !== undefined) replicas.isr = isr;
        c = replicas;
      }
      break;
    }
    case 'producer': {
      r.only(['kind', 'producer', 'of', 'atLeast', 'atMost']);
      const producer = r.id('producer', true);
      const of = r.choice('of', PRODUCER_COUNTS, true);
      const atLeast = r.whole('atLeast', 0, MAX_COUNT, false);
      const atMost = r.whole('atMost', 0, MAX_COUNT, false);
      if (producer !== undefined && of !== undefined) {
        const count: Condition = { kind, producer, of };
        if (atLeast !== undefined) count.atLeast = atLeast;
        if (atMost !== undefined) count.atMost = atMost;
        c = count;
      }
      break;
    }
    case 'not': {
      r.only(['kind', 'condition']);
      const inner = r.get('condition');
      if (inner === undefined) r.problem('condition', REQUIRED);
      // A depth cap keeps a hostile file from nesting its way into a stack overflow.
      else if (depth >= MAX_NESTING)
        r.problem(
          'condition',
          say((m) => m.object('condition')),
        );
      else {
        const condition = readCondition(out, inner, r.at('condition'), depth + 1);
        if (condition !== undefined) c = { kind, condition };
      }
      break;
    }
  }
  return out.length === before ? c : undefined;
}
