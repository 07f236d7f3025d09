/**
 * What happened, as plain data: for narration, the timeline and tests. `describeEvent` tells it in Kafka's
 * words; the app may tell it again in the classroom's.
 */
export type LeaveReason = 'removed' | 'max.poll.interval.ms' | 'session.timeout.ms' | 'rebalance timeout';

export type EngineEventBody =
  | { type: 'rebalanceStarted'; group: string; reason: string }
  | { type: 'groupStateChanged'; group: string; from: string; to: string; generation: number }
  | {
      type: 'partitionsAssigned';
      group: string;
      member: string;
      generation: number;
      partitions: [string, number][];
    }
  | { type: 'partitionsRevoked'; group: string; member: string; partitions: [string, number][] }
  | {
      type: 'fetched';
      group: string;
      member: string;
      topic: string;
      partition: number;
      fromOffset: number;
      /** Exclusive. */
      toOffset: number;
      /** How many of these records the group had already processed: they will be processed again. */
      again: number;
    }
  | {
      type: 'committed';
      group: string;
      member: string;
      offsets: { topic: string; partition: number; offset: number }[];
    }
  | {
      type: 'offsetReset';
      group: string;
      member: string;
      topic: string;
      partition: number;
      fromOffset: number | null;
      toOffset: number;
      policy: 'earliest' | 'latest';
      skipped: number;
    }
  | { type: 'memberJoined'; group: string; member: string }
  | { type: 'memberLeft'; group: string; member: string; reason: LeaveReason }
  | { type: 'memberAdded'; group: string; member: string }
  | { type: 'memberRemoved'; group: string; member: string }
  | { type: 'memberSlept'; group: string; member: string }
  | { type: 'memberWoke'; group: string; member: string }
  | { type: 'memberCrashed'; group: string; member: string }
  | { type: 'memberRateChanged'; group: string; member: string; recordsPerSec: number }
  | { type: 'groupAdded'; group: string }
  | { type: 'producerRateChanged'; producer: string; recordsPerSec: number }
  | { type: 'segmentRolled'; topic: string; partition: number; baseOffset: number }
  | {
      type: 'segmentsDeleted';
      topic: string;
      partition: number;
      reason: 'retention.ms' | 'retention.bytes';
      segments: number;
      fromOffset: number;
      logStartOffset: number;
    }
  | { type: 'logCompacted'; topic: string; partition: number; removed: number; cleanedTo: number };

export type EngineEvent = EngineEventBody & { readonly id: number; readonly timeMs: number };
export type EngineEventType = EngineEvent['type'];

const tp = (topic: string, partition: number): string => `${topic}-${partition}`;
const tps = (list: [string, number][]): string =>
  list.length ? list.map(([t, p]) => tp(t, p)).join(', ') : 'nothing';

/** One line in Kafka's words, e.g. "ana fetched notes-2 offsets 10-14". */
export function describeEvent(e: EngineEventBody): string {
  switch (e.type) {
    case 'rebalanceStarted':
      return `${e.group}: rebalance started (${e.reason})`;
    case 'groupStateChanged':
      return `${e.group}: ${e.from} -> ${e.to}, generation ${e.generation}`;
    case 'partitionsAssigned':
      return `${e.member} (${e.group}) was assigned ${tps(e.partitions)} in generation ${e.generation}`;
    case 'partitionsRevoked':
      return `${e.member} (${e.group}) revoked ${tps(e.partitions)}`;
    case 'fetched': {
      const range =
        e.toOffset - e.fromOffset === 1
          ? `offset ${e.fromOffset}`
          : `offsets ${e.fromOffset}-${e.toOffset - 1}`;
      return (
        `${e.member} fetched ${tp(e.topic, e.partition)} ${range}` +
        (e.again ? ` (${e.again} already processed)` : '')
      );
    }
    case 'committed':
      return `${e.member} (${e.group}) committed ${e.offsets.map((o) => `${tp(o.topic, o.partition)}@${o.offset}`).join(', ')}`;
    case 'offsetReset':
      return (
        `${e.member} (${e.group}) reset ${tp(e.topic, e.partition)} to ${e.policy} offset ${e.toOffset}` +
        (e.fromOffset === null ? ' (no committed offset)' : ` from ${e.fromOffset}, skipping ${e.skipped}`)
      );
    case 'memberJoined':
      return `${e.member} sent JoinGroup to ${e.group}`;
    case 'memberLeft':
      return `${e.member} left ${e.group} (${e.reason})`;
    case 'memberAdded':
      return `consumer ${e.member} started in ${e.group}`;
    case 'memberRemoved':
      return `consumer ${e.member} of ${e.group} shut down`;
    case 'memberSlept':
      return `${e.member} (${e.group}) stopped polling`;
    case 'memberWoke':
      return `${e.member} (${e.group}) resumed`;
    case 'memberCrashed':
      return `${e.member} (${e.group}) crashed: no more heartbeats`;
    case 'memberRateChanged':
      return `${e.member} (${e.group}) now processes ${e.recordsPerSec} records/s`;
    case 'groupAdded':
      return `consumer group ${e.group} created`;
    case 'producerRateChanged':
      return `producer ${e.producer} now sends ${e.recordsPerSec} records/s`;
    case 'segmentRolled':
      return `${tp(e.topic, e.partition)} rolled a new segment at offset ${e.baseOffset}`;
    case 'segmentsDeleted':
      return `${tp(e.topic, e.partition)} deleted ${e.segments} segment(s) by ${e.reason}: log start offset ${e.logStartOffset}`;
    case 'logCompacted':
      return `${tp(e.topic, e.partition)} compacted: ${e.removed} record(s) removed below offset ${e.cleanedTo}`;
    default: {
      const never: never = e;
      return String(never);
    }
  }
}
