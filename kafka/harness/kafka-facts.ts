/**
 * Plays a case on Apache Kafka with the Java player (kafka/player) and reads its facts (JSON lines) into
 * the shape the simulator's facts have. The player gets a deadline: a case never hangs the suite.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import type { Scenario } from '../../src/engine';
import { WORK_DIR } from '../scripts/paths';
import type { Script } from './engine-facts';
import { tp, type ClassFacts, type Generation } from './facts';
import { kafkaReplication, type Fact } from './replication-read';

export interface PlayOptions {
  /** The player's classpath (compiled classes and Kafka's client jars). */
  classpath: string;
  bootstrap: string;
  /** Prepended to every topic and group name on the broker, so plays do not meet. */
  prefix: string;
  /** Extra Kafka topic configs per topic, for settings the simulator does not have. */
  topicConfigs?: Record<string, Record<string, string>>;
  /** Where each topic's replicas go (topic -> partition -> broker ids), as the simulator placed them. */
  placement?: Record<string, number[][]>;
  /** Carries out a `stopBroker` / `startBroker` the player asks for (a line `broker {...}` on its stdout). */
  onBrokerCommand?: (command: Record<string, unknown>) => void;
}

export function runPlayer(
  args: string[],
  timeoutMs: number,
  log: string,
  onBrokerCommand?: PlayOptions['onBrokerCommand'],
): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('java', ['-Xmx256m', ...args], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    let stdout = '';
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      stdout += d.toString();
      let nl: number;
      while ((nl = stdout.indexOf('\n')) >= 0) {
        const line = stdout.slice(0, nl);
        stdout = stdout.slice(nl + 1);
        if (line.startsWith('broker ') && onBrokerCommand)
          onBrokerCommand(JSON.parse(line.slice(7)) as Record<string, unknown>);
      }
    });
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      writeFileSync(log, stderr);
      if (code === 0) resolve();
      else
        reject(
          new Error(
            `player ${signal ? `killed (${signal}) after ${timeoutMs} ms` : `exited ${code}`}:\n${stderr.slice(-1500)}`,
          ),
        );
    });
  });
}

function generationsOf(facts: Fact[]): Generation[] {
  const byKey = new Map<string, Generation>();
  for (const f of facts) {
    if (f.type !== 'assigned') continue;
    const group = f.group as string;
    const generation = f.generation as number;
    const key = `${group}#${generation}`;
    let g = byKey.get(key);
    if (!g) byKey.set(key, (g = { group, generation, t: f.t, byMember: {} }));
    g.t = Math.max(g.t, f.t);
    g.byMember[f.member as string] = (f.assignment as [string, number][]).map(([t, p]) => tp(t, p)).sort();
  }
  return [...byKey.values()].sort((a, b) => a.t - b.t);
}

export async function playOnKafka(
  id: string,
  scenario: Scenario,
  script: readonly Script[],
  durationMs: number,
  options: PlayOptions,
): Promise<ClassFacts> {
  const dir = join(WORK_DIR, 'cases', id);
  mkdirSync(dir, { recursive: true });
  const files = {
    scenario: join(dir, 'scenario.json'),
    commands: join(dir, 'commands.json'),
    facts: join(dir, 'facts.jsonl'),
    configs: join(dir, 'topic-configs.json'),
    log: join(dir, 'player.log'),
    placement: join(dir, 'placement.json'),
  };
  writeFileSync(files.scenario, JSON.stringify(scenario, null, 2));
  writeFileSync(files.commands, JSON.stringify(script, null, 2));
  writeFileSync(files.configs, JSON.stringify(options.topicConfigs ?? {}));
  const args = ['-cp', options.classpath, 'classroom.Player', 'class', files.scenario, files.commands];
  args.push(options.bootstrap, files.facts, String(durationMs), options.prefix, files.configs);
  if (options.placement) {
    writeFileSync(files.placement, JSON.stringify(options.placement));
    args.push(files.placement);
  }
  await runPlayer(args, durationMs + 90_000, files.log, options.onBrokerCommand);
  return readFacts(files.facts);
}

/** A facts file (JSON lines) as the simulator's facts' shape. */
export function readFacts(file: string): ClassFacts {
  const facts = readFileSync(file, 'utf8')
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Fact);
  return toClassFacts(facts);
}

export function toClassFacts(facts: Fact[]): ClassFacts {
  const out: ClassFacts = {
    produced: [],
    processed: {},
    firstRead: {},
    skipped: {},
    generations: generationsOf(facts),
    revoked: [],
    samples: [],
    logs: {},
  };
  const seen = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.type === 'produced') {
      out.produced.push({
        producer: f.producer as string,
        topic: f.topic as string,
        key: (f.key as string | null) ?? null,
        seq: f.seq as number,
        partition: f.partition as number,
        offset: f.offset as number,
      });
    } else if (f.type === 'processed') {
      const group = f.group as string;
      const p = (out.processed[group] ??= { total: 0, again: 0 });
      const ids = seen.get(group) ?? new Set<string>();
      seen.set(group, ids);
      const id = `${tp(f.topic as string, f.partition as number)}@${f.offset as number}`;
      p.total++;
      if (ids.has(id)) p.again++;
      ids.add(id);
      (out.firstRead[group] ??= {})[tp(f.topic as string, f.partition as number)] ??= f.offset as number;
    } else if (f.type === 'revoked') {
      for (const [t, p] of f.partitions as [string, number][]) {
        out.revoked.push({ group: f.group as string, member: f.member as string, partition: tp(t, p) });
      }
    } else if (f.type === 'sample') {
      const s: ClassFacts['samples'][number] = { t: f.t, logStart: {}, logEnd: {}, committed: {} };
      for (const p of f.partitions as {
        topic: string;
        partition: number;
        logStartOffset: number;
        logEndOffset: number;
      }[]) {
        s.logStart[tp(p.topic, p.partition)] = p.logStartOffset;
        s.logEnd[tp(p.topic, p.partition)] = p.logEndOffset;
      }
      for (const g of f.groups as {
        group: string;
        offsets: { topic: string; partition: number; committed: number }[];
      }[]) {
        s.committed[g.group] = Object.fromEntries(
          g.offsets.map((o) => [tp(o.topic, o.partition), o.committed]),
        );
      }
      out.samples.push(s);
    } else if (f.type === 'log') {
      out.logs[tp(f.topic as string, f.partition as number)] = f.records as [
        number,
        string | null,
        string | null,
      ][];
    }
  }
  for (const [group, ids] of seen) out.skipped[group] = gaps(ids);
  const replication = kafkaReplication(facts);
  if (replication) out.replication = replication;
  return out;
}

/** Offsets never processed between the first and the last one processed, per partition, summed. */
function gaps(ids: Set<string>): number {
  const byTp = new Map<string, number[]>();
  for (const id of ids) {
    const [where, offset] = id.split('@') as [string, string];
    byTp.set(where, [...(byTp.get(where) ?? []), Number(offset)]);
  }
  let missing = 0;
  for (const offsets of byTp.values()) {
    missing += Math.max(...offsets) - Math.min(...offsets) + 1 - offsets.length;
  }
  return missing;
}
