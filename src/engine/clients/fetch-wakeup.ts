import { schedule, type Ctx } from '../kernel/context';

/**
 * A fetch waits on the broker while there is nothing to read (`fetch.max.wait.ms`) and returns as soon as a
 * record arrives (`fetch.min.bytes=1`). This wakes the owner in each group of the partition just written.
 */
export function notifyRecordAppended(ctx: Ctx, topic: number, partition: number): void {
  const { world } = ctx;
  for (let g = 0; g < world.groups.length; g++) {
    const group = world.groups[g]!;
    const base = group.partitionBase[topic];
    if (base === undefined || base < 0) continue;
    const owner = group.owner[base + partition]!;
    if (owner < 0) continue;
    const m = group.members[owner]!;
    if (!m.waitingForData || m.status !== 'active') continue;
    m.waitingForData = false;
    m.token++;
    schedule(world, world.now, { kind: 'member', group: g, member: owner, token: m.token });
  }
}
