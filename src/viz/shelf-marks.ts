import type { GroupView, MemberActivity, MemberView, Snapshot } from '../engine';
import type { BookmarkInput } from './markers';

/** What stands on one shelf besides its notes: each group's bookmark and each reader's position. */
export interface ShelfMarks {
  readonly bookmarks: readonly BookmarkInput[];
  readonly carets: readonly { readonly group: string; readonly member: string; readonly position: number }[];
}

export function shelfKey(topic: string, partition: number): string {
  return `${topic}:${partition}`;
}

/** The marks of one shelf, straight from a snapshot (a tape reads only its own). */
export function marksForShelf(snapshot: Snapshot, topic: string, partition: number): ShelfMarks {
  const bookmarks: BookmarkInput[] = [];
  const carets: ShelfMarks['carets'][number][] = [];
  for (const g of snapshot.groups) {
    for (const o of g.offsets) {
      if (o.topic === topic && o.partition === partition) {
        bookmarks.push({ group: g.id, committed: o.committed, from: o.logEndOffset - o.lag });
      }
    }
    for (const m of g.members) {
      if (m.activity === 'crashed' || m.activity === 'out') continue;
      if (!m.assignment.some(([t, p]) => t === topic && p === partition)) continue;
      const position = m.positions.find((p) => p.topic === topic && p.partition === partition)?.offset;
      if (position !== undefined) carets.push({ group: g.id, member: m.id, position });
    }
  }
  return { bookmarks, carets };
}

/** A member's backlog: the lag of the partitions it owns now (kafka-consumer-groups.sh's per-row LAG). */
export function memberLag(group: GroupView, member: string): number {
  let lag = 0;
  for (const o of group.offsets) if (o.owner === member) lag += o.lag;
  return lag;
}

/**
 * What a desk shows. During an eager rebalance the whole group stops to share out the shelves, so a member
 * with nothing in hand shows "waiting" for the rebalance; one still processing shows it (the engine says
 * "finishing" once she knows of the rebalance: she finishes the batch in hand before she rejoins, and the
 * group waits for her). The cooperative protocol keeps members reading.
 */
export function shownActivity(group: GroupView, member: MemberView): MemberActivity {
  const rebalancing = group.state === 'PreparingRebalance' || group.state === 'CompletingRebalance';
  if (!rebalancing || group.assignor === 'cooperative-sticky' || !member.inGroup) return member.activity;
  return member.activity === 'waiting' || member.activity === 'idle' ? 'rebalancing' : member.activity;
}
