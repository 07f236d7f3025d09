/**
 * A broker reads one request per connection at a time (`SocketServer` `Processor.processCompletedReceives`
 * mutes the channel until the response is sent): while a producer's acks=all request waits in the leader's
 * purgatory, its later batches for every partition that broker leads stay in the producer, and go as one
 * request once the waiting one is answered.
 */
import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario } from '../index';

function scenario(partitions: number, keys?: string[]): Scenario {
  return {
    seed: 7,
    brokers: 3,
    broker: { minInsyncReplicas: 2 },
    topics: [{ name: 'notes', partitions, replicationFactor: 3 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, acks: 'all', ...(keys ? { keys } : {}) }],
    groups: [],
  };
}

describe('a waiting acks=all request mutes the producer’s connection to its leader', () => {
  it('appends one batch while a crashed follower holds the high watermark, and the rest when it is fenced', () => {
    const sim = createSimulation(scenario(1));
    sim.advanceTo(2000);
    const leader = sim.snapshot().topics[0]!.partitions[0]!.leader!;
    const follower = [1, 2, 3].find((b) => b !== leader)!;
    sim.apply({ type: 'stopBroker', broker: follower });
    sim.advanceTo(7000);
    let s = sim.snapshot();
    let p = s.topics[0]!.partitions[0]!;
    const teacher = s.producers[0]!;
    // One record (the request read before the crash was noticed) past the high watermark, no more.
    expect(p.isr).toContain(follower);
    expect(p.logEndOffset).toBe(p.highWatermark + 1);
    expect(teacher.acknowledged).toBe(p.highWatermark);
    expect(teacher.waiting).toBe(teacher.sent - p.logEndOffset);
    expect(teacher.waiting).toBeGreaterThan(40);
    // Fenced after broker.session.timeout.ms: the ISR shrinks, the request is answered, the rest goes.
    sim.advanceTo(14_000);
    s = sim.snapshot();
    p = s.topics[0]!.partitions[0]!;
    expect(p.isr).not.toContain(follower);
    expect(s.producers[0]!.waiting).toBe(0);
    expect(p.logEndOffset).toBe(s.producers[0]!.sent);
    expect(s.producers[0]!.acknowledged).toBeGreaterThanOrEqual(p.highWatermark - 1);
    expect(s.producers[0]!.failed).toBe(0);
  });

  it('holds the batches of every partition the same broker leads, and none of another broker’s', () => {
    const keys = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'];
    const sim = createSimulation(scenario(6, keys));
    sim.advanceTo(2000);
    const before = sim.snapshot().topics[0]!.partitions;
    const leaders = before.map((x) => x.leader!);
    // A follower of partition 0 that does not lead it: every partition it follows stalls (it stays in the ISR).
    const stopped = before[0]!.replicas.find((b) => b !== leaders[0])!;
    sim.apply({ type: 'stopBroker', broker: stopped });
    sim.advanceTo(7000);
    const after = sim.snapshot().topics[0]!.partitions;
    // Per leading broker (other than the stopped one), at most one request's batches lie past the high
    // watermark: one batch per partition, here one record each at 10 records a second.
    for (const b of new Set(leaders)) {
      if (b === stopped) continue;
      const led = after.filter((x) => x.leader === b);
      for (const x of led) expect(x.logEndOffset - x.highWatermark).toBeLessThanOrEqual(1);
    }
    const teacher = sim.snapshot().producers[0]!;
    expect(teacher.waiting).toBeGreaterThan(0);
    // Deterministic: the same run from scratch and a seek back agree.
    const again = createSimulation(scenario(6, keys));
    again.advanceTo(2000);
    again.apply({ type: 'stopBroker', broker: stopped });
    again.advanceTo(7000);
    expect(JSON.stringify(again.snapshot())).toBe(JSON.stringify(sim.snapshot()));
  });
});
