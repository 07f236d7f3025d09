import { spawnSync } from 'node:child_process';
import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';

import { defaultPartition, type Scenario } from '../../engine';
import { findScenario } from '../../lessons/scenarios';
import {
  builtInClass,
  classFromActions,
  exportFolder,
  exportRefusal,
  fileNames,
  kafkaExportFiles,
  lessonClass,
  zipKafkaExport,
  type PredictionsFile,
} from '.';

const PLAYER = { 'pom.xml': '<project/>', 'src/main/java/classroom/Player.java': 'class Player {}' };
const EN_KAFKA = { lang: 'en', words: 'kafka' } as const;

const fileOf = (files: ReturnType<typeof kafkaExportFiles>, path: string): string => {
  const f = files.find((x) => x.path === path);
  if (!f) throw new Error(`no ${path} in ${files.map((x) => x.path).join(', ')}`);
  return f.text;
};

describe('the topics script', () => {
  it("creates every topic with its partitions and the configs the class departs from Kafka's defaults with", () => {
    const cls = builtInClass('retention', 'en')!;
    const script = fileOf(kafkaExportFiles(cls, EN_KAFKA, PLAYER), 'create-topics-retention.sh');
    expect(script).toContain('BOOTSTRAP="${BOOTSTRAP:-localhost:9092}"');
    expect(script).toMatch(/--topic "\$\{PREFIX\}"'notes' --partitions 1 --replication-factor 1/);
    expect(script).toContain("--config 'retention.ms=20000'");
    expect(script).toContain("--config 'segment.ms=5000'");
    // Defaults are left out; the retention check is the broker's, not a topic config.
    expect(script).not.toContain('cleanup.policy');
    expect(script).not.toContain('log.retention.check.interval.ms');
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
  });

  it('asks for the smallest segment Kafka 4 accepts, says so, and sets compaction', () => {
    const scenario: Scenario = {
      seed: 1,
      topics: [
        { name: 'prices', partitions: 3, segmentBytes: 2000, cleanupPolicy: 'compact', retentionMs: -1 },
        { name: 'plain', partitions: 2 },
      ],
      producers: [{ id: 'p', topic: 'prices', recordsPerSec: 1, keys: ['a', 'b'] }],
      groups: [],
    };
    const cls = classFromActions({ name: 'mine', title: 'Mine', scenario, commands: [], atMs: 0 });
    const script = fileOf(kafkaExportFiles(cls, EN_KAFKA, PLAYER), 'create-topics-mine.sh');
    expect(script).toContain("--config 'segment.bytes=1048576'");
    expect(script).toContain('segment.bytes=2000, which Kafka 4 refuses');
    expect(script).toContain("--config 'cleanup.policy=compact'");
    expect(script).toContain("--config 'retention.ms=-1'");
    expect(script).toMatch(/'plain' --partitions 2 --replication-factor 1\n/);
    expect(spawnSync('bash', ['-n'], { input: script }).status).toBe(0);
  });
});

describe('the predictions', () => {
  it('of keys-and-order: each subject on its murmur2 partition, the range assignment by name, lag every second', () => {
    const cls = builtInClass('keys-and-order', 'en')!;
    const files = kafkaExportFiles(cls, EN_KAFKA, PLAYER);
    const p = JSON.parse(fileOf(files, 'predictions-keys-and-order.json')) as PredictionsFile;
    const producer = findScenario('keys-and-order')!.scenario.producers[0]!;
    expect(p.placements.map((x) => [x.key, x.partition])).toEqual(
      [...producer.keys!].sort().map((k) => [k, defaultPartition(k, 3)]),
    );
    const members = findScenario('keys-and-order')!.scenario.groups[0]!.members.map((m) => m.id);
    expect(p.generations[0]!.byMember).toEqual(
      Object.fromEntries(members.map((m, i) => [m, [`notes-${i}`]])),
    );
    expect(p.checkpoints).toHaveLength(cls.untilMs / 1000 + 1);
    expect(p.lagToleranceRecords).toBe(4);
    const page = fileOf(files, 'PREDICTIONS-keys-and-order.md');
    for (const k of producer.keys!)
      expect(page).toContain(`| notes | ${k} | ${defaultPartition(k, 3)} | teacher |`);
  });

  it("of a lesson: its whole script, in the reader's language and words", () => {
    const cls = lessonClass('sleepy-student', 'es')!;
    expect(cls.commands.map((c) => c.command.type)).toEqual(['sleep', 'wake']);
    const files = kafkaExportFiles(cls, { lang: 'es', words: 'classroom' }, PLAYER);
    const page = fileOf(files, 'PREDICTIONS-sleepy-student.md');
    expect(page).toContain('# Lo que el simulador predice para «');
    expect(page).toContain('Marcapáginas (offset confirmado) y retraso (lag)');
    const readme = fileOf(files, 'README.md');
    expect(readme).toContain('group.initial.rebalance.delay.ms=1000');
    expect(readme).toContain('partitioner=murmur2_random');
    expect(readme).toContain(
      `java -jar player/target/player-1-jar-with-dependencies.jar class sleepy-student.scenario.json`,
    );
    const kafkaWords = fileOf(kafkaExportFiles(cls, { lang: 'en', words: 'kafka' }, PLAYER), 'README.md');
    expect(kafkaWords).toContain('## 4. Compare with the predictions');
    expect(kafkaWords).not.toContain('shelf');
  });
});

describe('the zip', () => {
  it('holds every file under one folder named after the class, scripts executable', () => {
    const cls = builtInClass('note-taking-machine', 'en')!;
    const files = kafkaExportFiles(cls, EN_KAFKA, PLAYER);
    const zip = zipKafkaExport(cls.name, files);
    const unpacked = unzipSync(zip);
    const folder = exportFolder(cls.name);
    const names = fileNames(cls.name);
    expect(Object.keys(unpacked).sort()).toEqual(
      [
        'README.md',
        names.topics,
        names.run,
        names.scenario,
        names.commands,
        names.predictionsPage,
        names.predictionsJson,
        'player/pom.xml',
        'player/src/main/java/classroom/Player.java',
      ]
        .map((f) => `${folder}/${f}`)
        .sort(),
    );
    expect(JSON.parse(strFromU8(unpacked[`${folder}/${names.scenario}`]!))).toEqual(cls.scenario);
    expect(zipKafkaExport(cls.name, files)).toEqual(zip);
    // The run script's mode survives unzip: the upper 16 bits of the central directory's external attributes.
    const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
    const modes = new Map<string, number>();
    for (let i = 0; i + 46 <= zip.length; i++) {
      if (view.getUint32(i, true) !== 0x02014b50) continue;
      const nameLength = view.getUint16(i + 28, true);
      const name = strFromU8(zip.subarray(i + 46, i + 46 + nameLength));
      modes.set(name, view.getUint32(i + 38, true) >>> 16);
    }
    expect(modes.get(`${folder}/${names.run}`)).toBe(0o100755);
    expect(modes.get(`${folder}/README.md`)).toBe(0o100644);
  });

  it('plays a class for 20 s at least, on to 15 s after its last action, at most ten minutes', () => {
    const scenario = findScenario('sleepy-student')!.scenario;
    const sleep = { type: 'sleep', group: 'class', member: 'ben' } as const;
    const base = { name: 'c', title: 'C', scenario };
    expect(classFromActions({ ...base, commands: [], atMs: 0 }).untilMs).toBe(20_000);
    expect(
      classFromActions({ ...base, commands: [{ timeMs: 12_345, command: sleep }], atMs: 0 }).untilMs,
    ).toBe(28_000);
    expect(classFromActions({ ...base, commands: [], atMs: 3_600_000 }).untilMs).toBe(600_000);
  });
});

describe('a class with several brokers', () => {
  it('is refused by name, not exported for one broker (the zip starts one node and asks for one copy)', () => {
    const base = findScenario('sleepy-student')!.scenario;
    const scenario: Scenario = {
      ...base,
      brokers: 3,
      topics: base.topics.map((t) => ({ ...t, replicationFactor: 3 })),
    };
    const cls = classFromActions({
      name: 'three-rooms',
      title: 'Three rooms',
      scenario,
      commands: [{ timeMs: 5_000, command: { type: 'stopBroker', broker: 1 } }],
      atMs: 10_000,
    });
    expect(exportRefusal(cls)).toMatch(
      /^this class has 3 brokers, and the zip plays on a single Kafka broker/,
    );
    expect(() => kafkaExportFiles(cls, EN_KAFKA, PLAYER)).toThrow(/has 3 brokers/);
    expect(exportRefusal({ scenario: { ...scenario, brokers: 1 } })).toBeNull();
  });
});
