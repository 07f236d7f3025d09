/**
 * "Run this on real Kafka", checked end to end: three classes exported with the app's own code (a built-in
 * class, a lesson's class, a class made in the sandbox), zipped and unpacked as a user would, the exported
 * topics script run with Kafka's own TopicCommand, the exported player built once with Maven and played on
 * the real broker, and the exported predictions checked against what Kafka did: where keys land and each
 * generation's assignment exactly, the lag within the tolerance the predictions state.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

import { unzipSync } from 'fflate';

import type { Scenario } from '../../src/engine';
import {
  builtInClass,
  classFromActions,
  exportFolder,
  fileNames,
  kafkaExportFiles,
  lessonClass,
  PLAYER_JAR,
  zipKafkaExport,
  type ClassToExport,
  type PredictionsFile,
} from '../../src/runtime/kafka-export';
import { PLAYER_PROJECT, WORK_DIR } from '../scripts/paths';
import { run, ToolError } from '../scripts/toolchain';
import { sampleAt, type ClassFacts } from './facts';
import { readFacts, runPlayer } from './kafka-facts';

export interface ExportRow {
  class: string;
  check: string;
  predicted: string;
  kafka: string;
  agree: boolean;
}

/** A class as a user would make it in the sandbox: two shelves, round robin, a faster teacher, a newcomer. */
const SANDBOX_SCENARIO: Scenario = {
  seed: 7,
  broker: { groupInitialRebalanceDelayMs: 1000 },
  topics: [{ name: 'lectures', partitions: 2, retentionMs: 3_600_000 }],
  producers: [
    { id: 'maria', topic: 'lectures', recordsPerSec: 2, keys: ['physics', 'chemistry', 'biology'] },
  ],
  groups: [
    {
      id: 'lab',
      topics: ['lectures'],
      assignor: 'roundrobin',
      autoOffsetReset: 'earliest',
      heartbeatIntervalMs: 1000,
      sessionTimeoutMs: 6000,
      autoCommitIntervalMs: 2000,
      maxPollRecords: 3,
      members: [{ id: 'lena', recordsPerSec: 3 }],
    },
  ],
};

export function exportedClasses(): ClassToExport[] {
  const sandbox = classFromActions({
    name: 'sandbox-class',
    title: 'A class made in the sandbox',
    scenario: SANDBOX_SCENARIO,
    commands: [
      { timeMs: 4000, command: { type: 'setProducerRate', producer: 'maria', recordsPerSec: 4 } },
      {
        timeMs: 6000,
        command: { type: 'addMember', group: 'lab', member: { id: 'omar', recordsPerSec: 3 } },
      },
    ],
    atMs: 0,
  });
  return [builtInClass('keys-and-order', 'en')!, lessonClass('sleepy-student', 'en')!, sandbox];
}

/** The player's sources as the app bundles them: pom.xml and everything under src/. */
function playerSources(): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (dir: string): void => {
    for (const e of readdirSync(dir)) {
      const path = join(dir, e);
      if (statSync(path).isDirectory()) walk(path);
      else out[relative(PLAYER_PROJECT, path)] = readFileSync(path, 'utf8');
    }
  };
  out['pom.xml'] = readFileSync(join(PLAYER_PROJECT, 'pom.xml'), 'utf8');
  walk(join(PLAYER_PROJECT, 'src'));
  return out;
}

/** Exports a class, zips it, and unpacks the zip into the work folder; returns the unpacked folder. */
function exportAndUnpack(cls: ClassToExport): string {
  const zip = zipKafkaExport(
    cls.name,
    kafkaExportFiles(cls, { lang: 'en', words: 'kafka' }, playerSources()),
  );
  const root = join(WORK_DIR, 'exports');
  rmSync(join(root, exportFolder(cls.name)), { recursive: true, force: true });
  for (const [path, bytes] of Object.entries(unzipSync(zip))) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    if (path.endsWith('.sh')) chmodSync(file, 0o755);
  }
  writeFileSync(join(root, `${exportFolder(cls.name)}.zip`), zip);
  return join(root, exportFolder(cls.name));
}

/** A kafka-topics.sh for the exported script: Kafka's own TopicCommand on the broker's classpath. */
function kafkaTopicsTool(brokerClasspath: string): string {
  const tool = join(WORK_DIR, 'exports', 'kafka-topics.sh');
  mkdirSync(dirname(tool), { recursive: true });
  writeFileSync(
    tool,
    `#!/usr/bin/env bash\nexec java -Xmx256m -cp '${brokerClasspath}' org.apache.kafka.tools.TopicCommand "$@"\n`,
  );
  chmodSync(tool, 0o755);
  return tool;
}

const partitionOf = (kafka: ClassFacts, topic: string, key: string): string =>
  [...new Set(kafka.produced.filter((r) => r.topic === topic && r.key === key).map((r) => r.partition))]
    .sort()
    .join('|') || 'none';

export function checkPredictions(name: string, p: PredictionsFile, kafka: ClassFacts): ExportRow[] {
  const rows: ExportRow[] = [];
  const predictedKeys = p.placements.map((x) => `${x.topic}/${x.key}->${x.partition}`).join(', ');
  const kafkaKeys = p.placements
    .map((x) => `${x.topic}/${x.key}->${partitionOf(kafka, x.topic, x.key)}`)
    .join(', ');
  // A class without keys has nothing to place (the sticky partitioner's choices are not predicted).
  if (p.placements.length > 0) {
    rows.push({
      class: name,
      check: `every key lands on its predicted partition (${p.placements.length} keys)`,
      predicted: predictedKeys,
      kafka: kafkaKeys,
      agree: predictedKeys === kafkaKeys,
    });
  }
  const assignments = (
    gens: readonly { group: string; byMember: Readonly<Record<string, readonly string[]>> }[],
  ) =>
    gens
      .map(
        (g) =>
          `${g.group}: ${Object.entries(g.byMember)
            .sort(([a], [b]) => a.localeCompare(b))
            .map(([m, tps]) => `${m}=${[...tps].sort().join('+') || '-'}`)
            .join(' ')}`,
      )
      .join(' | ');
  const predicted = assignments(p.generations);
  const onKafka = assignments(kafka.generations);
  rows.push({
    class: name,
    check: `each generation's assignment is the predicted one (${p.generations.length} generations)`,
    predicted,
    kafka: onKafka,
    agree: predicted === onKafka,
  });
  // Lag once every group has settled: from 2 s after its first assignment to 1 s before the end, leaving out
  // the 3 s after each action (a real JVM joins, wakes and commits on its own timing).
  const firstAt = Math.max(...p.generations.map((g) => g.atMs));
  const actions = JSON.parse(
    readFileSync(join(WORK_DIR, 'exports', exportFolder(name), fileNames(name).commands), 'utf8'),
  ) as { timeMs: number }[];
  const misses: string[] = [];
  let checked = 0;
  let worst = 0;
  for (const c of p.checkpoints) {
    if (c.atMs < firstAt + 2000 || c.atMs > p.untilMs - 1000) continue;
    if (actions.some((a) => c.atMs >= a.timeMs && c.atMs < a.timeMs + 3000)) continue;
    const sample = sampleAt(kafka, c.atMs);
    for (const g of c.groups) {
      const lag = Object.keys(g.lag).reduce(
        (n, tp) => n + (sample.logEnd[tp] ?? 0) - (sample.committed[g.group]?.[tp] ?? 0),
        0,
      );
      checked++;
      worst = Math.max(worst, Math.abs(lag - g.totalLag));
      if (Math.abs(lag - g.totalLag) > p.lagToleranceRecords) {
        misses.push(`${g.group} at ${c.atMs / 1000} s: predicted ${g.totalLag}, Kafka ${lag}`);
      }
    }
  }
  rows.push({
    class: name,
    check: `lag within ±${p.lagToleranceRecords} of the prediction (${checked} checkpoints)`,
    predicted: `${checked} checkpoints`,
    kafka: misses.length === 0 ? `largest difference ${worst}` : misses.slice(0, 4).join('; '),
    agree: checked > 0 && misses.length === 0,
  });
  return rows;
}

/** Exports, builds, plays and checks the three classes. `parallel` classes play at once. */
export async function checkExports(
  bootstrap: string,
  brokerClasspath: string,
  parallel: number,
): Promise<ExportRow[]> {
  const started = Date.now();
  const classes = exportedClasses();
  const folders = classes.map(exportAndUnpack);
  // One Maven build: every export carries the same player (checked), so the first one's jar plays them all.
  for (const f of folders.slice(1)) {
    const same = spawnSync('diff', ['-r', join(folders[0]!, 'player'), join(f, 'player')]).status === 0;
    if (!same) throw new ToolError(`the exported players differ: ${folders[0]} and ${f}`);
  }
  const build = run('mvn', ['-q', '-B', '-f', join(folders[0]!, 'player', 'pom.xml'), 'package'], 600_000);
  if (build.status !== 0)
    throw new ToolError(
      `mvn package of the exported player failed:\n${(build.stdout + build.stderr).slice(-2000)}`,
    );
  const jar = join(folders[0]!, PLAYER_JAR);
  const tool = kafkaTopicsTool(brokerClasspath);
  console.log(
    `\nexports: 3 classes exported and unpacked, player built with Maven (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );

  const rows: ExportRow[][] = new Array<ExportRow[]>(classes.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < classes.length) {
      const i = next++;
      const cls = classes[i]!;
      const dir = folders[i]!;
      const names = fileNames(cls.name);
      const prefix = `export-${cls.name}-${Date.now().toString(36)}-`;
      // The exported topics script, as a user runs it; the player then finds the topics made.
      const made = spawnSync('bash', [join(dir, names.topics), prefix], {
        cwd: dir,
        env: { ...process.env, BOOTSTRAP: bootstrap, KAFKA_TOPICS: tool },
        encoding: 'utf8',
        timeout: 120_000,
      });
      const facts = join(dir, names.facts);
      if (made.status !== 0) {
        const why = `${made.stdout ?? ''}${made.stderr ?? ''}`.slice(-1500) || String(made.error);
        rows[i] = [
          {
            class: cls.name,
            check: 'the topics script creates the topics',
            predicted: 'created',
            kafka: why,
            agree: false,
          },
        ];
      } else {
        try {
          await runPlayer(
            [
              '-jar',
              jar,
              'class',
              join(dir, names.scenario),
              join(dir, names.commands),
              bootstrap,
              facts,
              String(cls.untilMs),
              prefix,
            ],
            cls.untilMs + 90_000,
            join(dir, 'player.log'),
          );
          const p = JSON.parse(readFileSync(join(dir, names.predictionsJson), 'utf8')) as PredictionsFile;
          rows[i] = checkPredictions(cls.name, p, readFacts(facts));
        } catch (e) {
          rows[i] = [
            {
              class: cls.name,
              check: 'the exported player plays on Kafka',
              predicted: 'played',
              kafka: String(e),
              agree: false,
            },
          ];
        }
      }
      console.log(`\nexport ${cls.name}: ${cls.title} (${(cls.untilMs / 1000).toFixed(0)} s class)`);
      for (const r of rows[i]!) {
        console.log(`  ${r.agree ? 'holds   ' : 'MISSED  '} ${r.check}`);
        if (!r.agree) console.log(`           predicted: ${r.predicted}\n           kafka:     ${r.kafka}`);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, parallel) }, worker));
  return rows.flat();
}
