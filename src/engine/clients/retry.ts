import { KAFKA_DEFAULTS } from '../scenario/defaults';
import { schedule, type Ctx } from '../kernel/context';

/**
 * Schedules the producer's next retry of what waits in it, unless one is due already. The wait doubles with
 * each fruitless attempt from `retry.backoff.ms` up to `retry.backoff.max.ms` (KIP-580; its 20% jitter is
 * left out so every run is the same).
 */
export function scheduleRetry(ctx: Ctx, producer: number): void {
  const p = ctx.world.producers[producer]!;
  if (p.retryAt >= 0) return;
  const backoff = Math.min(
    KAFKA_DEFAULTS.retryBackoffMs * 2 ** Math.min(p.retryAttempts, 20),
    KAFKA_DEFAULTS.retryBackoffMaxMs,
  );
  p.retryAt = ctx.world.now + backoff;
  p.retryToken++;
  schedule(ctx.world, p.retryAt, { kind: 'producerRetry', producer, token: p.retryToken });
}
