/**
 * Claims about replication, checked on both plays. Each has a Kafka half, a rule Kafka must show (the case
 * is wrong, or the machine too slow, if it does not), and a comparison with the simulator: exact where
 * Kafka is deterministic (which replica leads after a failover, given the same placement and ISR), within a
 * tolerance where timing matters. Until the simulator has the replication model (issue 14), a claim whose
 * Kafka half holds is `pending`: neither passed nor failed.
 */
import type { Claim, Verdict } from './claims';
import type { ClassFacts, Tp } from './facts';
import {
  firstSampleAfter,
  readsPastHighWatermark,
  replicationAt,
  type ReplicationFacts,
  type ReplicationSample,
} from './replication-facts';

export const PENDING = 'pending: engine model not yet';

/** A measure of one play: a value compared between plays, a text for the table, and Kafka's rule. */
interface Measured {
  value: number | string;
  text: string;
}

function replicationClaim(
  behaviour: string,
  measure: (r: ReplicationFacts) => Measured,
  rule: (kafka: Measured) => boolean,
  tolerance = 0,
): Claim {
  return {
    behaviour,
    check: (sim: ClassFacts, kafka: ClassFacts): Verdict => {
      if (!kafka.replication) return { simulator: '-', kafka: 'no replication facts', agree: false };
      const k = measure(kafka.replication);
      const holds = rule(k);
      const kafkaText = holds ? k.text : `${k.text} (expected otherwise)`;
      if (!sim.replication) return { simulator: PENDING, kafka: kafkaText, agree: holds, pending: true };
      const s = measure(sim.replication);
      const close =
        typeof s.value === 'number' && typeof k.value === 'number'
          ? Math.abs(s.value - k.value) <= tolerance
          : s.value === k.value;
      return { simulator: s.text, kafka: kafkaText, agree: holds && close };
    },
  };
}

const seconds = (t: number): string => `${t / 1000} s`;
const sorted = (ids: number[]): string => [...ids].sort((a, b) => a - b).join(',');
const none = { value: 'none', text: 'no sample' };

function stateText(s: ReplicationSample | null, where: Tp): Measured {
  const p = s?.partitions[where];
  if (!p) return none;
  const text = `leader ${p.leader ?? 'none'}; replicas ${p.replicas.join(',')}; ISR ${sorted(p.isr)}`;
  return { value: text, text };
}

/** Leader, replicas and ISR of a partition at `t` (the ISR as a set: Kafka keeps no order in it). */
export const stateAt = (where: Tp, t: number, what: string, rule: (s: string) => boolean): Claim =>
  replicationClaim(
    `${what} (${where} at ${seconds(t)}: leader, replicas, ISR)`,
    (r) => stateText(replicationAt(r, t), where),
    (k) => rule(k.text),
  );

/** The leader at the first sample after `t` where it is not `old` (nor none), and how long that took. */
export const newLeaderAfter = (
  where: Tp,
  t: number,
  old: number,
  withinMs: number,
  toleranceMs: number,
  what: string,
): Claim[] => {
  const found = (r: ReplicationFacts): ReplicationSample | null =>
    firstSampleAfter(r, t, (s) => {
      const l = s.partitions[where]?.leader;
      return l != null && l !== old;
    });
  return [
    replicationClaim(
      `${what}: the new leader (${where}, broker ${old} stopped at ${seconds(t)})`,
      (r) => {
        const s = found(r);
        const leader = s?.partitions[where]?.leader;
        return leader == null ? none : { value: String(leader), text: `broker ${leader}` };
      },
      (k) => k.value !== 'none',
    ),
    replicationClaim(
      `${what}: how long ${where} had no leader that answers, within ${seconds(withinMs)} (±${seconds(toleranceMs)})`,
      (r) => {
        const s = found(r);
        return s ? { value: s.t - t, text: seconds(s.t - t) } : { value: Infinity, text: 'never' };
      },
      (k) => typeof k.value === 'number' && k.value <= withinMs,
      toleranceMs,
    ),
  ];
};

/** How long after `t` a broker left (`out`) or rejoined the ISR of a partition. */
export const isrChangeAfter = (
  where: Tp,
  t: number,
  broker: number,
  change: 'leaves' | 'rejoins',
  withinMs: number,
  toleranceMs: number,
  what: string,
): Claim =>
  replicationClaim(
    `${what} (broker ${broker} ${change} the ISR of ${where} after ${seconds(t)}, within ${seconds(withinMs)}, ±${seconds(toleranceMs)})`,
    (r) => {
      const s = firstSampleAfter(r, t, (x) => {
        const isr = x.partitions[where]?.isr;
        return isr != null && isr.includes(broker) === (change === 'rejoins');
      });
      return s ? { value: s.t - t, text: `after ${seconds(s.t - t)}` } : { value: Infinity, text: 'never' };
    },
    (k) => typeof k.value === 'number' && k.value <= withinMs,
    toleranceMs,
  );

/**
 * Producer tallies at the end: acknowledged, failed (and why), lost. `tolerance` compares the counts;
 * 'whether' compares only none against some (where the count rests on how long a real broker takes to
 * start again, 10-15 s on the test machine, against the simulator's instant restart).
 */
export const producerOutcome = (
  producer: string,
  what: string,
  rule: { failed: boolean; lost: boolean },
  tolerance: number | 'whether',
  field: 'failed' | 'lostAcknowledged',
): Claim =>
  replicationClaim(
    `${what} (${producer}: records ${field === 'failed' ? 'failed' : 'acknowledged then lost'}, ${tolerance === 'whether' ? 'none or some' : `±${tolerance}`})`,
    (r) => {
      const p = r.producers[producer];
      if (!p) return { value: -1, text: 'no records' };
      const why = Object.entries(p.errors)
        .map(([e, n]) => `${n} ${e}`)
        .join(', ');
      const text =
        `${p.acknowledged} acknowledged, ${p.failed} failed${why ? ` (${why})` : ''}` +
        `, ${p.lostAcknowledged} lost`;
      const value = tolerance === 'whether' ? (p[field] > 0 ? 'some' : 'none') : p[field];
      return { value, text };
    },
    (k) => {
      const wanted = field === 'failed' ? rule.failed : rule.lost;
      if (typeof k.value === 'string') return k.value === (wanted ? 'some' : 'none');
      return k.value >= 0 && (wanted ? k.value > 0 : k.value === 0);
    },
    tolerance === 'whether' ? 0 : tolerance,
  );

/**
 * Every failed record failed because delivery.timeout.ms passed while the producer retried: Kafka's client
 * reports a TimeoutException for a batch that expires waiting to be retried (RecordAccumulator
 * .expiredBatches), and the broker's own NotEnoughReplicasException for one whose last attempt was
 * answered after the deadline (Sender.canRetry).
 */
export const failedByDeliveryTimeout = (producer: string, what: string): Claim =>
  replicationClaim(
    `${what} (${producer}'s failures: TimeoutException or NotEnoughReplicasException)`,
    (r) => {
      const errors = Object.keys(r.producers[producer]?.errors ?? {}).sort();
      if (errors.length === 0) return { value: 'no failures', text: 'no failures' };
      const timedOut = errors.every((e) => e === 'TimeoutException' || e === 'NotEnoughReplicasException');
      return { value: timedOut ? 'delivery timeout' : errors.join(', '), text: errors.join(', ') };
    },
    (k) => k.value === 'delivery timeout',
  );

/** The high watermark of a partition at `t`, within a tolerance (records written at different moments). */
export const highWatermarkAt = (where: Tp, t: number, tolerance: number, what: string): Claim =>
  replicationClaim(
    `${what} (high watermark of ${where} at ${seconds(t)}, ±${tolerance})`,
    (r) => {
      const hw = replicationAt(r, t)?.partitions[where]?.highWatermark;
      return hw == null ? { value: -1, text: 'unknown' } : { value: hw, text: String(hw) };
    },
    (k) => typeof k.value === 'number' && k.value > 0,
    tolerance,
  );

/** Does the high watermark move between `from` and `to`? */
export const highWatermarkMoves = (
  where: Tp,
  from: number,
  to: number,
  moves: boolean,
  what: string,
): Claim =>
  replicationClaim(
    `${what} (high watermark of ${where} from ${seconds(from)} to ${seconds(to)})`,
    (r) => {
      const a = replicationAt(r, from)?.partitions[where]?.highWatermark;
      const b = replicationAt(r, to)?.partitions[where]?.highWatermark;
      if (a == null || b == null) return { value: 'unknown', text: 'unknown' };
      return b > a
        ? { value: 'moves', text: `moves (${a} to ${b})` }
        : { value: 'holds', text: `holds at ${a}` };
    },
    (k) => k.value === (moves ? 'moves' : 'holds'),
  );

/** Every acknowledged record (acks=all) is below the high watermark: acknowledged <= high watermark. */
export const acknowledgedBelowHighWatermark = (producer: string, where: Tp, t: number, what: string): Claim =>
  replicationClaim(
    `${what} (${producer}'s acknowledged records and the high watermark of ${where} at ${seconds(t)})`,
    (r) => {
      const s = replicationAt(r, t);
      const hw = s?.partitions[where]?.highWatermark;
      const acked = s?.producers[producer]?.acknowledged;
      if (hw == null || acked == null) return { value: 'unknown', text: 'unknown' };
      return { value: acked <= hw ? 'below' : 'above', text: `${acked} acknowledged, high watermark ${hw}` };
    },
    (k) => k.value === 'below',
  );

export const neverReadPastHighWatermark = (what: string): Claim =>
  replicationClaim(
    `${what} (records read at or past the high watermark)`,
    (r) => {
      const n = readsPastHighWatermark(r);
      return { value: n, text: `${n} of ${r.reads.length} reads` };
    },
    (k) => k.value === 0 && k.text !== '0 of 0 reads',
  );

/** Records a producer has sent and is still waiting on at `t`: the teacher waits for copies. */
export const waitingAt = (
  producer: string,
  t: number,
  tolerance: number,
  what: string,
  waits: boolean,
): Claim =>
  replicationClaim(
    `${what} (${producer}'s records sent and not yet answered at ${seconds(t)}, ±${tolerance})`,
    (r) => {
      const n = replicationAt(r, t)?.producers[producer]?.waiting;
      return n == null ? { value: -1, text: 'unknown' } : { value: n, text: String(n) };
    },
    // Not waiting still allows the record in flight at the moment of the look.
    (k) =>
      typeof k.value === 'number' && (waits ? k.value > tolerance : k.value >= 0 && k.value <= tolerance),
    tolerance,
  );
