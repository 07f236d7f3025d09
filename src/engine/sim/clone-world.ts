import { clonePartitionLog } from '../log/partition-log';
import { cloneWaitQueue } from '../clients/wait-queue';
import { cloneOutputWaiting } from '../clients/processor-output';
import type { GroupState, MemberState, World } from '../kernel/world';

/**
 * A copy of the world that shares only what never changes: record chunks (see record-chunk.ts), timers and fetched ranges. Restoring a checkpoint clones it again, so the checkpoint
 * itself is never touched.
 */
export function cloneWorld(w: World): World {
  return {
    ...w,
    rng: [...w.rng],
    timers: w.timers.clone(),
    topics: w.topics.map((t) => ({ ...t, partitions: t.partitions.map(clonePartitionLog) })),
    producers: w.producers.map((p) => ({
      ...p,
      sticky: p.sticky && { ...p.sticky },
      waiting: p.waiting.map(cloneWaitQueue),
      inFlight: p.inFlight.slice(),
      inFlightSince: p.inFlightSince.slice(),
    })),
    brokers: w.brokers.map((b) => ({ ...b })),
    offsetsTopic: w.offsetsTopic.map((p) => ({ ...p })),
    groups: w.groups.map(cloneGroup),
  };
}

function cloneGroup(g: GroupState): GroupState {
  return {
    ...g,
    members: g.members.map(cloneMember),
    committed: g.committed.slice(),
    committedEpoch: g.committedEpoch.slice(),
    processedUpTo: g.processedUpTo.slice(),
    owner: g.owner.slice(),
  };
}

function cloneMember(m: MemberState): MemberState {
  return {
    ...m,
    assignment: m.assignment.slice(),
    previousAssignment: m.previousAssignment.slice(),
    position: new Map(m.position),
    positionEpoch: new Map(m.positionEpoch),
    positionLeaderEpoch: new Map(m.positionLeaderEpoch),
    batch: m.batch.slice(),
    outputSticky: m.outputSticky && { ...m.outputSticky },
    outputWaiting: cloneOutputWaiting(m.outputWaiting),
  };
}
