/**
 * Plays a case in the simulator, through the engine's public door only, and writes down the same facts the
 * Java player writes down on Apache Kafka: every record's partition and offset, each completed generation's
 * assignment, offsets every half second, what each log holds at the end.
 */
import { createSimulation, type Command, type Scenario, type Snapshot } from '../../src/engine';
import { tp, type ClassFacts, type Generation, type ProducedRecord } from './facts';
import type { ReplicationSample } from './replication-facts';
import { engineHasReplication, engineReplication, engineSample } from './replication-read';

const STEP_MS = 100;
const SAMPLE_MS = 500;

export interface Script {
  timeMs: number;
  command: Command;
}

function recordGenerations(snap: Snapshot, seen: Map<string, number>, out: Generation[]): void {
  for (const g of snap.groups) {
    if (g.state !== 'Stable' || seen.get(g.id) === g.generation) continue;
    seen.set(g.id, g.generation);
    const byMember: Record<string, string[]> = {};
    for (const m of g.members) {
      if (!m.inGroup) continue;
      byMember[m.id] = m.assignment.map(([t, p]) => tp(t, p)).sort();
    }
    out.push({ group: g.id, generation: g.generation, t: snap.timeMs, byMember });
  }
}

export function playInEngine(scenario: Scenario, script: readonly Script[], durationMs: number): ClassFacts {
  const sim = createSimulation(scenario);
  const produced = new Map<string, ProducedRecord>();
  const generations: Generation[] = [];
  const seen = new Map<string, number>();
  const samples: ClassFacts['samples'] = [];
  const producerTopic = new Map<string, string>(scenario.producers.map((p) => [p.id, p.topic]));
  const replicated = engineHasReplication(sim.snapshot({ recentRecords: 0 }));
  const replicationSamples: ReplicationSample[] = [];
  let next = 0;
  for (let t = 0; t <= durationMs; t += STEP_MS) {
    while (next < script.length && script[next]!.timeMs <= t) {
      const s = script[next++]!;
      sim.advanceTo(s.timeMs);
      sim.apply(s.command);
    }
    sim.advanceTo(t);
    const snap = sim.snapshot({ recentRecords: t % SAMPLE_MS === 0 ? 500 : 0 });
    recordGenerations(snap, seen, generations);
    if (t % SAMPLE_MS !== 0) continue;
    if (replicated) replicationSamples.push(engineSample(snap));
    const sample: ClassFacts['samples'][number] = { t, logStart: {}, logEnd: {}, committed: {} };
    for (const topic of snap.topics) {
      for (const p of topic.partitions) {
        sample.logStart[tp(topic.name, p.partition)] = p.logStartOffset;
        sample.logEnd[tp(topic.name, p.partition)] = p.logEndOffset;
        for (const r of p.recent) {
          const id = `${r.writer}#${r.seq}#${topic.name}`;
          if (produced.has(id) || !(producerTopic.get(r.writer) === topic.name || r.writer.includes('/')))
            continue;
          produced.set(id, {
            producer: r.writer,
            topic: topic.name,
            key: r.key,
            seq: r.seq,
            partition: p.partition,
            offset: r.offset,
          });
        }
      }
    }
    for (const g of snap.groups) {
      const committed: Record<string, number> = {};
      for (const o of g.offsets) if (o.committed != null) committed[tp(o.topic, o.partition)] = o.committed;
      sample.committed[g.id] = committed;
    }
    samples.push(sample);
  }
  const end = sim.snapshot({ recentRecords: 5000 });
  const logs: ClassFacts['logs'] = {};
  for (const topic of end.topics) {
    for (const p of topic.partitions) {
      logs[tp(topic.name, p.partition)] = p.recent.map((r) => [
        r.offset,
        r.key,
        r.tombstone ? null : String(r.seq),
      ]);
    }
  }
  const processed: ClassFacts['processed'] = {};
  const skipped: ClassFacts['skipped'] = {};
  for (const g of end.groups) {
    processed[g.id] = { total: g.members.reduce((n, m) => n + m.processed, 0), again: g.duplicates };
    // Never read: deleted by retention before the group got there, or committed past by a clean close().
    skipped[g.id] = g.skippedByRetention + g.skippedOnClose;
  }
  const firstRead: ClassFacts['firstRead'] = {};
  const revoked: ClassFacts['revoked'] = [];
  for (const e of sim.events()) {
    if (e.type === 'partitionsRevoked') {
      for (const [t, p] of e.partitions)
        revoked.push({ group: e.group, member: e.member, partition: tp(t, p) });
    }
    if (e.type !== 'fetched') continue;
    const reads = (firstRead[e.group] ??= {});
    reads[tp(e.topic, e.partition)] ??= e.fromOffset;
  }
  return {
    produced: [...produced.values()],
    processed,
    firstRead,
    skipped,
    generations,
    revoked,
    samples,
    logs,
    ...(replicated ? { replication: engineReplication(replicationSamples, end, sim.events()) } : {}),
  };
}
