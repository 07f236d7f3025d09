import { KAFKA_DEFAULTS } from '../scenario/defaults';
import { NO_KEY } from '../log/record-chunk';
import { schedule, type Ctx } from '../kernel/context';
import type { FetchedRange, GroupState, MemberState } from '../kernel/world';
import { joinGroup, revokeAll } from '../groups/coordinator';
import { schedulePollTimeout } from '../groups/liveness';
import { fetchRecords } from './fetch';
import { maybeAutoCommit, commitPositions } from './offsets';
import { sendOutput } from './processor-output';
import { stickyPartition } from './sticky-partitioner';
import { defaultPartition } from './partitioner';

/**
 * A consumer's application thread: `while (true) { records = poll(); for (r of records) process(r); }`.
 * Processing takes 1000 / recordsPerSec ms per record; a poll happens only once the batch is done, which is
 * what `max.poll.interval.ms` watches.
 */
export function wakeMember(ctx: Ctx, g: number, mi: number, time: number): void {
  const m = ctx.world.groups[g]!.members[mi]!;
  m.token++;
  schedule(ctx.world, time, { kind: 'member', group: g, member: mi, token: m.token });
}

function completionTime(m: MemberState, k: number): number {
  return m.paceSince + Math.ceil(((k - m.paceBase) * 1000) / m.recordsPerSec);
}

/** The member's timer fired: finish the records due by now, then poll if the batch is done. */
export function runMember(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  if (m.status !== 'active' || m.removed) return;
  m.waitingForData = false;
  const now = ctx.world.now;
  while (m.batchDone < m.batchSize && completionTime(m, m.batchDone + 1) <= now) {
    processNext(ctx, g, mi);
  }
  if (m.batchDone < m.batchSize) {
    wakeMember(ctx, g, mi, completionTime(m, m.batchDone + 1));
    return;
  }
  poll(ctx, g, mi);
}

/** Starts the processing clock afresh, after a pause or a change of speed. */
export function repace(m: MemberState, now: number): void {
  m.paceSince = now;
  m.paceBase = m.batchDone;
}

function processNext(ctx: Ctx, g: number, mi: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  const range = m.batch[m.batchRange]!;
  const offset = m.batchOffset;
  const gp = range.gp;
  if (range.cuts >= 0 && removedSinceFetch(ctx, group, range, offset)) {
    // A record in hand that a truncation has since removed: processing it says nothing of the new record now
    // at its offset, which the member has not read yet.
  } else if (offset < group.processedUpTo[gp]!) group.duplicates++;
  else group.processedUpTo[gp] = offset + 1;
  m.processed++;
  m.batchDone++;
  ctx.work.records++;
  if (group.outputTopic >= 0 && range.keys && range.seqs && range.flags) {
    const k = offset - range.from;
    // Hashing the key for the output partition (murmur2 of its text) costs about four appends.
    ctx.work.records += 4;
    produceOutput(ctx, g, mi, range.keys[k]!, range.seqs[k]!, range.flags[k]!);
  }
  m.batchOffset++;
  if (m.batchOffset >= range.to && m.batchRange + 1 < m.batch.length) {
    m.batchRange++;
    m.batchOffset = m.batch[m.batchRange]!.from;
  }
}

/** Was the record at `offset` of this range (fetched before some truncations) cut away by one of them? */
function removedSinceFetch(ctx: Ctx, group: GroupState, range: FetchedRange, offset: number): boolean {
  const { topic, partition } = group.partitions[range.gp]!;
  const cuts = ctx.world.topics[topic]!.partitions[partition]!.repl!.cuts;
  for (let i = range.cuts; i < cuts.length; i++) if (offset >= cuts[i]!) return true;
  return false;
}

/** A stream processor writes what it processed to its output topic, same key, same note number. */
function produceOutput(ctx: Ctx, g: number, mi: number, key: number, seq: number, flags: number): void {
  const group = ctx.world.groups[g]!;
  const m = group.members[mi]!;
  const topic = ctx.world.topics[group.outputTopic]!;
  const n = topic.partitions.length;
  let partition: number;
  if (key === NO_KEY) {
    m.outputSticky = stickyPartition(m.outputSticky, n, KAFKA_DEFAULTS.batchSizeBytes, ctx.world.rng);
    partition = m.outputSticky.partition;
  } else {
    partition = defaultPartition(ctx.keys.names[key]!, n);
  }
  sendOutput(ctx, g, mi, partition, key, seq, flags);
}

/**
 * `KafkaConsumer.poll()`: rejoin the group if needed (onJoinPrepare: committing and, under eager rebalancing,
 * revoking everything first), auto-commit when due, then fetch. With nothing to read it waits up to
 * `fetch.max.wait.ms`, or less if a record arrives.
 */
export function poll(ctx: Ctx, g: number, mi: number): void {
  const { world } = ctx;
  const group = world.groups[g]!;
  const m = group.members[mi]!;
  ctx.work.polls++;
  m.lastPollMs = world.now;
  m.batch = [];
  m.batchSize = 0;
  m.batchDone = 0;
  m.batchRange = 0;
  m.batchOffset = 0;
  if (!m.inGroup) {
    joinGroup(ctx, g, mi);
    schedulePollTimeout(ctx, g, mi);
    return;
  }
  // Like AbstractCoordinator.joinGroupIfNeeded, rejoin as long as a rejoin is needed: a cooperative member
  // that revoked partitions in this very round asks for the follow-up rebalance before fetching.
  while (m.rejoinNeeded && !m.joined) {
    commitPositions(ctx, group, m);
    if (group.assignor !== 'cooperative-sticky') revokeAll(ctx, group, m);
    joinGroup(ctx, g, mi);
    if (group.assignor !== 'cooperative-sticky' || !m.inGroup) return;
  }
  if (m.joined && m.assignment.length === 0) return;
  // ConsumerCoordinator.poll auto-commits only once the group is joined: while a join is pending
  // (cooperative members keep fetching meanwhile) ensureActiveGroup returns false before the commit.
  if (!m.joined) maybeAutoCommit(ctx, group, m);
  const ranges = fetchRecords(ctx, group, m);
  let size = 0;
  for (const r of ranges) size += r.to - r.from;
  if (size === 0) {
    wakeMember(ctx, g, mi, world.now + KAFKA_DEFAULTS.fetchMaxWaitMs);
    m.waitingForData = true;
    return;
  }
  m.batch = ranges;
  m.batchSize = size;
  m.batchOffset = ranges[0]!.from;
  repace(m, world.now);
  wakeMember(ctx, g, mi, completionTime(m, 1));
}
