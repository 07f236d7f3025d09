import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Snapshot } from '../../src/engine';
import { eventsOf } from './helpers';

/**
 * Eligible leader replicas (KIP-966), on in every cluster Kafka 4.1+ formats: the high watermark stands still
 * while the ISR is below min.insync.replicas (Partition.maybeIncrementLeaderHW, isUnderMinIsr), so a replica
 * that left the ISR then may lead again (PartitionChangeBuilder.maybePopulateTargetElr, electAnyLeader).
 */

const one = (over: Partial<Scenario> = {}): Scenario => ({
  seed: 7,
  brokers: 3,
  broker: { minInsyncReplicas: 2 },
  topics: [{ name: 'notes', partitions: 1, replicationFactor: 3 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
  groups: [
    {
      id: 'class',
      topics: ['notes'],
      autoOffsetReset: 'earliest',
      members: [{ id: 'ana', recordsPerSec: 100 }],
    },
  ],
  ...over,
});

const part = (s: Snapshot) => s.topics[0]!.partitions[0]!;
const teacher = (s: Snapshot) => s.producers[0]!;

describe('the high watermark below min.insync.replicas (Partition.isUnderMinIsr)', () => {
  it('stands still for acks=1 records too, and the reader waits; it moves on once the ISR is back', () => {
    const sim = createSimulation(
      one({
        topics: [{ name: 'notes', partitions: 1, replicationFactor: 3, minInsyncReplicas: 3 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, acks: 1 }],
      }),
    );
    sim.advanceTo(2000);
    const follower = part(sim.snapshot()).replicas[2]!;
    sim.apply({ type: 'stopBroker', broker: follower, clean: true });
    const held = part(sim.snapshot()).highWatermark;
    sim.advanceTo(8000);
    let s = sim.snapshot();
    expect(part(s).isr).toHaveLength(2);
    expect(part(s).elr).toEqual([follower]);
    expect(part(s).logEndOffset).toBeGreaterThan(held + 50);
    expect(part(s).highWatermark).toBe(held);
    // acks=1: the leader alone answers, so nothing waits, yet nobody may read what it answered.
    expect(teacher(s).acknowledged).toBe(teacher(s).sent);
    const read = eventsOf(sim, 'fetched').filter((f) => f.timeMs > 2000);
    for (const f of read) expect(f.toOffset).toBeLessThanOrEqual(held);
    sim.apply({ type: 'startBroker', broker: follower });
    sim.advanceTo(9000);
    s = sim.snapshot();
    expect(part(s).isr).toHaveLength(3);
    expect(part(s).elr).toEqual([]);
    expect(part(s).highWatermark).toBeGreaterThan(held + 50);
  });

  it('takes the effective min.insync.replicas: at most the replication factor (Partition.effectiveMinIsr)', () => {
    const sim = createSimulation(
      one({ topics: [{ name: 'notes', partitions: 1, replicationFactor: 2, minInsyncReplicas: 3 }] }),
    );
    sim.advanceTo(3050);
    const s = sim.snapshot();
    expect(s.topics[0]!.minInsyncReplicas).toBe(3);
    expect(teacher(s).acknowledged).toBeGreaterThan(25);
    expect(part(s).highWatermark).toBe(part(s).logEndOffset);
  });
});

describe('eligible leader replicas (PartitionChangeBuilder)', () => {
  /** Both followers stop one after the other, then the leader: ISR [a, b, c] -> [a, b] -> [a] -> []. */
  function downToNone(cleanFollowers: boolean) {
    const sim = createSimulation(one());
    sim.advanceTo(1000);
    const [leader, f1, f2] = part(sim.snapshot()).replicas as [number, number, number];
    sim.apply({ type: 'stopBroker', broker: f2, clean: cleanFollowers });
    sim.advanceTo(11_000);
    expect(part(sim.snapshot()).isr).toEqual([leader, f1]);
    expect(part(sim.snapshot()).elr).toEqual([]);
    sim.apply({ type: 'stopBroker', broker: f1, clean: cleanFollowers });
    sim.advanceTo(21_000);
    let p = part(sim.snapshot());
    expect(p.isr).toEqual([leader]);
    expect(p.elr).toEqual([f1]);
    sim.apply({ type: 'stopBroker', broker: leader, clean: true });
    p = part(sim.snapshot());
    // The ISR may empty now; the controller keeps who may lead without losing a committed record.
    expect(p.isr).toEqual([]);
    expect(p.leader).toBeNull();
    expect([...p.elr].sort()).toEqual([leader, f1].sort());
    return { sim, leader, f1, f2 };
  }

  it('a replica that left the ISR below min.insync.replicas and stopped cleanly leads again when it returns', () => {
    const { sim, leader, f1, f2 } = downToNone(true);
    sim.apply({ type: 'startBroker', broker: f2 });
    expect(part(sim.snapshot()).leader).toBeNull(); // f2 left while the ISR was large enough: not eligible
    sim.apply({ type: 'startBroker', broker: f1 });
    const p = part(sim.snapshot());
    expect(p.leader).toBe(f1);
    expect(p.isr).toEqual([f1]);
    expect(p.elr).toEqual([leader]);
    expect(eventsOf(sim, 'leaderElected').at(-1)).toMatchObject({ leader: f1, unclean: false });
    sim.advanceTo(60_000);
    const s = sim.snapshot();
    expect(teacher(s).lostAcknowledged).toBe(0);
    expect(teacher(s).failed).toBe(0);
    expect(part(s).isr).toHaveLength(2);
  });

  it('a crashed replica is no longer eligible once it registers again (an unclean shutdown)', () => {
    const { sim, leader, f1 } = downToNone(false);
    sim.apply({ type: 'startBroker', broker: f1 });
    let p = part(sim.snapshot());
    expect(p.leader).toBeNull();
    expect(p.elr).toEqual([leader]);
    sim.apply({ type: 'startBroker', broker: leader });
    p = part(sim.snapshot());
    expect(p.leader).toBe(leader);
    expect(p.elr).toEqual([]);
  });

  it('the last leader, back after a crash with the ISR and ELR empty, leads again (canElectLastKnownLeader)', () => {
    const sim = createSimulation(
      one({ brokers: 2, topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }] }),
    );
    sim.advanceTo(1000);
    const [leader, follower] = part(sim.snapshot()).replicas as [number, number];
    sim.apply({ type: 'stopBroker', broker: follower });
    sim.advanceTo(11_000);
    expect(part(sim.snapshot()).elr).toEqual([follower]);
    sim.apply({ type: 'stopBroker', broker: leader });
    sim.advanceTo(21_000);
    expect(part(sim.snapshot()).isr).toEqual([]);
    sim.apply({ type: 'startBroker', broker: follower });
    expect(part(sim.snapshot()).leader).toBeNull();
    expect(part(sim.snapshot()).elr).toEqual([leader]);
    sim.apply({ type: 'startBroker', broker: leader });
    // Its own crash took it out of the ELR too; as the last leader it holds every acknowledged record.
    const p = part(sim.snapshot());
    expect(p.leader).toBe(leader);
    expect(p.isr).toEqual([leader]);
    expect(eventsOf(sim, 'leaderElected').at(-1)).toMatchObject({ leader, unclean: false });
    sim.advanceTo(40_000);
    expect(teacher(sim.snapshot()).lostAcknowledged).toBe(0);
  });

  it('an unclean election empties the ELR', () => {
    const sim = createSimulation(
      one({
        broker: { minInsyncReplicas: 2, uncleanLeaderElectionEnable: true },
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, acks: 1 }],
      }),
    );
    sim.advanceTo(1000);
    const [leader, f1, f2] = part(sim.snapshot()).replicas as [number, number, number];
    sim.apply({ type: 'stopBroker', broker: f2 });
    sim.advanceTo(11_000);
    sim.apply({ type: 'stopBroker', broker: f1 });
    sim.advanceTo(21_000);
    sim.apply({ type: 'startBroker', broker: f2 });
    sim.apply({ type: 'stopBroker', broker: leader });
    sim.advanceTo(31_000);
    const p = part(sim.snapshot());
    expect(p.leader).toBe(f2);
    expect(p.isr).toEqual([f2]);
    expect(p.elr).toEqual([]);
    expect(eventsOf(sim, 'leaderElected').at(-1)).toMatchObject({ leader: f2, unclean: true });
    expect(teacher(sim.snapshot()).lostAcknowledged).toBeGreaterThan(0);
  });
});
