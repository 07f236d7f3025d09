import type { Ctx } from '../kernel/context';

/**
 * The few totals the charts sample every simulated second, without building a snapshot: a snapshot of a
 * class with a thousand partitions allocates thousands of objects, and sampling one per second made opening
 * a long class mostly garbage collection. Same numbers as the snapshot's (`GroupView.totalLag`, the sum of
 * the members' `processed`, the sum of the partitions' `logEndOffset`).
 */
export interface ClassCounters {
  readonly timeMs: number;
  readonly groups: readonly { readonly id: string; readonly totalLag: number; readonly processed: number }[];
  readonly topics: readonly { readonly name: string; readonly appended: number }[];
}

export function buildCounters(ctx: Ctx): ClassCounters {
  const { world, work } = ctx;
  work.samples++;
  const topics = world.topics.map((t) => {
    work.visits += t.partitions.length;
    let appended = 0;
    for (const p of t.partitions) appended += p.logEndOffset;
    return { name: t.name, appended };
  });
  const groups = world.groups.map((g) => {
    work.visits += g.partitions.length;
    let totalLag = 0;
    g.partitions.forEach(({ topic, partition }, gp) => {
      const log = world.topics[topic]!.partitions[partition]!;
      const committed = g.committed[gp]!;
      // As GroupView.totalLag: LAG as kafka-consumer-groups.sh prints it (negative while a committed offset
      // sits past the log end); with nothing committed, what auto.offset.reset would still have to read.
      const from = committed ?? (g.autoOffsetReset === 'earliest' ? log.logStartOffset : log.highWatermark);
      totalLag += log.highWatermark - from;
    });
    let processed = 0;
    for (const m of g.members) if (!m.removed) processed += m.processed;
    return { id: g.id, totalLag, processed };
  });
  return { timeMs: world.now, groups, topics };
}
