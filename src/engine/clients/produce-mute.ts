import { schedule, type Ctx } from '../kernel/context';
import type { ProducerState } from '../kernel/world';
import type { PartitionLog } from '../log/partition-log';

/**
 * A broker reads one request per connection at a time: `SocketServer`'s `Processor.processCompletedReceives`
 * mutes the channel (`selector.mute`) and `processCompletedSends` unmutes it once the response went out. An
 * acks=all produce request waits in the leader's purgatory (`DelayedProduce`) until the high watermark passes
 * every batch it carries, so meanwhile nothing more from that producer reaches that broker: later batches
 * for every partition it leads wait in the producer (in flight, up to `max.in.flight.requests.per.connection`,
 * then in the `RecordAccumulator`) and go as the next request when this one is answered. `inFlight[partition]`
 * is the offset the high watermark must reach to answer the waiting request's batch for that partition.
 */

/**
 * `request.timeout.ms` (30 s), which the producer puts in its request as the purgatory's timeout: a request
 * the high watermark never passes (the ISR below `min.insync.replicas`) is answered REQUEST_TIMED_OUT then
 * (`DelayedProduce.onExpiration`) and the connection reads on. The producer retries its batches
 * (request-timeout.ts): REQUEST_TIMED_OUT is a RetriableException, so `Sender.completeBatch` -> `canRetry`
 * (`retries` is Integer.MAX_VALUE, `delivery.timeout.ms` not reached) -> `reenqueueBatch`. Kept in Kafka's
 * own value: a lesson's 30 s wait is what a class would see on a real cluster.
 */
export const REQUEST_TIMEOUT_MS = 30_000;

function waiting(p: ProducerState, x: number): boolean {
  return p.inFlight[x]! >= 0;
}

function leaderOf(ctx: Ctx, p: ProducerState, partition: number): number {
  const r = ctx.world.topics[p.topic]!.partitions[partition]!.repl;
  return r === null ? -1 : r.leader;
}

/** The producer's connection to `broker` holds an unanswered acks=all request. */
export function mutedOn(ctx: Ctx, p: ProducerState, broker: number): boolean {
  if (p.acks !== 'all' || broker <= 0 || !ctx.world.brokers[broker - 1]!.up) return false;
  for (let x = 0; x < p.inFlight.length; x++) {
    if (waiting(p, x) && leaderOf(ctx, p, x) === broker) return true;
  }
  return false;
}

/** The brokers whose connection from this producer is muted now, before a request is sent to any. */
export function mutedBrokers(ctx: Ctx, p: ProducerState): Set<number> {
  const out = new Set<number>();
  if (p.acks !== 'all') return out;
  for (let x = 0; x < p.inFlight.length; x++) {
    const b = waiting(p, x) ? leaderOf(ctx, p, x) : -1;
    if (b > 0 && ctx.world.brokers[b - 1]!.up) out.add(b);
  }
  return out;
}

/** An acks=all batch was appended and waits for the high watermark to pass `end`. */
export function markInFlight(ctx: Ctx, p: ProducerState, partition: number, log: PartitionLog): void {
  if (p.acks !== 'all' || log.repl === null || log.highWatermark >= log.logEndOffset) return;
  awaitOffset(ctx, p, partition, log.logEndOffset);
}

/**
 * The request waits in purgatory until the high watermark reaches `end` (a batch appended, or a duplicate of
 * one in the log: `ReplicaManager` waits for its last offset + 1 either way). A new wait times out
 * `request.timeout.ms` later; the timer names its start, so an answered wait's timer does nothing.
 */
export function awaitOffset(ctx: Ctx, p: ProducerState, partition: number, end: number): void {
  if (!waiting(p, partition)) {
    p.inFlightSince[partition] = ctx.world.now;
    schedule(ctx.world, ctx.world.now + REQUEST_TIMEOUT_MS, {
      kind: 'requestTimeout',
      producer: p.writer,
      partition,
      since: ctx.world.now,
    });
  }
  p.inFlight[partition] = Math.max(p.inFlight[partition]!, end);
}

/** The producer's next request to `broker` goes now (the previous one was answered). */
function sendNext(ctx: Ctx, index: number, broker: number): void {
  schedule(ctx.world, ctx.world.now, { kind: 'producerSend', producer: index, broker });
}

/** The high watermark reached `hw`: requests whose batches it passed are answered, their connections unmute. */
export function answerInFlight(ctx: Ctx, topic: number, partition: number, hw: number): void {
  const producers = ctx.world.producers;
  for (let w = 0; w < producers.length; w++) {
    const p = producers[w]!;
    if (p.topic !== topic || p.inFlight[partition]! < 0 || p.inFlight[partition]! > hw) continue;
    p.inFlight[partition] = -1;
    const b = leaderOf(ctx, p, partition);
    if (p.waitingCount > 0 && b > 0 && !mutedOn(ctx, p, b)) sendNext(ctx, w, b);
  }
}

/** A new leader (or none): the old leader's waiting requests fail (NOT_LEADER_OR_FOLLOWER, or the broker went). */
export function failInFlight(ctx: Ctx, topic: number, partition: number): void {
  for (const p of ctx.world.producers) if (p.topic === topic) p.inFlight[partition] = -1;
}
