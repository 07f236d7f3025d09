import { KAFKA_DEFAULTS } from '../scenario/defaults';

/** `leader.imbalance.check.interval.seconds` (300) in ms. */
export const LEADER_IMBALANCE_CHECK_INTERVAL_MS = 300_000;
import { logEvent, schedule, type Ctx } from '../kernel/context';
import type { PartitionLog, Replication } from '../log/partition-log';
import { truncateLog } from '../log/truncate';
import { assignEpoch, truncateEpochs } from '../log/leader-epochs';
import { onLeaderChange } from '../clients/acks';
import { isLive } from './replicas';
import { offsetsBrokerFenced, offsetsBrokerStarted } from './group-coordinator';
import { maybeIncrementHighWatermark, replaceIsr, scheduleReplicaFetch, setIsr } from './replica-fetcher';
import { afterElection, chooseLeader, type Election } from './elr';
import { traceTruncation } from '../log/replica-trace';

/**
 * The KRaft controller, reduced to what a classroom sees: it knows which brokers are registered, fences a
 * broker that shut down or stopped heartbeating, takes it out of every ISR it is not alone in, and elects
 * leaders (`ReplicationControlManager.handleBrokerFenced`, `handleBrokerInControlledShutdown`,
 * `PartitionChangeBuilder`). Not modelled: the controller quorum itself (it never fails here), metadata
 * propagation delays (brokers and clients learn a change at once). Eligible leader replicas (KIP-966) are on,
 * as in every cluster Kafka 4.1+ formats: see elr.ts.
 */

type Visit = (topic: number, partition: number, log: PartitionLog, r: Replication) => void;

function forEachReplica(ctx: Ctx, broker: number, visit: Visit): void {
  ctx.world.topics.forEach((t, ti) =>
    t.partitions.forEach((log, pi) => {
      ctx.work.visits++;
      const r = log.repl;
      if (r !== null && r.replicas.includes(broker)) visit(ti, pi, log, r);
    }),
  );
}

/**
 * `clean`: a controlled shutdown: the broker asks the controller to move its leaderships away and leaves
 * every ISR before it stops. Otherwise it crashes: its partitions have no working leader until the
 * controller notices the missing heartbeats, `broker.session.timeout.ms` later, and fences it.
 */
export function stopBroker(ctx: Ctx, id: number, clean: boolean): void {
  const b = ctx.world.brokers[id - 1]!;
  b.up = false;
  b.cleanShutdown = clean;
  b.sessionToken++;
  logEvent(ctx, { type: 'brokerStopped', broker: id, clean });
  if (clean) {
    b.fenced = true;
    leaveCluster(ctx, id);
  } else {
    schedule(ctx.world, ctx.world.now + KAFKA_DEFAULTS.brokerSessionTimeoutMs, {
      kind: 'brokerFence',
      broker: id,
      token: b.sessionToken,
    });
  }
}

/** The crashed broker's session ran out: the controller fences it. */
export function onBrokerSessionTimeout(ctx: Ctx, id: number): void {
  const b = ctx.world.brokers[id - 1]!;
  b.fenced = true;
  logEvent(ctx, { type: 'brokerFenced', broker: id });
  leaveCluster(ctx, id);
}

/**
 * Out of every ISR, and a new leader wherever it led (`ReplicationControlManager.handleBrokerFenced`). With
 * eligible leader replicas the last member leaves too: the ISR may become empty (the classic controller kept
 * it), and the broker, having left while the ISR was below `min.insync.replicas`, stays eligible.
 */
function leaveCluster(ctx: Ctx, id: number): void {
  if (offsetsBrokerFenced(ctx, id)) scheduleLeaderRebalance(ctx);
  forEachReplica(ctx, id, (ti, pi, log, r) => {
    if (r.isr.includes(id)) {
      setIsr(
        ctx,
        ti,
        pi,
        r,
        r.isr.filter((b) => b !== id),
        true,
      );
    }
    if (r.leader === id) electLeader(ctx, ti, pi, log, r);
    else maybeIncrementHighWatermark(ctx, ti, pi, log);
  });
}

/**
 * A broker starts and registers. A crashed incarnation the controller had not fenced yet is fenced first (the
 * new one registers with a new epoch). Offline partitions it holds may get a leader back; elsewhere it is a
 * follower: truncated to the leader's log (already done when the leader was elected) it fetches, and rejoins
 * the ISR once caught up.
 */
export function startBroker(ctx: Ctx, id: number): void {
  const b = ctx.world.brokers[id - 1]!;
  if (!b.fenced) onBrokerSessionTimeout(ctx, id);
  b.up = true;
  b.fenced = false;
  b.sessionToken++;
  logEvent(ctx, { type: 'brokerStarted', broker: id });
  if (offsetsBrokerStarted(ctx, id)) scheduleLeaderRebalance(ctx);
  // ReplicationControlManager.handleBrokerShutdown: a broker that registers after a crash (an unclean
  // shutdown: no clean-shutdown epoch) is no longer eligible to lead; it must catch up into the ISR first.
  const crashed = !b.cleanShutdown;
  b.cleanShutdown = true;
  forEachReplica(ctx, id, (ti, pi, log, r) => {
    returnFromDisk(ctx, r, r.replicas.indexOf(id));
    if (crashed && r.elr.includes(id)) setIsr(ctx, ti, pi, r, r.isr, true, id);
    if (r.leader < 0) electLeader(ctx, ti, pi, log, r);
    else scheduleReplicaFetch(ctx, ti, pi, log);
  });
}

/**
 * `PartitionChangeBuilder.electLeader` (see `chooseLeader` in elr.ts for who may lead). Every replica's log is
 * cut back to the new leader's end (leader epochs), which loses what only the old leader had.
 */
export function electLeader(
  ctx: Ctx,
  topic: number,
  partition: number,
  log: PartitionLog,
  r: Replication,
  preferred = false,
): void {
  const { world } = ctx;
  // A preferred election (see runLeaderRebalance) picks the first replica, already checked to be eligible.
  const e: Election = preferred
    ? { leader: r.replicas[0]!, kind: 'isr' }
    : chooseLeader(ctx, r, world.uncleanLeaderElection);
  const { leader } = e;
  // Balanced recovery elects the last leader, which holds every acknowledged record: not a risky election.
  const unclean = e.kind === 'unclean';
  const name = world.topics[topic]!.name;
  if (r.leader > 0) r.leo[r.replicas.indexOf(r.leader)] = log.logEndOffset;
  if (leader < 0) {
    if (r.leader < 0) return;
    r.leader = -1;
    r.leaderEpoch++;
    scheduleLeaderRebalance(ctx);
    logEvent(ctx, {
      type: 'leaderElected',
      topic: name,
      partition,
      leader: null,
      leaderEpoch: r.leaderEpoch,
      unclean,
    });
    return;
  }
  const end = r.leo[r.replicas.indexOf(leader)]!;
  const lost = onLeaderChange(ctx, topic, partition, log, end);
  const removed = truncateLog(log, end);
  for (let i = 0; i < r.leo.length; i++) cutReplica(ctx, r, i, log.logEndOffset);
  if (removed > 0) {
    logEvent(ctx, {
      type: 'logTruncated',
      topic: name,
      partition,
      toOffset: log.logEndOffset,
      removed,
      lostAcknowledged: lost,
    });
    forgetTruncated(ctx, topic, partition, log.logEndOffset);
    r.cuts = [...r.cuts, log.logEndOffset];
  }
  r.leader = leader;
  r.leaderEpoch++;
  r.epochStartOffset = log.logEndOffset;
  // The new leader's epoch cache: its log's epochs, then its own from its log end (Partition.makeLeader).
  r.epochs = assignEpoch(truncateEpochs(r.epochs, log.logEndOffset), r.leaderEpoch, log.logEndOffset);
  afterElection(r, e);
  // Partition.makeLeader: in-sync followers count as caught up from now on.
  for (let i = 0; i < r.replicas.length; i++) if (r.isr.includes(r.replicas[i]!)) r.caughtUpMs[i] = world.now;
  logEvent(ctx, {
    type: 'leaderElected',
    topic: name,
    partition,
    leader,
    leaderEpoch: r.leaderEpoch,
    unclean,
  });
  if (e.kind !== 'isr') replaceIsr(ctx, topic, partition, r, [leader], unclean);
  if (leader !== r.replicas[0]) scheduleLeaderRebalance(ctx);
  maybeIncrementHighWatermark(ctx, topic, partition, log);
  scheduleReplicaFetch(ctx, topic, partition, log);
}

/**
 * Replica `i`'s log is cut back to the new leader's end `to` (leader epochs). A running replica truncates at
 * once; a stopped one keeps its log on disk and truncates when it returns and asks the leader where its
 * epoch ended (`AbstractFetcherThread.maybeTruncate`, `truncateToEpochEndOffsets`, KIP-101/279): the engine
 * cuts its `leo` now (nothing decides on a stopped replica's log), and its trace keeps what the disk holds
 * so the picture shows the cut when it happens in Kafka.
 */
function cutReplica(ctx: Ctx, r: Replication, i: number, to: number): void {
  const from = r.leo[i]!;
  if (from <= to) return;
  r.leo[i] = to;
  if (ctx.world.brokers[r.replicas[i]! - 1]!.up) traceTruncation(r.trace, i, ctx.world.now, from, to);
  else r.trace.diskEnd[i] = Math.max(r.trace.diskEnd[i]!, from);
}

/** A restarted replica truncates what its disk held past its cut (see cutReplica) before it fetches. */
function returnFromDisk(ctx: Ctx, r: Replication, i: number): void {
  const held = r.trace.diskEnd[i]!;
  if (held < 0) return;
  r.trace.diskEnd[i] = -1;
  if (held > r.leo[i]!) traceTruncation(r.trace, i, ctx.world.now, held, r.leo[i]!);
}

/** Offsets past the cut will hold new records: a group processing them is not processing them again. */
function forgetTruncated(ctx: Ctx, topic: number, partition: number, end: number): void {
  for (const g of ctx.world.groups) {
    const base = g.partitionBase[topic];
    if (base === undefined || base < 0) continue;
    if (g.processedUpTo[base + partition]! > end) g.processedUpTo[base + partition] = end;
  }
}

/**
 * `auto.leader.rebalance.enable` (true): once a partition is led by another replica than its preferred one,
 * the controller runs a preferred election `leader.imbalance.check.interval.seconds` (300) later, moving
 * leadership back wherever the preferred replica is live and in the ISR
 * (`ReplicationControlManager.maybeBalancePartitionLeaders`, scheduled by
 * `QuorumController.maybeScheduleNextBalancePartitionLeaders`). Kafka 4.0 dropped the 10% imbalance
 * threshold (KAFKA-18743): every imbalanced partition counts.
 */
export function scheduleLeaderRebalance(ctx: Ctx): void {
  const { world } = ctx;
  if (world.leaderRebalanceAt >= 0) return;
  world.leaderRebalanceAt = world.now + LEADER_IMBALANCE_CHECK_INTERVAL_MS;
  schedule(world, world.leaderRebalanceAt, { kind: 'leaderRebalance' });
}

export function runLeaderRebalance(ctx: Ctx): void {
  const { world } = ctx;
  world.leaderRebalanceAt = -1;
  let imbalanced = false;
  world.topics.forEach((t, ti) =>
    t.partitions.forEach((log, pi) => {
      const r = log.repl;
      ctx.work.visits++;
      if (r === null || r.leader === r.replicas[0]) return;
      const preferred = r.replicas[0]!;
      if (r.isr.includes(preferred) && isLive(ctx, preferred)) electLeader(ctx, ti, pi, log, r, true);
      else imbalanced = true;
    }),
  );
  for (const p of world.offsetsTopic) {
    if (p.leader === p.replicas[0]) continue;
    if (p.isr.includes(p.replicas[0]!) && isLive(ctx, p.replicas[0]!)) p.leader = p.replicas[0]!;
    else imbalanced = true;
  }
  if (imbalanced) scheduleLeaderRebalance(ctx);
}
