import type { EngineEvent, EngineEventType } from '../../engine';
import type { Words } from '../../store/simulator-store';

/** The events the timeline marks as chapters. */
export const CHAPTER_TYPES: ReadonlySet<EngineEventType> = new Set<EngineEventType>([
  'memberSlept',
  'memberWoke',
  'memberCrashed',
  'rebalanceStarted',
  'segmentsDeleted',
  'memberAdded',
  'memberRemoved',
  'groupAdded',
  'producerRateChanged',
]);

/** What kind of marker a chapter gets: its colour and shape on the timeline. */
export type ChapterKind = 'sleep' | 'wake' | 'trouble' | 'rebalance' | 'deletion' | 'change';

export function chapterKind(type: EngineEventType): ChapterKind {
  switch (type) {
    case 'memberSlept':
      return 'sleep';
    case 'memberWoke':
      return 'wake';
    case 'memberCrashed':
    case 'memberRemoved':
      return 'trouble';
    case 'rebalanceStarted':
      return 'rebalance';
    case 'segmentsDeleted':
      return 'deletion';
    default:
      return 'change';
  }
}

const n = (count: number, one: string, many: string): string => `${count} ${count === 1 ? one : many}`;

/**
 * One line for a chapter marker. The Kafka lines say what the engine's `describeEvent` says (views may not
 * call engine functions); the classroom lines tell the same thing in the story's words.
 */
export function describeChapter(e: EngineEvent, words: Words): string {
  const kafka = words === 'kafka';
  switch (e.type) {
    case 'memberSlept':
      return kafka ? `${e.member} (${e.group}) stopped polling` : `${e.member} fell asleep`;
    case 'memberWoke':
      return kafka ? `${e.member} (${e.group}) resumed` : `${e.member} woke up`;
    case 'memberCrashed':
      return kafka
        ? `${e.member} (${e.group}) crashed: no more heartbeats`
        : `${e.member} collapsed without a word`;
    case 'rebalanceStarted':
      return kafka
        ? `${e.group}: rebalance started (${e.reason})`
        : `${e.group}: sharing out the shelves again (${e.reason})`;
    case 'segmentsDeleted':
      return kafka
        ? `${e.topic}-${e.partition} deleted ${e.segments} segment(s) by ${e.reason}: log start offset ${e.logStartOffset}`
        : `${e.topic} shelf ${e.partition}: ${n(e.segments, 'old binder', 'old binders')} thrown away, oldest kept page ${e.logStartOffset}`;
    case 'memberAdded':
      return kafka ? `consumer ${e.member} started in ${e.group}` : `${e.member} joined ${e.group}`;
    case 'memberRemoved':
      return kafka ? `consumer ${e.member} of ${e.group} shut down` : `${e.member} went home from ${e.group}`;
    case 'groupAdded':
      return kafka ? `consumer group ${e.group} created` : `study group ${e.group} started`;
    case 'producerRateChanged':
      return kafka
        ? `producer ${e.producer} now sends ${e.recordsPerSec} records/s`
        : `${e.producer} now says ${n(e.recordsPerSec, 'note', 'notes')} a second`;
    default:
      return e.type;
  }
}
