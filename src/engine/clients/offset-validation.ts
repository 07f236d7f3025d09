import { logEvent, type Ctx } from '../kernel/context';
import type { PartitionLog } from '../log/partition-log';
import { endOffsetFor, epochAt } from '../log/leader-epochs';
import type { GroupState, MemberState } from '../kernel/world';

/**
 * KIP-320: a consumer checks its position against the leader's log whenever the partition's leader epoch
 * changes, and whenever it starts from a committed offset, before it fetches again. As Kafka's consumer does it
 * (checked in Kafka's source):
 * - a new leader epoch in the metadata puts the position in AWAIT_VALIDATION
 *   (`SubscriptionState.maybeValidatePositionForCurrentLeader`, called on every metadata change by
 *   `OffsetFetcherUtils.validatePositionsOnMetadataChange`); so does a committed offset with its epoch
 *   (`ConsumerUtils.refreshCommittedOffsets` -> `seekUnvalidated`), so a member starting after the election
 *   from a commit past the new log end validates too, rather than getting OFFSET_OUT_OF_RANGE;
 * - it asks the leader, with OffsetsForLeaderEpoch, where the epoch of its last record ended
 *   (`FetchPosition.offsetEpoch`, the last consumed batch's epoch; the leader answers from its epoch cache,
 *   `LeaderEpochFileCache.endOffsetFor`);
 * - an end offset below the position means the log was truncated there: with a reset policy the position
 *   moves to that end offset, "the first offset known to diverge" (`SubscriptionState.maybeCompleteValidation`),
 *   even when the position is still inside the new leader's log; it does not re-read anything before it.
 *   Without one (auto.offset.reset=none, which the model does not offer) the poll throws LogTruncationException.
 * The model answers at once (the request's round trip is not modelled). A position with no epoch skips the
 * check (`SubscriptionState.validatePosition`). The committed offset moves at the member's next commit.
 */
export function maybeValidatePosition(
  ctx: Ctx,
  group: GroupState,
  m: MemberState,
  gp: number,
  log: PartitionLog,
): void {
  const r = log.repl;
  if (r === null || r.leader < 0) return;
  let position = m.position.get(gp);
  let epoch: number | undefined;
  if (position === undefined) {
    const committed = group.committed[gp];
    if (committed === null || committed === undefined) return;
    position = committed;
    epoch = group.committedEpoch[gp] ?? undefined;
    m.position.set(gp, position);
  } else {
    if (m.positionLeaderEpoch.get(gp) === r.leaderEpoch) return;
    epoch = m.positionEpoch.get(gp);
  }
  m.positionLeaderEpoch.set(gp, r.leaderEpoch);
  if (epoch === undefined) {
    m.positionEpoch.delete(gp);
    return;
  }
  m.positionEpoch.set(gp, epoch);
  const end = endOffsetFor(r.epochs, epoch, log.logEndOffset);
  // UNDEFINED (an epoch later than any the leader knows) cannot arise here: positions carry past epochs.
  if (end === null || end.endOffset >= position) return;
  m.position.set(gp, end.endOffset);
  m.positionEpoch.set(gp, end.epoch);
  logEvent(ctx, {
    type: 'truncationDetected',
    group: group.id,
    member: m.id,
    topic: ctx.world.topics[log.topic]!.name,
    partition: log.partition,
    fromOffset: position,
    toOffset: end.endOffset,
  });
}

/** After a fetch up to `position`: the epoch of the last record read is the position's epoch. */
export function notePositionEpoch(m: MemberState, gp: number, log: PartitionLog, position: number): void {
  if (log.repl === null || position <= log.logStartOffset) return;
  m.positionEpoch.set(gp, epochAt(log.repl.epochs, position - 1));
}

/**
 * After `auto.offset.reset`: ListOffsets answers an epoch with the offset (the log start's epoch for
 * earliest, `UnifiedLog.fetchOffsetByTimestamp`; the leader's epoch for latest, `Partition.fetchOffsetForTimestamp`).
 */
export function noteResetEpoch(m: MemberState, gp: number, log: PartitionLog, earliest: boolean): void {
  const r = log.repl;
  if (r === null) return;
  m.positionEpoch.set(gp, earliest ? epochAt(r.epochs, log.logStartOffset) : r.leaderEpoch);
  m.positionLeaderEpoch.set(gp, r.leaderEpoch);
}
