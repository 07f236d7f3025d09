/**
 * When a machine breaks (issue 14): classes with three brokers, played on the suite's replication cluster
 * (a dedicated KRaft controller and three brokers, replication-cluster.ts) and in the simulator. Every topic
 * has one partition with three copies, placed as the simulator places them (Kafka is told the same
 * placement), so "which broker leads after a failover" has one answer: Kafka elects the first replica of the
 * assignment that is in the ISR and alive (PartitionChangeBuilder.electLeader).
 *
 * Kafka rules the cases rest on, checked in Kafka's source:
 * - acks=all is answered once every ISR member has the record, and refused with NOT_ENOUGH_REPLICAS while
 *   the ISR is smaller than min.insync.replicas (Partition.appendRecordsToLeader,
 *   Partition.checkEnoughReplicasReachOffset); the producer retries it until delivery.timeout.ms.
 * - a follower that has not caught up for replica.lag.time.max.ms leaves the ISR (Partition.maybeShrinkIsr,
 *   run every half of it by ReplicaManager), and rejoins once it reaches the leader's end
 *   (Partition.maybeExpandIsr).
 * - the high watermark does not advance while the ISR is smaller than min.insync.replicas, even for acks=1
 *   records (Partition.maybeIncrementLeaderHW, isUnderMinIsr: KAFKA-15583, Kafka 3.7+), which lets eligible
 *   leader replicas (KIP-966, on for clusters Kafka 4.1+ formats) lead without losing a committed record.
 * - a crashed broker is noticed when its session with the controller times out (broker.session.timeout.ms,
 *   9 s by default); a clean stop (SIGTERM) is a controlled shutdown that moves its leaderships at once.
 * - preferred leaders come back only at the next imbalance check (leader.imbalance.check.interval.seconds,
 *   300 s), so a broker that returns does not lead again within a case.
 */
import type { Scenario } from '../../../src/engine';
import {
  acknowledgedBelowHighWatermark,
  failedByDeliveryTimeout,
  highWatermarkAt,
  highWatermarkMoves,
  isrChangeAfter,
  neverReadPastHighWatermark,
  newLeaderAfter,
  producerOutcome,
  stateAt,
  waitingAt,
} from '../replication-claims';
import {
  isrOf,
  ISR_LEAVE_TOLERANCE_MS,
  ISR_LEAVE_WITHIN_MS,
  NONE,
  NOTES,
  REJOIN_MS,
  scenario,
  start,
  stop,
  teacher,
  type Placement,
  type ReplicationCase,
  type ReplicationScenario,
} from './replication-kit';
import { LOSS_CASES } from './replication-loss';

export type { Placement, ReplicationCase, ReplicationScenario } from './replication-kit';

const failover = (clean: boolean): ReplicationCase => {
  // [stop, start, look at the ISR while it is down, end]
  const [down, up, look, duration] = clean ? [6000, 10_000, 9500, 41_000] : [5000, 18_000, 17_500, 48_000];
  return {
    id: `replication-failover-${clean ? 'clean' : 'crash'}`,
    title: `A machine breaks: the leader's broker ${clean ? 'stops cleanly' : 'crashes'}, acks=all, min.insync.replicas 2`,
    scenario: scenario(clean ? 32 : 33, 2, [teacher()]),
    durationMs: duration,
    build: ([leader = 1, f1 = 2, f2 = 3]) => ({
      script: [stop(down, leader, clean), start(up, leader)],
      claims: [
        stateAt(
          NOTES,
          down - 1000,
          'three copies, the preferred replica leads, all in sync',
          (s) => s.startsWith(`leader ${leader};`) && isrOf([leader, f1, f2])(s),
        ),
        // Copies and the high watermark, while every broker is up.
        acknowledgedBelowHighWatermark(
          'teacher',
          NOTES,
          down - 1000,
          'acks=all: every acknowledged record is below the high watermark',
        ),
        highWatermarkAt(NOTES, down - 1000, 6, 'the high watermark follows the writing'),
        ...newLeaderAfter(
          NOTES,
          down,
          leader,
          clean ? 2000 : 12_000,
          // A crash falls anywhere between two heartbeats (every 2 s), and a look at a leaderless partition
          // takes up to 1.5 s: Kafka shows 9-10.5 s here.
          clean ? 1500 : 4000,
          clean
            ? 'a clean stop (controlled shutdown) hands the leadership to the next replica in the ISR at once'
            : 'a crash is noticed when the broker session times out (9 s); then the next replica in the ISR leads',
        ),
        stateAt(NOTES, look, 'the stopped broker is out of the ISR, its copy waits', isrOf([f1, f2])),
        isrChangeAfter(
          NOTES,
          up,
          leader,
          'rejoins',
          REJOIN_MS,
          REJOIN_MS,
          'the repaired broker catches up and rejoins',
        ),
        stateAt(
          NOTES,
          duration - 500,
          'the new leader keeps leading (the preferred one returns at the imbalance check, 300 s)',
          (s) => s.startsWith(`leader ${f1};`) && isrOf([leader, f1, f2])(s),
        ),
        producerOutcome(
          'teacher',
          'acks=all: no record failed; the teacher waited out the failover',
          NONE,
          0,
          'failed',
        ),
        producerOutcome(
          'teacher',
          'acks=all with min.insync.replicas 2: nothing acknowledged is lost',
          NONE,
          0,
          'lostAcknowledged',
        ),
        neverReadPastHighWatermark('the student never reads past the high watermark'),
      ],
    }),
  };
};

export const REPLICATION_CASES: ReplicationCase[] = [
  failover(true),
  failover(false),
  {
    id: 'replication-isr',
    title: 'A follower crashes: it leaves the ISR after replica.lag.time.max.ms and rejoins when repaired',
    scenario: scenario(34, 2, [teacher()]),
    durationMs: 40_000,
    build: ([leader = 1, f1 = 2, f2 = 3]) => ({
      script: [stop(5000, f2, false), start(9000, f2)],
      claims: [
        isrChangeAfter(
          NOTES,
          5000,
          f2,
          'leaves',
          ISR_LEAVE_WITHIN_MS,
          ISR_LEAVE_TOLERANCE_MS,
          'a crashed follower leaves the ISR after replica.lag.time.max.ms (2 s, checked every 1 s)',
        ),
        stateAt(
          NOTES,
          8500,
          'the leader keeps leading with two in sync',
          (s) => s.startsWith(`leader ${leader};`) && isrOf([leader, f1])(s),
        ),
        highWatermarkMoves(
          NOTES,
          8000,
          12_000,
          true,
          'with two in sync (min.insync.replicas 2) the high watermark moves on',
        ),
        isrChangeAfter(
          NOTES,
          9000,
          f2,
          'rejoins',
          REJOIN_MS,
          REJOIN_MS,
          'the repaired follower catches up and rejoins the ISR',
        ),
        producerOutcome('teacher', 'acks=all writes carry on with two copies in sync', NONE, 0, 'failed'),
        neverReadPastHighWatermark('the student never reads past the high watermark'),
      ],
    }),
  },
  {
    id: 'replication-not-enough',
    title:
      'Replication factor = min.insync.replicas: one broker down stops acks=all writes, acks=1 carries on',
    // Kafka's producer refuses a delivery.timeout.ms under linger.ms + request.timeout.ms (30 s by default;
    // KafkaProducer.configureDeliveryTimeout), and so does the simulator: the teacher's records wait 30 s
    // before they fail. The broker stays down to the end (the suite starts it again after the case).
    scenario: scenario(35, 3, [
      teacher({ deliveryTimeoutMs: 30_005 }),
      { id: 'helper', topic: 'notes', recordsPerSec: 2, acks: 1 },
    ]),
    durationMs: 40_000,
    build: ([leader = 1, f1 = 2, f2 = 3]) => ({
      script: [stop(5000, f2, true)],
      claims: [
        stateAt(
          NOTES,
          7000,
          'a clean stop takes the broker out of the ISR at once',
          (s) => s.startsWith(`leader ${leader};`) && isrOf([leader, f1])(s),
        ),
        waitingAt(
          'teacher',
          9000,
          6,
          'acks=all: the teacher waits, its records refused with NOT_ENOUGH_REPLICAS and retried',
          true,
        ),
        waitingAt('helper', 9000, 1, 'acks=1: the leader alone answers, nobody waits', false),
        producerOutcome(
          'teacher',
          'acks=all: records fail once delivery.timeout.ms (30 s) passes',
          { failed: true, lost: false },
          'whether',
          'failed',
        ),
        producerOutcome(
          'teacher',
          'acks=all: how many records fail by the end (a batch expires whole, delivery.timeout.ms after it was created)',
          { failed: true, lost: false },
          8,
          'failed',
        ),
        failedByDeliveryTimeout(
          'teacher',
          'the producer retried NOT_ENOUGH_REPLICAS until delivery.timeout.ms ended it',
        ),
        producerOutcome('helper', 'acks=1: nothing fails', NONE, 0, 'failed'),
        highWatermarkMoves(
          NOTES,
          6500,
          9500,
          false,
          'the high watermark holds while the ISR is below min.insync.replicas (Partition.isUnderMinIsr), acks=1 records too',
        ),
      ],
    }),
  },
  ...LOSS_CASES,
];

/**
 * The broker ids and placement a replication case runs with: the simulator's when it has the replication
 * model, otherwise ids 1..n and the replicas in id order starting at the partition (the rack-unaware
 * assignment with start index 0).
 */
export function defaultPlacement(c: ReplicationCase, brokerIds: number[]): Placement {
  const out: Placement = {};
  for (const t of c.scenario.topics) {
    const rf = t.replicationFactor ?? 1;
    out[t.name] = Array.from({ length: t.partitions }, (_, p) =>
      Array.from({ length: rf }, (_, j) => brokerIds[(p + j) % brokerIds.length]!),
    );
  }
  return out;
}

export const isReplicated = (s: Scenario): boolean => ((s as Partial<ReplicationScenario>).brokers ?? 1) > 1;
