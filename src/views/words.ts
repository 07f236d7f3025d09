import type { Lang, Voice } from '../shared/lang';
import type { Words } from '../store/simulator-store';

/**
 * The two vocabularies, in each language. Switching words changes labels only, never positions, so
 * students can map one picture onto the other. Keys are the Kafka concept; values are what the label
 * reads in each mode. Spanish Kafka words keep the terms Spanish-speaking engineers keep (topic, offset,
 * lag, broker) and translate the rest as the Spanish literature does (productor, partición, grupo de
 * consumidores). The classroom "subject" is "asignatura", not "tema", which would read as "topic".
 */
const GLOSSARY = {
  producer: { en: ['teacher', 'producer'], es: ['profesora', 'productor'] },
  topic: { en: ['note-taking machine', 'topic'], es: ['máquina de apuntes', 'topic'] },
  broker: { en: ['school', 'broker'], es: ['escuela', 'broker'] },
  /** With several brokers, each is a note-taking machine in its own room, which keeps a copy of shelves. */
  room: { en: ['room', 'broker'], es: ['sala', 'broker'] },
  partition: { en: ['shelf', 'partition'], es: ['estante', 'partición'] },
  record: { en: ['note', 'record'], es: ['apunte', 'registro'] },
  records: { en: ['notes', 'records'], es: ['apuntes', 'registros'] },
  offset: { en: ['page', 'offset'], es: ['página', 'offset'] },
  committed: { en: ['bookmark', 'committed offset'], es: ['marcapáginas', 'offset confirmado'] },
  position: { en: ['reading at', 'position'], es: ['leyendo en', 'posición'] },
  group: { en: ['study group', 'consumer group'], es: ['grupo de estudio', 'grupo de consumidores'] },
  member: { en: ['student', 'consumer'], es: ['estudiante', 'consumidor'] },
  lag: { en: ['backlog', 'lag'], es: ['retraso', 'lag'] },
  logStart: {
    en: ['oldest kept page', 'log start offset'],
    es: ['primera página guardada', 'log start offset'],
  },
  logEnd: { en: ['next page', 'log end offset'], es: ['próxima página', 'log end offset'] },
  segment: { en: ['bundle of pages', 'segment'], es: ['fajo de páginas', 'segmento'] },
  rebalance: { en: ['sharing out the shelves', 'rebalance'], es: ['reparto de estantes', 'rebalanceo'] },
  generation: { en: ['seating round', 'generation'], es: ['ronda de asientos', 'generación'] },
  outputTopic: { en: ['writes to', 'output topic'], es: ['escribe en', 'topic de salida'] },
  retention: {
    en: ['how long notes are kept', 'retention'],
    es: ['cuánto se guardan los apuntes', 'retención'],
  },
  key: { en: ['subject', 'key'], es: ['asignatura', 'clave'] },
} as const satisfies Record<string, Record<Lang, readonly [string, string]>>;

export type Term = keyof typeof GLOSSARY;

const COLUMN: Record<Words, 0 | 1> = { classroom: 0, kafka: 1 };

export function word(voice: Voice, term: Term): string {
  return GLOSSARY[term][voice.lang][COLUMN[voice.words]];
}
