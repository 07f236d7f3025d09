import { describe, expect, it } from 'vitest';
import { createSimulation, type Scenario, type Simulation, type Snapshot } from '../../src/engine';
import { eventsOf } from './helpers';

/**
 * An acks=all write held in the leader's purgatory past request.timeout.ms (30 s) is answered
 * REQUEST_TIMED_OUT, and Kafka's producer sends it again (Sender.completeBatch -> canRetry ->
 * RecordAccumulator.reenqueue) until delivery.timeout.ms: NOT_ENOUGH_REPLICAS while the ISR is short
 * (Partition.appendRecordsToLeader checks min.insync.replicas before the duplicate check), then a duplicate
 * answered with its first offset when idempotent, a second copy without idempotence. Two brokers, replication
 * factor 2 = min.insync.replicas: the follower stops at 5.5 s, the note sent at 6 s (number 5, offset 5) is
 * appended and waits, the follower is fenced at 14.5 s and the ISR stays short.
 */
const scenario = (enableIdempotence: boolean): Scenario => ({
  seed: 12,
  brokers: 2,
  broker: {},
  topics: [{ name: 'notes', partitions: 1, replicationFactor: 2, minInsyncReplicas: 2 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1, acks: 'all', enableIdempotence }],
  groups: [],
});

function followerStoppedAt5500(enableIdempotence: boolean): { sim: Simulation; follower: number } {
  const sim = createSimulation(scenario(enableIdempotence));
  sim.advanceTo(5500);
  const p = sim.snapshot().topics[0]!.partitions[0]!;
  const follower = p.replicas.find((b) => b !== p.leader)!;
  sim.apply({ type: 'stopBroker', broker: follower });
  return { sim, follower };
}

function at(sim: Simulation, ms: number): Snapshot {
  sim.advanceTo(ms);
  return sim.snapshot({ recentRecords: 200 });
}

/** How many copies of each note number the leader's log holds. */
function copies(s: Snapshot): Map<number, number> {
  const out = new Map<number, number>();
  for (const r of s.topics[0]!.partitions[0]!.recent) out.set(r.seq, (out.get(r.seq) ?? 0) + 1);
  return out;
}

describe('REQUEST_TIMED_OUT: the producer sends the write again', () => {
  it('takes the waiting note back at request.timeout.ms, though its copy stays in the log', () => {
    const { sim } = followerStoppedAt5500(true);
    let s = at(sim, 35_999);
    let t = s.producers[0]!;
    const p = s.topics[0]!.partitions[0]!;
    expect(p.logEndOffset).toBe(6);
    expect(p.highWatermark).toBe(5);
    expect(p.isr).toHaveLength(1);
    // Until 36 s, note 5 waits in the leader's purgatory: in flight, not in the producer.
    expect(t.waiting).toBe(t.sent - 6);
    s = at(sim, 36_000);
    t = s.producers[0]!;
    // Answered REQUEST_TIMED_OUT at 6 s + 30 s: every unanswered note now waits in the producer.
    expect(t.waiting).toBe(t.sent - 5);
    expect(t.acknowledged).toBe(5);
    expect(s.topics[0]!.partitions[0]!.logEndOffset).toBe(6);
    // Its retries meet NOT_ENOUGH_REPLICAS: nothing is appended while the ISR is short.
    s = at(sim, 60_000);
    expect(s.topics[0]!.partitions[0]!.logEndOffset).toBe(6);
    expect(s.producers[0]!.waiting).toBe(s.producers[0]!.sent - 5);
    expect(s.producers[0]!.failed).toBe(0);
  });

  it('idempotent: once the follower is back the retry is a duplicate, answered without a second copy', () => {
    const { sim, follower } = followerStoppedAt5500(true);
    sim.advanceTo(60_000);
    sim.apply({ type: 'startBroker', broker: follower });
    // The follower catches up and the high watermark passes note 5, but its request timed out long ago:
    // only the producer's retry, due at 60.5 s (backoff 1 s), gets it answered.
    const back = at(sim, 60_100);
    expect(back.topics[0]!.partitions[0]!.highWatermark).toBe(6);
    expect(back.producers[0]!.acknowledged).toBe(5);
    const s = at(sim, 65_000);
    const t = s.producers[0]!;
    const p = s.topics[0]!.partitions[0]!;
    expect(p.isr).toHaveLength(2);
    expect(t.waiting).toBe(0);
    expect(t.failed).toBe(0);
    expect(t.duplicatesWritten).toBe(0);
    // One copy of every note, note 5 still at its first offset, and every note answered once.
    expect([...copies(s).values()].every((n) => n === 1)).toBe(true);
    expect(p.recent.find((r) => r.seq === 5)!.offset).toBe(5);
    expect(p.logEndOffset).toBe(t.sent);
    expect(t.acknowledged).toBe(p.highWatermark);
    expect(t.acknowledged).toBeGreaterThanOrEqual(t.sent - 1);
  });

  it('without idempotence: the retry writes the note a second time', () => {
    const { sim, follower } = followerStoppedAt5500(false);
    sim.advanceTo(60_000);
    sim.apply({ type: 'startBroker', broker: follower });
    let s = at(sim, 60_000);
    expect(s.producers[0]!.duplicatesWritten).toBe(0);
    // The first retry after the ISR is back (within retry.backoff.max.ms, 1 s) writes it again.
    s = at(sim, 61_001);
    const t = s.producers[0]!;
    const p = s.topics[0]!.partitions[0]!;
    expect(t.duplicatesWritten).toBe(1);
    expect(copies(s).get(5)).toBe(2);
    expect(p.recent.filter((r) => r.seq === 5).map((r) => r.offset)[0]).toBe(5);
    expect(p.logEndOffset).toBe(t.sent + 1);
    // Answered once: the first copy answers nobody (its request timed out), the second one does.
    s = at(sim, 65_000);
    expect(s.producers[0]!.acknowledged).toBe(s.topics[0]!.partitions[0]!.highWatermark - 1);
    expect(s.producers[0]!.failed).toBe(0);
  });

  it('the ISR never returns: the note fails at delivery.timeout.ms though its copy is in the log', () => {
    const { sim } = followerStoppedAt5500(true);
    let s = at(sim, 125_999);
    expect(s.producers[0]!.failed).toBe(0);
    // Created at 6 s: delivery.timeout.ms (120 s) ends at 126 s, caught by the next retry (at most
    // retry.backoff.max.ms, 1 s, later).
    s = at(sim, 127_000);
    const t = s.producers[0]!;
    const first = eventsOf(sim, 'recordsExpired')[0]!;
    expect(first.timeMs).toBeGreaterThanOrEqual(126_000);
    expect(first.timeMs).toBeLessThanOrEqual(127_000);
    expect(t.failed).toBeGreaterThanOrEqual(1);
    expect(t.acknowledged).toBe(5);
    expect(t.waiting + t.failed).toBe(t.sent - 5);
    expect(s.topics[0]!.partitions[0]!.logEndOffset).toBe(6);
    expect(copies(s).get(5)).toBe(1);
  });

  it('a seek lands on what the straight run showed', () => {
    const { sim, follower } = followerStoppedAt5500(false);
    sim.advanceTo(60_000);
    sim.apply({ type: 'startBroker', broker: follower });
    const straight = JSON.stringify(at(sim, 70_000));
    sim.seek(37_000);
    expect(JSON.stringify(at(sim, 70_000))).toBe(straight);
  });
});
