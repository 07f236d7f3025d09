import { FLAG_TOMBSTONE, NO_KEY } from '../log/record-chunk';
import { schedule, type Ctx } from '../kernel/context';
import type { ProducerState } from '../kernel/world';
import { stickyPartition } from './sticky-partitioner';
import { BUFFER_RECORDS, sendRecord } from './delivery';
import { writeRecord } from './write-record';

/** When the producer's k-th record since its rate last changed is due. */
function dueTime(p: ProducerState, k: number): number {
  return p.rateSince + Math.ceil((k * 1000) / p.recordsPerSec);
}

/** Sets the producer's next timer: the moment its next record is due (none while it is silent). */
export function scheduleProducer(ctx: Ctx, index: number): void {
  const p = ctx.world.producers[index]!;
  p.token++;
  if (p.recordsPerSec <= 0 || p.blocked) return;
  schedule(ctx.world, dueTime(p, p.sentSinceRate + 1), { kind: 'produce', producer: index, token: p.token });
}

/**
 * Sends every record now due. Records get their own timestamps (CreateTime). With a single broker a record
 * is appended and acknowledged at once; with several it goes through `sendRecord` (leaders, acks, retries).
 * A full `buffer.memory` blocks `send()`: the producer stops until its waiting records drain.
 */
export function produceDue(ctx: Ctx, index: number): void {
  const { world } = ctx;
  const p = world.producers[index]!;
  while (p.recordsPerSec > 0 && dueTime(p, p.sentSinceRate + 1) <= world.now) {
    if (p.waitingCount >= BUFFER_RECORDS) {
      p.blocked = true;
      return;
    }
    const t = dueTime(p, p.sentSinceRate + 1);
    const n = p.sent;
    let key = NO_KEY;
    let partition: number;
    if (p.keys.length > 0) {
      key = p.keys[n % p.keys.length]!;
      partition = p.keyPartitions[n % p.keys.length]!;
    } else {
      const topic = world.topics[p.topic]!;
      p.sticky = stickyPartition(p.sticky, topic.partitions.length, p.batchSizeBytes, world.rng);
      partition = p.sticky.partition;
    }
    if (world.topics[p.topic]!.partitions[partition]!.repl === null) {
      const flags = p.tombstoneEvery > 0 && (n + 1) % p.tombstoneEvery === 0 ? FLAG_TOMBSTONE : 0;
      writeRecord(ctx, p.topic, partition, t, key, p.writer, n, flags);
      p.acknowledged++;
    } else sendRecord(ctx, index, partition, n, t);
    p.sent++;
    p.sentSinceRate++;
  }
  scheduleProducer(ctx, index);
}

/** Space freed in `buffer.memory`: a blocked `send()` returns and the producer speaks again from now on. */
export function resumeProducer(ctx: Ctx, index: number): void {
  const p = ctx.world.producers[index]!;
  if (!p.blocked || p.waitingCount >= BUFFER_RECORDS) return;
  p.blocked = false;
  p.rateSince = ctx.world.now;
  p.sentSinceRate = 0;
  scheduleProducer(ctx, index);
}
