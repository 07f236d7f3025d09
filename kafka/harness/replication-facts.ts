/**
 * What a class with several brokers shows, in one shape for both plays: twice a second, which brokers are
 * up and every partition's leader, replicas, ISR and high watermark, and each producer's acknowledged and
 * failed records; every read a consumer made; at the end, the acknowledged records no log holds any more.
 *
 * Kafka's side comes from the player's samples (Admin describeTopics, describeCluster, listOffsets LATEST,
 * which answers the high watermark) and its produced / produceFailed / processed facts; the simulator's
 * from its snapshots (Snapshot.brokers, partitions[].{leader, replicas, isr, highWatermark},
 * producers[].{acknowledged, failed, lostAcknowledged}: the model of issue 14) and its `fetched` events.
 */
import type { Tp } from './facts';

export interface PartitionState {
  /** null: no leader (every replica of the ISR is down). */
  leader: number | null;
  replicas: number[];
  isr: number[];
  /** null: nobody could be asked (no leader). */
  highWatermark: number | null;
}

export interface ReplicationSample {
  t: number;
  /** Brokers up (Kafka: registered and not fenced, as DescribeCluster lists them). */
  brokersUp: number[];
  partitions: Record<Tp, PartitionState>;
  /** Per producer, records acknowledged and failed so far, and records sent and waiting (the teacher waits). */
  producers: Record<string, { acknowledged: number; failed: number; waiting: number }>;
}

export interface ProducerTally {
  acknowledged: number;
  failed: number;
  /** Failed records by the exception's class (Kafka: NotEnoughReplicasException, TimeoutException, ...). */
  errors: Record<string, number>;
  /** Acknowledged records that no log holds at the end (lost in an unclean election). */
  lostAcknowledged: number;
}

export interface ReplicationFacts {
  samples: ReplicationSample[];
  producers: Record<string, ProducerTally>;
  /** Every read: at `t`, a consumer of `group` read `where` from `fromOffset` up to `toOffset` (exclusive). */
  reads: { t: number; group: string; where: Tp; fromOffset: number; toOffset: number }[];
}

/** The sample nearest to `t`. */
export function replicationAt(r: ReplicationFacts, t: number): ReplicationSample | null {
  let best: ReplicationSample | null = null;
  for (const s of r.samples) if (!best || Math.abs(s.t - t) < Math.abs(best.t - t)) best = s;
  return best;
}

/** The first sample at or after `t` where `ok` holds, or null. */
export function firstSampleAfter(
  r: ReplicationFacts,
  t: number,
  ok: (s: ReplicationSample) => boolean,
): ReplicationSample | null {
  return r.samples.find((s) => s.t >= t && ok(s)) ?? null;
}

/**
 * Reads past the high watermark: a read up to `toOffset` at `t` is checked against the first sample at or
 * after `t` (the high watermark only grows while no unclean election happens, so that sample's is at least
 * the one the read saw).
 */
export function readsPastHighWatermark(r: ReplicationFacts): number {
  let past = 0;
  for (const read of r.reads) {
    const s = firstSampleAfter(r, read.t, (x) => x.partitions[read.where]?.highWatermark != null);
    const hw = s?.partitions[read.where]?.highWatermark;
    if (hw != null && read.toOffset > hw) past++;
  }
  return past;
}
