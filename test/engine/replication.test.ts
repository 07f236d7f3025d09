import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Snapshot } from '../../src/engine';
import { eventsOf } from './helpers';

/** Brokers, copies, the ISR and the high watermark: stories a classroom tells with more than one machine. */

const cluster = (over: Partial<Scenario> = {}): Scenario => ({
  seed: 1,
  brokers: 3,
  broker: { minInsyncReplicas: 2 },
  topics: [{ name: 'notes', partitions: 3, replicationFactor: 3 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'b', 'c', 'd', 'e', 'f'] }],
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

const parts = (s: Snapshot) => s.topics[0]!.partitions;

describe('replica placement (AdminUtils.assignReplicasToBrokersRackUnaware)', () => {
  it('gives every partition distinct brokers, the leaders spread evenly, the preferred replica leading', () => {
    const sim = createSimulation(
      cluster({ topics: [{ name: 'notes', partitions: 6, replicationFactor: 3 }] }),
    );
    const ps = parts(sim.snapshot());
    for (const p of ps) {
      expect(new Set(p.replicas).size).toBe(3);
      expect(p.leader).toBe(p.replicas[0]);
      expect(p.isr).toEqual(p.replicas);
    }
    const leaders = ps.map((p) => p.leader);
    for (const b of [1, 2, 3]) expect(leaders.filter((l) => l === b)).toHaveLength(2);
    // Round-robin from a random start: consecutive partitions have consecutive first replicas.
    for (let i = 1; i < 6; i++) expect(ps[i]!.replicas[0]).toBe(((ps[0]!.replicas[0]! - 1 + i) % 3) + 1);
  });

  it('with one broker draws nothing from the random generator: leader 1, high watermark = log end', () => {
    const sim = createSimulation({
      ...cluster(),
      brokers: undefined,
      broker: {},
      topics: [{ name: 'notes', partitions: 3 }],
    });
    sim.advanceTo(3000);
    const s = sim.snapshot();
    expect(s.brokers).toEqual([{ id: 1, status: 'up', replicaFetched: 0 }]);
    for (const p of parts(s)) {
      expect([p.leader, p.replicas, p.isr, p.highWatermark]).toEqual([1, [1], [1], p.logEndOffset]);
    }
    expect(s.producers[0]!.acknowledged).toBe(s.producers[0]!.sent);
  });
});

describe('followers, the ISR and the high watermark', () => {
  it('followers copy one round trip later; consumers read only below the high watermark', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(4050);
    const s = sim.snapshot();
    for (const p of parts(s)) {
      expect(p.replicaLogEndOffsets.every((o) => o === p.logEndOffset)).toBe(true);
      expect(p.highWatermark).toBe(p.logEndOffset);
    }
    expect(s.producers[0]!.acknowledged).toBe(s.producers[0]!.sent);
    const fetched = eventsOf(sim, 'fetched');
    expect(fetched.length).toBeGreaterThan(0);
    for (const f of fetched) expect(f.toOffset).toBeLessThanOrEqual(parts(s)[f.partition]!.highWatermark);
  });

  it('a crashed follower leaves the ISR when the controller fences it (broker.session.timeout.ms, 9 s)', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(1000);
    sim.apply({ type: 'stopBroker', broker: 2 });
    sim.advanceTo(9999);
    expect(parts(sim.snapshot()).every((p) => p.isr.includes(2))).toBe(true);
    sim.advanceTo(10_000);
    const s = sim.snapshot();
    expect(s.brokers[1]!.status).toBe('down');
    expect(parts(s).every((p) => !p.isr.includes(2) && p.leader !== 2 && p.leader !== null)).toBe(true);
    expect(eventsOf(sim, 'brokerFenced').map((e) => e.timeMs)).toEqual([10_000]);
  });

  it('a follower not caught up for replica.lag.time.max.ms leaves the ISR first when that is shorter', () => {
    const sim = createSimulation(cluster({ broker: { minInsyncReplicas: 2, replicaLagTimeMaxMs: 2000 } }));
    sim.advanceTo(1000);
    sim.apply({ type: 'stopBroker', broker: 3 });
    sim.advanceTo(8000);
    const shrinks = eventsOf(sim, 'isrChanged').filter((e) => e.shrunk);
    expect(shrinks.length).toBeGreaterThan(0);
    // Checked every lag / 2: out after more than 2 s and at most 3 s without catching up.
    for (const e of shrinks) {
      expect(e.timeMs).toBeGreaterThan(3000);
      expect(e.timeMs).toBeLessThanOrEqual(4100);
    }
  });

  it('a restarted broker catches up and rejoins the ISR', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(1000);
    sim.apply({ type: 'stopBroker', broker: 2, clean: true });
    sim.advanceTo(20_000);
    expect(parts(sim.snapshot()).every((p) => !p.isr.includes(2))).toBe(true);
    sim.apply({ type: 'startBroker', broker: 2 });
    sim.advanceTo(20_100);
    const s = sim.snapshot();
    expect(parts(s).every((p) => p.isr.includes(2))).toBe(true);
    expect(s.brokers[1]!.replicaFetched).toBeGreaterThan(0);
  });
});

describe('leaders and failover', () => {
  it('a clean stop moves leadership at once; a crash leaves the partition leaderless until the fence', () => {
    const clean = createSimulation(cluster());
    clean.advanceTo(1000);
    const led = parts(clean.snapshot())
      .filter((p) => p.leader === 1)
      .map((p) => p.partition);
    clean.apply({ type: 'stopBroker', broker: 1, clean: true });
    for (const p of led) expect(parts(clean.snapshot())[p]!.leader).not.toBe(1);

    const crash = createSimulation(cluster());
    crash.advanceTo(1000);
    crash.apply({ type: 'stopBroker', broker: 1 });
    crash.advanceTo(9_999);
    for (const p of led) expect(parts(crash.snapshot())[p]!.leader).toBe(1);
    expect(crash.snapshot().producers[0]!.waiting).toBeGreaterThan(0);
    crash.advanceTo(10_000);
    for (const p of led) expect([2, 3]).toContain(parts(crash.snapshot())[p]!.leader);
    crash.advanceTo(12_000);
    const s = crash.snapshot();
    expect(s.producers[0]!.waiting).toBe(0);
    expect(s.producers[0]!.lostAcknowledged).toBe(0);
  });

  it('RF = min.insync.replicas: one broker down stops every acks=all write; they fail after delivery.timeout.ms', () => {
    const sim = createSimulation(
      cluster({
        brokers: 2,
        topics: [{ name: 'notes', partitions: 2, replicationFactor: 2 }],
        producers: [
          { id: 'teacher', topic: 'notes', recordsPerSec: 10, keys: ['a', 'b'], deliveryTimeoutMs: 30_005 },
        ],
      }),
    );
    sim.advanceTo(1000);
    sim.apply({ type: 'stopBroker', broker: 2, clean: true });
    const before = sim.snapshot().producers[0]!.acknowledged;
    sim.advanceTo(20_000);
    const waiting = sim.snapshot().producers[0]!;
    expect(waiting.acknowledged).toBe(before);
    expect(waiting.waiting).toBeGreaterThan(150);
    sim.advanceTo(45_000);
    const p = sim.snapshot().producers[0]!;
    expect(p.failed).toBeGreaterThan(100);
    expect(p.acknowledged).toBe(before);
    expect(eventsOf(sim, 'recordsExpired').length).toBeGreaterThan(0);
  });

  it('acks=1 with an unclean election loses acknowledged records, and counts them', () => {
    const sim = createSimulation(
      cluster({
        brokers: 2,
        broker: { uncleanLeaderElectionEnable: true },
        topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, acks: 1 }],
      }),
    );
    sim.advanceTo(1000);
    const leader = parts(sim.snapshot())[0]!.leader!;
    const follower = 3 - leader;
    sim.apply({ type: 'stopBroker', broker: follower });
    sim.advanceTo(15_000); // the follower is fenced and out of the ISR; acks=1 writes go on
    sim.apply({ type: 'stopBroker', broker: leader });
    sim.advanceTo(16_000);
    sim.apply({ type: 'startBroker', broker: follower });
    // The crashed leader is still the leader until the controller fences it, 9 s after its crash.
    expect(parts(sim.snapshot())[0]!.leader).toBe(leader);
    sim.advanceTo(24_000);
    const s = sim.snapshot();
    const p = parts(s)[0]!;
    expect(p.leader).toBe(follower);
    expect(p.isr).toEqual([follower]);
    expect(s.producers[0]!.lostAcknowledged).toBeGreaterThan(100);
    const cut = eventsOf(sim, 'logTruncated');
    expect(cut).toHaveLength(1);
    expect(cut[0]!.lostAcknowledged).toBe(s.producers[0]!.lostAcknowledged);
    expect(eventsOf(sim, 'leaderElected').some((e) => e.unclean)).toBe(true);
  });

  it('without unclean election the partition stays offline until an in-sync replica returns', () => {
    const sim = createSimulation(
      cluster({ brokers: 2, broker: {}, topics: [{ name: 'notes', partitions: 1, replicationFactor: 2 }] }),
    );
    sim.advanceTo(1000);
    const leader = parts(sim.snapshot())[0]!.leader!;
    sim.apply({ type: 'stopBroker', broker: 3 - leader, clean: true });
    sim.apply({ type: 'stopBroker', broker: leader, clean: true });
    expect(parts(sim.snapshot())[0]!.leader).toBeNull();
    sim.apply({ type: 'startBroker', broker: 3 - leader });
    expect(parts(sim.snapshot())[0]!.leader).toBeNull();
    sim.apply({ type: 'startBroker', broker: leader });
    expect(parts(sim.snapshot())[0]!.leader).toBe(leader);
  });
});

describe('idempotence', () => {
  /** A follower crashes (HW stuck), then the leader: the other follower holds unacknowledged records. */
  function run(enableIdempotence: boolean) {
    const sim = createSimulation(
      cluster({
        broker: {},
        topics: [{ name: 'notes', partitions: 1, replicationFactor: 3 }],
        producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10, enableIdempotence }],
      }),
    );
    sim.advanceTo(1000);
    const [leader, , last] = parts(sim.snapshot())[0]!.replicas;
    sim.apply({ type: 'stopBroker', broker: last! });
    sim.advanceTo(5000);
    sim.apply({ type: 'stopBroker', broker: leader! });
    sim.advanceTo(30_000);
    return sim.snapshot();
  }

  it('keeps retries from writing a record twice; without it a lost answer plus a retry writes it twice', () => {
    const safe = run(true);
    expect(safe.producers[0]!.duplicatesWritten).toBe(0);
    const twice = run(false);
    // One batch (one note at 10 a second) reached the leader while the HW stood still: the broker reads one
    // request per connection at a time (SocketServer mutes it), as the Kafka suite's replication-idempotence
    // case shows on Kafka (1 of 501).
    expect(twice.producers[0]!.duplicatesWritten).toBe(1);
    expect(parts(twice)[0]!.logEndOffset).toBe(
      parts(safe)[0]!.logEndOffset + twice.producers[0]!.duplicatesWritten,
    );
    for (const s of [safe, twice]) {
      expect(s.producers[0]!.acknowledged).toBe(s.producers[0]!.sent);
      expect(s.producers[0]!.lostAcknowledged).toBe(0);
    }
  });
});

describe('commands', () => {
  it('refuses broker ids outside the cluster, a stop of a stopped broker, and stopping the only broker', () => {
    const sim = createSimulation(cluster());
    expect(() => sim.apply({ type: 'stopBroker', broker: 4 })).toThrow(/broker id from 1 to 3/);
    sim.apply({ type: 'stopBroker', broker: 2 });
    expect(() => sim.apply({ type: 'stopBroker', broker: 2 })).toThrow(/already down/);
    expect(() => sim.apply({ type: 'startBroker', broker: 1 })).toThrow(/already up/);
    const one = createSimulation({
      ...cluster(),
      brokers: 1,
      broker: {},
      topics: [{ name: 'notes', partitions: 1 }],
    });
    expect(() => one.apply({ type: 'stopBroker', broker: 1 })).toThrow(/one broker/);
  });
});

describe('the group coordinator', () => {
  it("is the leader of the group's __consumer_offsets partition; it moves on failover, commits fail meanwhile", () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(9000);
    const coordinator = sim.snapshot().groups[0]!.coordinator!;
    expect([1, 2, 3]).toContain(coordinator);
    const commitsBefore = eventsOf(sim, 'committed').length;
    expect(commitsBefore).toBeGreaterThan(0);
    sim.apply({ type: 'stopBroker', broker: coordinator });
    sim.advanceTo(9000 + 8999);
    expect(sim.snapshot().groups[0]!.coordinator).toBe(coordinator);
    expect(eventsOf(sim, 'committed').filter((e) => e.timeMs > 9000)).toEqual([]);
    sim.advanceTo(30_000);
    const moved = sim.snapshot().groups[0]!.coordinator!;
    expect(moved).not.toBe(coordinator);
    expect(eventsOf(sim, 'committed').filter((e) => e.timeMs >= 18_000).length).toBeGreaterThan(0);
  });

  it('is broker 1 with a single broker', () => {
    const sim = createSimulation({
      ...cluster(),
      brokers: 1,
      broker: {},
      topics: [{ name: 'notes', partitions: 1 }],
    });
    expect(sim.snapshot().groups[0]!.coordinator).toBe(1);
  });
});

describe('preferred leader election (auto.leader.rebalance.enable)', () => {
  it('gives a repaired broker its leaderships back leader.imbalance.check.interval.seconds after the move', () => {
    const sim = createSimulation(cluster());
    sim.advanceTo(1000);
    const led = parts(sim.snapshot())
      .filter((p) => p.leader === 1)
      .map((p) => p.partition);
    expect(led.length).toBeGreaterThan(0);
    sim.apply({ type: 'stopBroker', broker: 1, clean: true });
    sim.advanceTo(5000);
    sim.apply({ type: 'startBroker', broker: 1 });
    sim.advanceTo(300_999);
    for (const p of led) expect(parts(sim.snapshot())[p]!.leader).not.toBe(1);
    sim.advanceTo(301_000);
    const s = sim.snapshot();
    for (const p of led) expect(parts(s)[p]!.leader).toBe(1);
    expect(s.producers[0]!.lostAcknowledged).toBe(0);
    expect(s.groups[0]!.coordinator).not.toBeNull();
  });
});
