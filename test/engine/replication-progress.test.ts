import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Snapshot } from '../../src/engine';

/**
 * What each replica last did (PartitionView.replicaProgress): the picture shows a restarted follower
 * truncating and catching up from it, so it must say what the engine did, when it did it.
 */

const cluster = (over: Partial<Scenario> = {}): Scenario => ({
  seed: 1,
  brokers: 2,
  broker: { uncleanLeaderElectionEnable: true },
  topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, acks: 1 }],
  groups: [],
  ...over,
});

const part = (s: Snapshot) => s.topics[0]!.partitions[0]!;

describe('replica progress', () => {
  it('a restarted follower’s fetch copies, in one round trip, exactly what it missed', () => {
    const sim = createSimulation(cluster({ broker: {} }));
    sim.advanceTo(1000);
    const p0 = part(sim.snapshot());
    const follower = p0.replicas.find((b) => b !== p0.leader)!;
    const fi = p0.replicas.indexOf(follower);
    sim.apply({ type: 'stopBroker', broker: follower, clean: true });
    sim.advanceTo(5000);
    const missedFrom = part(sim.snapshot()).replicaLogEndOffsets[fi]!;
    sim.apply({ type: 'startBroker', broker: follower });
    const end = part(sim.snapshot()).logEndOffset;
    expect(end).toBeGreaterThan(missedFrom + 30);
    sim.advanceTo(5010);
    const p = part(sim.snapshot());
    expect(p.replicaProgress![fi]!.fetch).toEqual({ timeMs: 5010, fromOffset: missedFrom, toOffset: end });
    expect(p.replicaProgress![fi]!.truncation).toBeNull();
    expect(p.replicaProgress![fi]!.diskLogEndOffset).toBe(p.replicaLogEndOffsets[fi]);
    expect(p.isr).toContain(follower);
  });

  it('a stopped leader keeps on disk what a later leader lacks, and throws it away when it returns', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(1000);
    const leader = part(sim.snapshot()).leader!;
    const follower = 3 - leader;
    const li = part(sim.snapshot()).replicas.indexOf(leader);
    sim.apply({ type: 'stopBroker', broker: follower });
    sim.advanceTo(15_000);
    sim.apply({ type: 'stopBroker', broker: leader });
    const held = part(sim.snapshot()).logEndOffset;
    sim.advanceTo(16_000);
    sim.apply({ type: 'startBroker', broker: follower });
    sim.advanceTo(24_000); // fenced at 24 s: the follower leads (unclean), the log is cut
    let p = part(sim.snapshot());
    expect(p.leader).toBe(follower);
    const cut = p.replicaLogEndOffsets[li]!;
    expect(cut).toBeLessThan(held);
    // Its disk still holds every record it had; it has not truncated yet.
    expect(p.replicaProgress![li]).toEqual({
      fetch: p.replicaProgress![li]!.fetch,
      truncation: null,
      diskLogEndOffset: held,
    });
    sim.advanceTo(30_000);
    sim.apply({ type: 'startBroker', broker: leader });
    p = part(sim.snapshot());
    expect(p.replicaProgress![li]!.truncation).toEqual({ timeMs: 30_000, fromOffset: held, toOffset: cut });
    expect(p.replicaProgress![li]!.diskLogEndOffset).toBe(cut);
    sim.advanceTo(30_010);
    p = part(sim.snapshot());
    expect(p.replicaProgress![li]!.fetch).toEqual({
      timeMs: 30_010,
      fromOffset: cut,
      toOffset: p.logEndOffset,
    });
  });

  it('is absent with one broker, whose snapshots are as before', () => {
    const sim = createSimulation(
      cluster({ brokers: undefined, broker: {}, topics: [{ name: 'notes', partitions: 1 }] }),
    );
    sim.advanceTo(2000);
    expect('replicaProgress' in part(sim.snapshot())).toBe(false);
  });
});
