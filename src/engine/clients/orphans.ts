import type { Orphans, World } from '../kernel/world';

/**
 * Copies in a log that answer nobody (`World.orphans`): records their producer took back to send again
 * although the log kept them (after a leader change, acks.ts; after REQUEST_TIMED_OUT, request-timeout.ts).
 * Their retry answers the producer, so the high watermark passing these copies does not.
 */

export function isOrphan(
  world: World,
  topic: number,
  partition: number,
  writer: number,
  offset: number,
): boolean {
  for (const o of world.orphans) {
    if (
      o.writer === writer &&
      o.partition === partition &&
      o.topic === topic &&
      offset >= o.from &&
      offset < o.to
    )
      return true;
  }
  return false;
}

/** Adds offset `o` of `writer`'s to a list of orphan ranges, extending the last range when it ends at `o`. */
export function addOrphan(
  list: Orphans[],
  topic: number,
  partition: number,
  writer: number,
  o: number,
): void {
  const last = list[list.length - 1];
  if (last !== undefined && last.writer === writer && last.to === o)
    list[list.length - 1] = { ...last, to: o + 1 };
  else list.push({ topic, partition, writer, from: o, to: o + 1 });
}

/**
 * An idempotent retry of the record at `offset` was taken as a duplicate but waits for the high watermark:
 * that copy answers the producer again, so it is no orphan any more.
 */
export function releaseOrphan(
  world: World,
  topic: number,
  partition: number,
  writer: number,
  offset: number,
): void {
  world.orphans = world.orphans.flatMap((o) => {
    if (
      o.writer !== writer ||
      o.topic !== topic ||
      o.partition !== partition ||
      offset < o.from ||
      offset >= o.to
    )
      return [o];
    const parts: Orphans[] = [];
    if (o.from < offset) parts.push({ ...o, to: offset });
    if (offset + 1 < o.to) parts.push({ ...o, from: offset + 1 });
    return parts;
  });
}
