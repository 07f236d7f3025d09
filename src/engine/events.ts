/**
 * What happened, as plain data: for narration, the timeline and tests. `describeEvent` tells it in Kafka's
 * words; the app may tell it again in the classroom's.
 */
/**
 * Why a member left its group, which also says how:
 * - `removed`: `KafkaConsumer.close()`: the consumer committed (under auto-commit) and sent LeaveGroup itself;
 * - `max.poll.interval.ms`: no poll for that long: the heartbeat thread sent LeaveGroup
 *   (`AbstractCoordinator.maybeLeaveGroup`);
 * - `session.timeout.ms`: no heartbeat for that long (a crash): the coordinator evicted it, nothing was sent;
 * - `rebalance timeout`: it did not rejoin within the rebalance timeout (`max.poll.interval.ms`): the
 *   coordinator dropped it when the join phase ended, nothing was sent.
 */
export type LeaveReason = 'removed' | 'max.poll.interval.ms' | 'session.timeout.ms' | 'rebalance timeout';

/** Whether the member itself sent LeaveGroup (true) or the coordinator removed a silent member (false). */
export function sentLeaveGroup(reason: LeaveReason): boolean {
  return reason === 'removed' || reason === 'max.poll.interval.ms';
}

export type EngineEventBody =
  | { type: 'rebalanceStarted'; group: string; reason: string }
  | { type: 'groupStateChanged'; group: string; from: string; to: string; generation: number }
  | {
      type: 'partitionsAssigned';
      group: string;
      member: string;
      /** Which incarnation of `member`: a crashed one and its restart may both be in a generation. */
      memberId: string;
      generation: number;
      partitions: [string, number][];
    }
  | {
      type: 'partitionsRevoked';
      group: string;
      member: string;
      memberId: string;
      partitions: [string, number][];
    }
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
      /** Offsets jumped over (`toOffset - fromOffset`), 0 without a committed offset. */
      skipped: number;
      /** How many of them retention had deleted: the rest were still there, passed over by `latest`. */
      deleted: number;
    }
  | {
      /**
       * KIP-320 offset validation after a leader change: the new leader's log ends the member's epoch before
       * its position (`SubscriptionState.maybeCompleteValidation`), so records it read there are gone; it reads
       * on from the first offset known to diverge, `toOffset`, instead of applying `auto.offset.reset`.
       */
      type: 'truncationDetected';
      group: string;
      member: string;
      topic: string;
      partition: number;
      fromOffset: number;
      toOffset: number;
    }
  | {
      type: 'memberJoined';
      group: string;
      member: string;
      /** Kafka's member id: new after a restart or a leave. */
      memberId: string;
    }
  | {
      type: 'memberLeft';
      group: string;
      member: string;
      memberId: string;
      reason: LeaveReason;
      /** The member sent LeaveGroup (close, poll timeout) rather than being removed by the coordinator. */
      leaveGroup: boolean;
    }
  | { type: 'memberAdded'; group: string; member: string }
  | {
      type: 'memberRemoved';
      group: string;
      member: string;
      /** Records in hand, never processed, that close() committed past: the next owner never reads them. */
      skipped: number;
    }
  | { type: 'memberSlept'; group: string; member: string }
  | {
      type: 'memberWoke';
      group: string;
      member: string;
      /** A crashed process started again: a new member, with a new member id (`memberId`). */
      restarted: boolean;
      /** A restart: the member id the new process joins under; otherwise the current one. */
      memberId: string;
    }
  | { type: 'memberCrashed'; group: string; member: string; memberId: string }
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
  | { type: 'logCompacted'; topic: string; partition: number; removed: number; cleanedTo: number }
  | { type: 'brokerStopped'; broker: number; clean: boolean }
  | { type: 'brokerStarted'; broker: number }
  | { type: 'brokerFenced'; broker: number }
  | {
      type: 'leaderElected';
      topic: string;
      partition: number;
      /** Broker id of the new leader, or null: no replica may lead, the partition is offline. */
      leader: number | null;
      leaderEpoch: number;
      unclean: boolean;
    }
  | { type: 'isrChanged'; topic: string; partition: number; isr: number[]; shrunk: boolean }
  | {
      type: 'logTruncated';
      topic: string;
      partition: number;
      toOffset: number;
      removed: number;
      /** Of the removed records, those a producer had already been told were written. */
      lostAcknowledged: number;
    }
  | { type: 'recordsExpired'; producer: string; topic: string; partition: number; count: number };

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
        (e.fromOffset === null
          ? ' (no committed offset)'
          : ` from ${e.fromOffset}, skipping ${e.skipped}` +
            (e.deleted === e.skipped ? ' deleted by retention' : `, ${e.deleted} deleted by retention`))
      );
    case 'truncationDetected':
      return (
        `${e.member} (${e.group}) detected truncation of ${tp(e.topic, e.partition)} at offset ${e.fromOffset}: ` +
        `it reads on from ${e.toOffset}, the first offset known to diverge`
      );
    case 'memberJoined':
      return `${e.member} sent JoinGroup to ${e.group} as member ${e.memberId}`;
    case 'memberLeft':
      return e.leaveGroup
        ? `${e.member} (${e.memberId}) sent LeaveGroup to ${e.group} (${e.reason === 'removed' ? 'close()' : 'no poll for max.poll.interval.ms'})`
        : `${e.group} removed ${e.member} (${e.memberId}): ${e.reason === 'session.timeout.ms' ? 'no heartbeat for session.timeout.ms' : 'not rejoined within the rebalance timeout'}`;
    case 'memberAdded':
      return `consumer ${e.member} started in ${e.group}`;
    case 'memberRemoved':
      return (
        `consumer ${e.member} of ${e.group} closed` +
        (e.skipped > 0 ? `: ${e.skipped} record(s) in hand committed without being processed` : '')
      );
    case 'memberSlept':
      return `${e.member} (${e.group}) stopped polling`;
    case 'memberWoke':
      return e.restarted
        ? `${e.member} (${e.group}) restarted: a new process, to join as member ${e.memberId}`
        : `${e.member} (${e.group}) resumed`;
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
    case 'brokerStopped':
      return e.clean
        ? `broker ${e.broker} shut down cleanly (controlled shutdown: its leaderships moved first)`
        : `broker ${e.broker} crashed`;
    case 'brokerStarted':
      return `broker ${e.broker} started`;
    case 'brokerFenced':
      return `the controller fenced broker ${e.broker}: no heartbeat for broker.session.timeout.ms`;
    case 'leaderElected':
      return e.leader === null
        ? `${tp(e.topic, e.partition)} has no leader: no in-sync replica is alive (offline)`
        : `${tp(e.topic, e.partition)}: broker ${e.leader} is the leader (epoch ${e.leaderEpoch}${e.unclean ? ', unclean election' : ''})`;
    case 'isrChanged':
      return `${tp(e.topic, e.partition)} ISR ${e.shrunk ? 'shrank' : 'grew'} to [${e.isr.join(', ')}]`;
    case 'logTruncated':
      return (
        `${tp(e.topic, e.partition)} truncated to offset ${e.toOffset}: ${e.removed} record(s) removed` +
        (e.lostAcknowledged > 0 ? `, ${e.lostAcknowledged} of them acknowledged` : '')
      );
    case 'recordsExpired':
      return `${e.producer}: ${e.count} record(s) for ${tp(e.topic, e.partition)} failed after delivery.timeout.ms`;
    default: {
      const never: never = e;
      return String(never);
    }
  }
}
