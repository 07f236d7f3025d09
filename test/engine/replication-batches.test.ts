import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../../src/engine';
import { eventsOf } from './helpers';

/**
 * Kafka's producer keeps waiting records in batches (RecordAccumulator): records sent while a refused batch
 * is retried join the open batch behind it, which cannot leave meanwhile, and a batch expires whole,
 * delivery.timeout.ms after it was created (RecordAccumulator.expiredBatches,
 * ProducerBatch.hasReachedDeliveryTimeout). Measured on Kafka 4.4 (the Kafka suite's replication-not-enough
 * case): 1 record expired at 35.3 s, 1 at 35.5 s, then 120 at once at 35.8 s, "30005 ms has passed since
 * batch creation".
 */
const notEnough = (batchSizeBytes?: number): Scenario => ({
  seed: 35,
  brokers: 3,
  broker: {},
  topics: [{ name: 'notes', partitions: 1, replicationFactor: 3, minInsyncReplicas: 3 }],
  producers: [
    {
      id: 'teacher',
      topic: 'notes',
      recordsPerSec: 4,
      deliveryTimeoutMs: 30_005,
      ...(batchSizeBytes === undefined ? {} : { batchSizeBytes }),
    },
  ],
  groups: [],
});

function stopFollowerAt5s(batchSizeBytes?: number) {
  const sim = createSimulation(notEnough(batchSizeBytes));
  sim.advanceTo(5000);
  const follower = sim.snapshot().topics[0]!.partitions[0]!.replicas[2]!;
  sim.apply({ type: 'stopBroker', broker: follower, clean: true });
  return sim;
}

describe('whole-batch expiry (delivery.timeout.ms counts from the batch, not the record)', () => {
  it('every record sent while writes are refused fails at once, 30 s after the first', () => {
    const sim = stopFollowerAt5s();
    sim.advanceTo(35_000);
    expect(sim.snapshot().producers[0]!.failed).toBe(0);
    sim.advanceTo(37_000);
    const p = sim.snapshot().producers[0]!;
    // The record in the leader's purgatory at 5 s, then those sent from 5.25 s to 35.5 s: 122 records, as on
    // Kafka (records timed one by one: 7 by now).
    expect(p.failed).toBeGreaterThanOrEqual(120);
    expect(p.failed).toBeLessThanOrEqual(124);
    const expired = eventsOf(sim, 'recordsExpired');
    // First the one in the leader's purgatory: answered REQUEST_TIMED_OUT at 35 s, past its delivery timeout
    // (created at 5 s), so it fails instead of being retried (Kafka: 1 record at 35.3 s).
    expect(expired[0]!.count).toBe(1);
    // The first refused record's own batch and the open one behind it expire in the same retry.
    expect(expired[1]!.count).toBeGreaterThanOrEqual(120);
  });

  it('a batch holds batch.size bytes: smaller batches expire one after another', () => {
    const sim = stopFollowerAt5s(1000); // 10 records of 100 bytes
    sim.advanceTo(37_000);
    const expired = eventsOf(sim, 'recordsExpired');
    // The record sent at 5 s waits in the leader's purgatory as the follower stops, so the producer's
    // connection is muted (SocketServer) and later records wait unsent, in batches of 10. That record fails
    // first, alone, once its request times out (request.timeout.ms, 30 s).
    expect(expired[0]!.count).toBe(1);
    expect(expired.length).toBeGreaterThan(1);
    for (const e of expired.slice(1)) expect(e.count).toBe(10);
    expect(sim.snapshot().producers[0]!.failed).toBeLessThan(25);
  });
});
