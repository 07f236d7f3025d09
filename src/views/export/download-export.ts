/**
 * Builds the "Run this on real Kafka" zip and hands it to the browser. Loaded on the first click only
 * (dynamic import): the zip library, the player's sources and the export's texts stay out of first paint.
 */
import type { Scenario } from '../../engine';
import type { LessonPlan } from '../../runtime/lesson-plan';
import {
  classFromActions,
  classFromLessonPlan,
  exportFolder,
  exportRefusal,
  kafkaExportFiles,
  zipKafkaExport,
} from '../../runtime/kafka-export';
import type { Voice } from '../../shared/lang';
import { downloadBlob } from '../../session/download';
import type { ScriptedCommand } from '../../runtime/player';
import { downloadMessages } from './download-messages';
import { PLAYER_SOURCES } from './player-sources';

export { downloadMessages };

/** The class on screen, as the button finds it. */
export interface ExportRequest {
  readonly name: string;
  readonly title: string;
  readonly scenario: Scenario;
  /** A guided lesson's plan (its whole script), or null in free play, the sandbox and a shared class. */
  readonly plan: LessonPlan | null;
  readonly commands: readonly ScriptedCommand[];
  readonly atMs: number;
}

/** Makes the zip and starts its download; returns the file's name. Throws, in the reader's language, for a class it cannot export. */
export function downloadKafkaExport(request: ExportRequest, voice: Voice): string {
  if (exportRefusal(request) !== null) {
    throw new Error(downloadMessages(voice.lang).manyBrokers(request.scenario.brokers ?? 1));
  }
  const cls =
    request.plan !== null
      ? classFromLessonPlan({ ...request, plan: request.plan })
      : classFromActions({ ...request, commands: request.commands });
  const bytes = zipKafkaExport(cls.name, kafkaExportFiles(cls, voice, PLAYER_SOURCES));
  const file = `${exportFolder(cls.name)}.zip`;
  downloadBlob(file, new Blob([bytes as BlobPart], { type: 'application/zip' }));
  return file;
}
