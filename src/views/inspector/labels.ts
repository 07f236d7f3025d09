import type { GroupStateName, MemberActivity } from '../../engine';
import { formatCount, formatDecimal } from '../../shared/format-number';
import type { Lang, Voice } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import type { StatusTone } from './status-line';

type Phrases<K extends string> = Record<K, Record<Lang, Record<Words, string>>>;

const ACTIVITY: Phrases<MemberActivity> = {
  processing: {
    en: { classroom: 'reading', kafka: 'processing records' },
    es: { classroom: 'leyendo', kafka: 'procesando registros' },
  },
  finishing: {
    en: {
      classroom: 'finishing the notes in hand before rejoining',
      kafka: 'finishing its batch before rejoining (the rebalance waits)',
    },
    es: {
      classroom: 'terminando los apuntes que tiene antes de volver al reparto',
      kafka: 'terminando su lote antes de volver a unirse (el rebalanceo espera)',
    },
  },
  waiting: {
    en: { classroom: 'waiting for new notes', kafka: 'polling (nothing new)' },
    es: { classroom: 'esperando apuntes nuevos', kafka: 'haciendo poll (nada nuevo)' },
  },
  rebalancing: {
    en: { classroom: 'waiting while the shelves are shared out', kafka: 'rebalancing' },
    es: { classroom: 'esperando mientras se reparten los estantes', kafka: 'rebalanceando' },
  },
  idle: {
    en: { classroom: 'idle: no shelf to read', kafka: 'idle (no partitions assigned)' },
    es: { classroom: 'sin nada que hacer: no tiene estante', kafka: 'inactivo (sin particiones asignadas)' },
  },
  asleep: {
    en: { classroom: 'asleep', kafka: 'not polling' },
    es: { classroom: 'durmiendo', kafka: 'sin hacer poll' },
  },
  crashed: {
    en: { classroom: 'collapsed: no sign of life', kafka: 'crashed: no heartbeats' },
    es: { classroom: 'se ha desmayado: no da señales de vida', kafka: 'caído: sin heartbeats' },
  },
  out: {
    en: { classroom: 'out of the group', kafka: 'not in the group' },
    es: { classroom: 'fuera del grupo', kafka: 'no está en el grupo' },
  },
};

/** In Kafka words the state keeps Kafka's own name (what the tools print), whatever the language. */
const GROUP_STATE: Record<Lang, Record<GroupStateName, string>> = {
  en: {
    Stable: 'settled: every shelf has a reader',
    PreparingRebalance: 'sharing out the shelves: waiting for everyone',
    CompletingRebalance: 'sharing out the shelves: handing them out',
    Empty: 'empty: nobody is reading',
  },
  es: {
    Stable: 'en orden: cada estante tiene quien lo lea',
    PreparingRebalance: 'repartiendo los estantes: esperando a todos',
    CompletingRebalance: 'repartiendo los estantes: entregándolos',
    Empty: 'vacío: nadie está leyendo',
  },
};

export function activityLabel(voice: Voice, activity: MemberActivity): string {
  return ACTIVITY[activity][voice.lang][voice.words];
}

export function groupStateLabel(voice: Voice, state: GroupStateName): string {
  return voice.words === 'kafka' ? state : GROUP_STATE[voice.lang][state];
}

/** "notes shelf 0" / "estante 0 de notes" in class, "notes-0" in Kafka. */
export function partitionName(voice: Voice, topic: string, partition: number): string {
  if (voice.words === 'kafka') return `${topic}-${partition}`;
  return voice.lang === 'es' ? `estante ${partition} de ${topic}` : `${topic} shelf ${partition}`;
}

/** "Backlog" from "backlog": for headings and table columns. */
export function capitalize(text: string): string {
  return text.length === 0 ? text : `${text[0]!.toUpperCase()}${text.slice(1)}`;
}

/** A table cell's count, or "-" where there is none yet (no commit). */
export function countOrDash(lang: Lang, n: number | null): string {
  return n === null ? '-' : formatCount(lang, n);
}

const SI = ['', 'k', 'M', 'G', 'T'];

/** Bytes with an SI prefix and three significant digits: "950", "12.3k" / "12,3k", "1.5M". */
export function bytesLabel(lang: Lang, bytes: number): string {
  let value = Math.abs(bytes);
  let i = 0;
  while (i < SI.length - 1 && Number(value.toPrecision(3)) >= 1000) {
    value /= 1000;
    i += 1;
  }
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.max(1, value))));
  return `${bytes < 0 ? '-' : ''}${formatDecimal(lang, Number(value.toPrecision(3)), digits)}${SI[i]}`;
}

const ACTIVITY_TONE: Record<MemberActivity, StatusTone> = {
  processing: 'active',
  finishing: 'moving',
  waiting: 'quiet',
  rebalancing: 'moving',
  idle: 'quiet',
  asleep: 'asleep',
  crashed: 'trouble',
  out: 'trouble',
};

const GROUP_TONE: Record<GroupStateName, StatusTone> = {
  Stable: 'active',
  PreparingRebalance: 'moving',
  CompletingRebalance: 'moving',
  Empty: 'quiet',
};

export function activityTone(activity: MemberActivity): StatusTone {
  return ACTIVITY_TONE[activity];
}

export function groupStateTone(state: GroupStateName): StatusTone {
  return GROUP_TONE[state];
}
