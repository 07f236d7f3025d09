/**
 * "Run this on real Kafka": a class as a zip to play on a real Apache Kafka broker with Kafka's own Java
 * client, beside the simulator's predictions. The app's button and the Kafka suite (`npm run test:kafka`,
 * which unpacks, builds and plays exported classes on a real broker) both make the zip here.
 *
 * The player's sources come in as an argument: the app bundles them from kafka/player (views/export),
 * the suite reads them from disk. Everything else is computed from the class by the engine.
 */
import { strToU8, zipSync, type Zippable } from 'fflate';

import type { Voice } from '../../shared/lang';
import { lagToleranceRecords, type ClassToExport } from './class-to-export';
import { brokerSettings, topicConfigs } from './kafka-configs';
import { predictClass } from './predict-class';
import { predictionsFile, predictionsPage } from './predictions-doc';
import { fileNames, readme, runScript, topicsScript } from './run-files';

export {
  builtInClass,
  classFromActions,
  classFromLessonPlan,
  exportDurationMs,
  lessonClass,
  lagToleranceRecords,
  type ClassToExport,
} from './class-to-export';
export { fileNames, PLAYER_JAR } from './run-files';
export {
  predictClass,
  PREDICTION_CHECKPOINT_MS,
  type ClassPrediction,
  type KeyPlacement,
  type PredictedCheckpoint,
  type PredictedGeneration,
  type PredictedGroupOffsets,
  type TopicPartitionName,
} from './predict-class';
export type { PredictionsFile } from './predictions-doc';

export interface ExportedFile {
  /** Path inside the zip's folder. */
  readonly path: string;
  readonly text: string;
  readonly executable?: boolean;
}

/** The player's sources: path under `player/` (`pom.xml`, `src/main/java/classroom/Player.java`) -> text. */
export type PlayerSources = Readonly<Record<string, string>>;

/** The folder the zip unpacks into, and the zip's own name without `.zip`. */
export const exportFolder = (name: string): string => `${name}-on-kafka`;

/**
 * The zip sets up and plays one Kafka broker (its README starts a single node, its topics script asks for
 * one copy), so a class with several brokers is refused by name rather than exported wrong: its copies,
 * acks, broker stops and elections would not happen there. (The Kafka suite plays replicated classes on a
 * three-broker cluster of its own, kafka/harness/replication-cluster.ts, not through this zip.)
 */
export const EXPORT_MAX_BROKERS = 1;

/** The reason a class cannot be exported, in English (the app says it in the reader's language), or null. */
export function exportRefusal(cls: Pick<ClassToExport, 'scenario'>): string | null {
  const brokers = cls.scenario.brokers ?? 1;
  if (brokers <= EXPORT_MAX_BROKERS) return null;
  return (
    `this class has ${brokers} brokers, and the zip plays on a single Kafka broker, where its replication, ` +
    'acks and broker stops cannot happen as the simulator shows them: set brokers to 1 to export it'
  );
}

export function kafkaExportFiles(cls: ClassToExport, voice: Voice, player: PlayerSources): ExportedFile[] {
  const refused = exportRefusal(cls);
  if (refused !== null) throw new Error(refused);
  const names = fileNames(cls.name);
  const topics = topicConfigs(cls.scenario);
  const broker = brokerSettings(cls.scenario);
  const tolerance = lagToleranceRecords(cls);
  const predictions = predictionsFile(cls, predictClass(cls.scenario, cls.commands, cls.untilMs), tolerance);
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  return [
    { path: 'README.md', text: readme(voice, cls, topics, broker, tolerance) },
    { path: names.topics, text: topicsScript(voice, cls, topics), executable: true },
    { path: names.run, text: runScript(voice, cls), executable: true },
    { path: names.scenario, text: json(cls.scenario) },
    { path: names.commands, text: json(cls.commands) },
    { path: names.predictionsPage, text: predictionsPage(voice, predictions) },
    { path: names.predictionsJson, text: json(predictions) },
    ...Object.entries(player)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, text]) => ({ path: `player/${path}`, text })),
  ];
}

/** Unix mode bits in a zip entry's external attributes (the upper 16 bits), as `unzip` restores them. */
const UNIX_FILE = 0o100644;
const UNIX_EXECUTABLE = 0o100755;
const UNIX_OS = 3;

/** The files as a zip, all under one folder. Dates are fixed, so the same class gives the same bytes. */
export function zipKafkaExport(name: string, files: readonly ExportedFile[]): Uint8Array {
  const folder = exportFolder(name);
  const tree: Zippable = {};
  for (const f of files) {
    const mode = f.executable ? UNIX_EXECUTABLE : UNIX_FILE;
    tree[`${folder}/${f.path}`] = [
      strToU8(f.text),
      { os: UNIX_OS, attrs: mode * 0x10000, mtime: new Date(Date.UTC(2026, 0, 1)) },
    ];
  }
  return zipSync(tree, { level: 6 });
}
