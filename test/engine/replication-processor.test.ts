import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Snapshot } from '../../src/engine';

/**
 * A stream processor writes through Kafka's producer (acks=all, idempotence, delivery.timeout.ms 120 s: the
 * defaults since Kafka 3.0): output for a partition without a working leader waits in it and is retried,
 * and fails only once its batch is delivery.timeout.ms old (RecordAccumulator.expiredBatches).
 */
const translator = (): Scenario => ({
  seed: 3,
  brokers: 3,
  broker: { groupInitialRebalanceDelayMs: 0 },
  topics: [
    { name: 'notes', partitions: 1, replicationFactor: 3 },
    { name: 'notas', partitions: 1, replicationFactor: 1 },
  ],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
  groups: [
    {
      id: 'spanish',
      topics: ['notes'],
      outputTopic: 'notas',
      autoOffsetReset: 'earliest',
      members: [{ id: 'ana', recordsPerSec: 100 }],
    },
  ],
});

const notas = (s: Snapshot) => s.topics[1]!.partitions[0]!;
const spanish = (s: Snapshot) => s.groups[0]!;

/** The broker holding the only copy of `notas` stops cleanly at 2 s: that partition has no leader. */
function outputDown() {
  const sim = createSimulation(translator());
  sim.advanceTo(2000);
  const broker = notas(sim.snapshot()).replicas[0]!;
  sim.apply({ type: 'stopBroker', broker, clean: true });
  return { sim, broker };
}

describe("a stream processor's producer retries like any producer", () => {
  it('holds output for a leaderless partition and delivers it all once the broker is back', () => {
    const { sim, broker } = outputDown();
    const before = notas(sim.snapshot()).logEndOffset;
    sim.advanceTo(20_000);
    let s = sim.snapshot();
    expect(notas(s).leader).toBeNull();
    expect(notas(s).logEndOffset).toBe(before);
    expect(spanish(s).outputWaiting).toBeGreaterThan(150);
    expect(spanish(s).outputLost).toBe(0);
    sim.apply({ type: 'startBroker', broker });
    sim.advanceTo(23_000);
    s = sim.snapshot();
    expect(spanish(s).outputWaiting).toBe(0);
    expect(spanish(s).outputLost).toBe(0);
    // Every note read is in notas once, in order of reading.
    const read = s.groups[0]!.members.reduce((n, m) => n + m.processed, 0);
    expect(notas(s).logEndOffset).toBe(read);
  });

  it('gives up on a batch delivery.timeout.ms (120 s) after it was created', () => {
    const { sim } = outputDown();
    sim.advanceTo(120_000);
    expect(spanish(sim.snapshot()).outputLost).toBe(0);
    sim.advanceTo(124_000);
    const s = sim.snapshot();
    // The first refused record, then a full batch.size batch (163 records of 100 bytes), expire together.
    expect(spanish(s).outputLost).toBe(164);
    expect(spanish(s).outputWaiting).toBeGreaterThan(1000);
  });

  it("loses what a crashed processor's producer held", () => {
    const { sim } = outputDown();
    sim.advanceTo(10_000);
    const waiting = spanish(sim.snapshot()).outputWaiting;
    expect(waiting).toBeGreaterThan(50);
    sim.apply({ type: 'crash', group: 'spanish', member: 'ana' });
    const s = sim.snapshot();
    expect(spanish(s).outputWaiting).toBe(0);
    expect(spanish(s).outputLost).toBe(waiting);
  });
});
