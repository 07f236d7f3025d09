import type { EngineEvent, EngineEventType } from '../engine';
import { shownName } from '../shared/characters';
import { formatCount, formatDecimal } from '../shared/format-number';
import type { Voice } from '../shared/lang';

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
 * One line for a chapter marker, in the voice on screen. The Kafka lines say what the engine's
 * `describeEvent` says (views may not call engine functions); the classroom lines tell the same thing in
 * the story's words. English keeps the engine's plain numbers; Spanish writes them as Spanish does.
 */
export function describeChapter(voice: Voice, e: EngineEvent): string {
  return voice.lang === 'es'
    ? describeEs(e, voice.words === 'kafka')
    : describeEn(e, voice.words === 'kafka');
}

function describeEn(e: EngineEvent, kafka: boolean): string {
  switch (e.type) {
    case 'memberSlept':
      return kafka ? `${e.member} (${e.group}) stopped polling` : `${e.member} fell asleep`;
    case 'memberWoke':
      if (e.restarted) {
        return kafka
          ? `${e.member} (${e.group}) restarted: a new member, ${e.memberId}`
          : `${e.member} came round and joins again as a newcomer`;
      }
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
    case 'memberRemoved': {
      const left =
        e.skipped === 0
          ? ''
          : kafka
            ? `, committing past ${n(e.skipped, 'unprocessed record', 'unprocessed records')}`
            : `; the bookmark went past ${n(e.skipped, 'note in hand', 'notes in hand')}, never read`;
      return (
        (kafka ? `consumer ${e.member} of ${e.group} shut down` : `${e.member} went home from ${e.group}`) +
        left
      );
    }
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

/** Why a Spanish-speaking class sees a rebalance: the engine's "ana joined", "ana left (reason)". */
const LEFT_ES: Readonly<Record<string, string>> = {
  removed: 'se fue',
  'rebalance timeout': 'salió (se acabó el tiempo del rebalanceo)',
};

function reasonEs(reason: string): string {
  const found = /^(\S+) (joined|rejoined|left \((.+)\))$/.exec(reason);
  if (!found) return reason;
  const [, member, what, why = ''] = found;
  if (what === 'joined') return `${member} se unió`;
  if (what === 'rejoined') return `${member} volvió a unirse`;
  return `${member} ${LEFT_ES[why] ?? `salió (${why})`}`;
}

function describeEs(e: EngineEvent, kafka: boolean): string {
  const count = (v: number) => formatCount('es', v);
  // The names a Spanish class sees ("clase", "profesora"); in Kafka's words, the ids.
  const voice = { lang: 'es', words: kafka ? 'kafka' : 'classroom' } as const;
  const group = 'group' in e ? shownName(voice, 'group', e.group) : '';
  switch (e.type) {
    case 'memberSlept':
      return kafka ? `${e.member} (${group}) dejó de hacer poll` : `${e.member} se durmió`;
    case 'memberWoke':
      if (e.restarted) {
        return kafka
          ? `${e.member} (${group}) se reinició: un miembro nuevo, ${e.memberId}`
          : `${e.member} volvió en sí y vuelve a unirse como alguien nuevo`;
      }
      return kafka ? `${e.member} (${group}) volvió a hacer poll` : `${e.member} se despertó`;
    case 'memberCrashed':
      return kafka
        ? `${e.member} (${group}) se cayó: ya no envía heartbeats`
        : `${e.member} se desplomó sin decir palabra`;
    case 'rebalanceStarted':
      return kafka
        ? `${group}: empieza el rebalanceo (${reasonEs(e.reason)})`
        : `${group}: se reparten otra vez los estantes (${reasonEs(e.reason)})`;
    case 'segmentsDeleted':
      return kafka
        ? `${e.topic}-${e.partition} borró ${n(e.segments, 'segmento', 'segmentos')} por ${e.reason}: log start offset ${count(e.logStartOffset)}`
        : `${e.topic}, estante ${e.partition}: ${e.segments === 1 ? 'se tiró 1 fajo viejo' : `se tiraron ${e.segments} fajos viejos`}; primera página guardada ${count(e.logStartOffset)}`;
    case 'memberAdded':
      return kafka ? `consumidor ${e.member} iniciado en ${group}` : `${e.member} se unió al grupo ${group}`;
    case 'memberRemoved': {
      const left =
        e.skipped === 0
          ? ''
          : kafka
            ? `, con commit pasado ${n(e.skipped, 'registro sin procesar', 'registros sin procesar')}`
            : `; el marcapáginas pasó ${n(e.skipped, 'apunte que tenía en las manos', 'apuntes que tenía en las manos')}, sin leer`;
      return (
        (kafka
          ? `consumidor ${e.member} de ${group} detenido`
          : `${e.member} dejó el grupo ${group} y se fue a casa`) + left
      );
    }
    case 'groupAdded':
      return kafka ? `grupo de consumidores ${group} creado` : `empezó el grupo de estudio ${group}`;
    case 'producerRateChanged': {
      const rate = formatDecimal('es', e.recordsPerSec, 2);
      // A translated producer is the teacher: "la profesora".
      const producer = shownName(voice, 'producer', e.producer);
      return kafka
        ? `el productor ${producer} ahora envía ${rate} registros/s`
        : `${producer === e.producer ? producer : `la ${producer}`} ahora dice ${rate} ${e.recordsPerSec === 1 ? 'apunte' : 'apuntes'} por segundo`;
    }
    default:
      return e.type;
  }
}
