import { KAFKA_DEFAULTS, RECORD_SIZE_BYTES, REPLICA_FETCH_ROUND_TRIP_MS } from '../scenario/defaults';
import { logEvent, schedule, type Ctx } from '../kernel/context';
import type { PartitionLog, Replication } from '../log/partition-log';
import { notifyRecordAppended } from '../clients/fetch-wakeup';
import { acknowledgeRange } from '../clients/acks';
import { effectiveMinIsr, isLive, leaderAvailable, leoOf } from './replicas';
import { populateElr } from './elr';
import { traceFetch } from '../log/replica-trace';

/** Records one follower fetch copies of a partition at most (`replica.fetch.max.bytes`). */
const FETCH_MAX_RECORDS = Math.floor(KAFKA_DEFAULTS.replicaFetchMaxBytes / RECORD_SIZE_BYTES);

/**
 * A record was appended to the leader. Followers that were caught up a moment ago were so until now
 * (they fetch continuously in Kafka), then a fetch round is due one round trip later.
 */
export function onLeaderAppend(ctx: Ctx, topic: number, partition: number, log: PartitionLog): void {
  const r = log.repl!;
  if (!r.fetchPending) {
    for (let i = 0; i < r.replicas.length; i++) {
      if (r.replicas[i] !== r.leader && r.leo[i] === log.logEndOffset - 1) r.caughtUpMs[i] = ctx.world.now;
    }
    scheduleReplicaFetch(ctx, topic, partition, log);
  }
  maybeIncrementHighWatermark(ctx, topic, partition, log);
}

export function scheduleReplicaFetch(ctx: Ctx, topic: number, partition: number, log: PartitionLog): void {
  const r = log.repl!;
  if (r.fetchPending || r.replicas.length < 2) return;
  r.fetchPending = true;
  schedule(ctx.world, ctx.world.now + REPLICA_FETCH_ROUND_TRIP_MS, {
    kind: 'replicaFetch',
    topic,
    partition,
  });
}

/**
 * One fetch round: every live follower copies what it lacks (up to `replica.fetch.max.bytes`), and the
 * leader learns the new log end offsets (`Partition.updateFollowerFetchState`): a follower at the leader's
 * end is caught up now, one at or past the high watermark and the epoch's start rejoins the ISR
 * (`Partition.isFollowerInSync`, `maybeExpandIsr`), and the high watermark moves.
 */
export function runReplicaFetch(ctx: Ctx, topic: number, partition: number): void {
  const { world } = ctx;
  const log = world.topics[topic]!.partitions[partition]!;
  const r = log.repl!;
  r.fetchPending = false;
  if (!leaderAvailable(ctx, log)) return;
  ctx.work.visits++;
  let behind = false;
  let isr = r.isr;
  for (let i = 0; i < r.replicas.length; i++) {
    const b = r.replicas[i]!;
    if (b === r.leader || !isLive(ctx, b)) continue;
    const copied = Math.min(log.logEndOffset - r.leo[i]!, FETCH_MAX_RECORDS);
    if (copied > 0) {
      // A follower out of the ISR is catching up (a restarted one always is: it left when fenced).
      if (!isr.includes(b)) traceFetch(r.trace, i, world.now, r.leo[i]!, r.leo[i]! + copied);
      r.leo[i] = r.leo[i]! + copied;
      world.brokers[b - 1]!.replicaFetched += copied;
    }
    if (r.leo[i] === log.logEndOffset) r.caughtUpMs[i] = world.now;
    else behind = true;
    const leo = r.leo[i]!;
    if (!isr.includes(b) && leo >= log.highWatermark && leo >= r.epochStartOffset) {
      isr = r.replicas.filter((x) => x === b || isr.includes(x));
    }
  }
  if (isr !== r.isr) setIsr(ctx, topic, partition, r, isr, false);
  maybeIncrementHighWatermark(ctx, topic, partition, log);
  if (behind) scheduleReplicaFetch(ctx, topic, partition, log);
}

/**
 * An ISR change the controller accepts (AlterPartition from the leader, or its own on a fence or an unclean
 * shutdown), with the eligible leader replicas it implies (`populateElr`). `uncleanShutdown`: a broker that
 * just registered after a crash, no longer eligible.
 */
export function setIsr(
  ctx: Ctx,
  topic: number,
  partition: number,
  r: Replication,
  isr: readonly number[],
  shrunk: boolean,
  uncleanShutdown = -1,
): void {
  populateElr(ctx, topic, r, isr, uncleanShutdown);
  if (isr !== r.isr) replaceIsr(ctx, topic, partition, r, isr, shrunk);
}

/** Sets the ISR as an election decided it, ELR aside. */
export function replaceIsr(
  ctx: Ctx,
  topic: number,
  partition: number,
  r: Replication,
  isr: readonly number[],
  shrunk: boolean,
): void {
  r.isr = isr;
  logEvent(ctx, {
    type: 'isrChanged',
    topic: ctx.world.topics[topic]!.name,
    partition,
    isr: [...isr],
    shrunk,
  });
}

/**
 * The high watermark is the smallest log end offset in the ISR (`Partition.maybeIncrementLeaderHW`); it
 * never goes back while a leader stays. Records below it are committed: consumers may read them, and
 * acks=all producers get their answer. It stands still while the ISR is smaller than the effective
 * `min.insync.replicas` (`Partition.isUnderMinIsr`, KAFKA-15583, Kafka 3.7+), acks=0 and acks=1 records
 * too: what a replica that left the ISR then lacks was never committed, so it may lead again (elr.ts).
 */
export function maybeIncrementHighWatermark(
  ctx: Ctx,
  topic: number,
  partition: number,
  log: PartitionLog,
): void {
  const r = log.repl!;
  // Only a running leader moves it (and answers producers); a crashed one waits for its successor.
  if (!leaderAvailable(ctx, log)) return;
  if (r.isr.length < effectiveMinIsr(ctx.world.topics[topic]!)) return;
  let hw = log.logEndOffset;
  for (let i = 0; i < r.replicas.length; i++) {
    if (r.isr.includes(r.replicas[i]!)) hw = Math.min(hw, leoOf(log, r, i));
  }
  if (hw <= log.highWatermark) return;
  const from = log.highWatermark;
  log.highWatermark = hw;
  acknowledgeRange(ctx, topic, partition, log, from, hw);
  notifyRecordAppended(ctx, topic, partition);
}

/**
 * The leader's periodic check (`ReplicaManager`'s isr-expiration task, every `replica.lag.time.max.ms` / 2):
 * a follower whose log end differs from the leader's and that has not caught up for `replica.lag.time.max.ms`
 * leaves the ISR (`Partition.maybeShrinkIsr`, `isFollowerOutOfSync`).
 */
export function runIsrExpiration(ctx: Ctx): void {
  const { world } = ctx;
  world.topics.forEach((t, ti) =>
    t.partitions.forEach((log, pi) => {
      const r = log.repl;
      ctx.work.visits++;
      if (r === null || r.isr.length < 2 || !leaderAvailable(ctx, log)) return;
      const out = r.replicas.filter(
        (b, i) =>
          b !== r.leader &&
          r.isr.includes(b) &&
          r.leo[i] !== log.logEndOffset &&
          world.now - r.caughtUpMs[i]! > world.replicaLagTimeMaxMs,
      );
      if (out.length === 0) return;
      setIsr(
        ctx,
        ti,
        pi,
        r,
        r.isr.filter((b) => !out.includes(b)),
        true,
      );
      maybeIncrementHighWatermark(ctx, ti, pi, log);
    }),
  );
  scheduleIsrExpiration(ctx);
}

export function scheduleIsrExpiration(ctx: Ctx): void {
  const period = Math.max(1, Math.floor(ctx.world.replicaLagTimeMaxMs / 2));
  schedule(ctx.world, ctx.world.now + period, { kind: 'isrExpiration' });
}
