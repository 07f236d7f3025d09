import { FLAG_REMOVED } from '../log/record-chunk';
import { locate, type PartitionLog } from '../log/partition-log';
import { logEvent, type Ctx } from '../kernel/context';
import type { FetchedRange, GroupState, MemberState } from '../kernel/world';
import { resolvePosition } from './offsets';
import { notePositionEpoch } from './offset-validation';
import { leaderAvailable } from '../cluster/replicas';

/**
 * One poll's fetch: up to `max.poll.records` records from the member's partitions, each partition drained
 * from its position before the next, starting one partition further each poll so none starves. Order holds
 * within a partition only. Records compaction removed are passed over; their offsets stay unread.
 */
export function fetchRecords(ctx: Ctx, group: GroupState, m: MemberState): FetchedRange[] {
  const parts = m.assignment;
  const ranges: FetchedRange[] = [];
  if (parts.length === 0) return ranges;
  const keepContent = group.outputTopic >= 0;
  let room = group.maxPollRecords;
  const start = m.fetchCursor % parts.length;
  m.fetchCursor = start + 1;
  for (let j = 0; j < parts.length && room > 0; j++) {
    ctx.work.visits++;
    const gp = parts[(start + j) % parts.length]!;
    const { topic, partition } = group.partitions[gp]!;
    const t = ctx.world.topics[topic]!;
    const log = t.partitions[partition]!;
    // Nothing to read from a partition without a working leader; below the high watermark only otherwise.
    if (log.repl !== null && !leaderAvailable(ctx, log)) continue;
    let position = resolvePosition(ctx, group, m, gp);
    const end = log.highWatermark;
    if (position >= end) continue;
    const first = position;
    let taken = 0;
    if (t.cleanupPolicy === 'delete') {
      const to = Math.min(end, position + room);
      ranges.push(makeRange(log, gp, position, to, keepContent));
      taken = to - position;
      position = to;
    } else {
      // A compacted log has holes: gather runs of surviving records.
      while (position < end && taken < room) {
        let from = position;
        while (from < end && isRemoved(log, from)) from++;
        let to = from;
        while (to < end && taken < room && !isRemoved(log, to)) {
          to++;
          taken++;
        }
        if (to > from) ranges.push(makeRange(log, gp, from, to, keepContent));
        position = to;
      }
    }
    m.position.set(gp, position);
    notePositionEpoch(m, gp, log, position);
    room -= taken;
    if (position > first) {
      const again = Math.max(0, Math.min(position, group.processedUpTo[gp]!) - first);
      logEvent(ctx, {
        type: 'fetched',
        group: group.id,
        member: m.id,
        topic: t.name,
        partition,
        fromOffset: first,
        toOffset: position,
        again,
      });
    }
  }
  return ranges;
}

function isRemoved(log: PartitionLog, offset: number): boolean {
  const { chunk, i } = locate(log, offset);
  return (chunk.flags[i]! & FLAG_REMOVED) !== 0;
}

function makeRange(
  log: PartitionLog,
  gp: number,
  from: number,
  to: number,
  keepContent: boolean,
): FetchedRange {
  const cuts = log.repl === null ? -1 : log.repl.cuts.length;
  if (!keepContent) return { gp, from, to, keys: null, seqs: null, flags: null, cuts };
  const n = to - from;
  const keys = new Int32Array(n);
  const seqs = new Int32Array(n);
  const flags = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    const { chunk, i } = locate(log, from + k);
    keys[k] = chunk.key[i]!;
    seqs[k] = chunk.seq[i]!;
    flags[k] = chunk.flags[i]!;
  }
  return { gp, from, to, keys, seqs, flags, cuts };
}
