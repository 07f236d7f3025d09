import { RECORD_SIZE_BYTES, type SettingName, type SettingRow } from '../../runtime/kafka-settings';
import { formatCount } from '../../shared/format-number';
import type { Lang, Voice } from '../../shared/lang';
import { word } from '../words';

/**
 * How a Kafka setting reads in classroom words (a sentence a student can follow) in each language. In Kafka
 * words the setting is its configuration name, the same in every language, as Kafka's tools print it.
 */
const CLASSROOM: Record<SettingName, Record<Lang, string>> = {
  'session.timeout.ms': {
    en: 'A silent student keeps his shelves for',
    es: 'Un estudiante que no da señales conserva sus estantes',
  },
  'heartbeat.interval.ms': {
    en: 'Each student says "still here" every',
    es: 'Cada estudiante dice «sigo aquí» cada',
  },
  'max.poll.interval.ms': {
    en: 'A student who stops asking for notes leaves after',
    es: 'Quien deja de pedir apuntes sale del grupo tras',
  },
  'auto.commit.interval.ms': {
    en: 'The bookmark moves at the next pick-up after',
    es: 'El marcapáginas avanza en la siguiente recogida tras',
  },
  'max.poll.records': { en: 'Notes taken at a time, at most', es: 'Apuntes por recogida, como máximo' },
  'auto.offset.reset': { en: 'Without a bookmark, a student starts', es: 'Sin marcapáginas, se empieza' },
  'partition.assignment.strategy': {
    en: 'Shelves are shared out by',
    es: 'Los estantes se reparten con',
  },
  'group.initial.rebalance.delay.ms': {
    en: 'Before the first sharing-out the group waits',
    es: 'Antes del primer reparto el grupo espera',
  },
  'retention.ms': { en: 'Notes are kept for', es: 'Los apuntes se guardan' },
  'retention.bytes': { en: 'A shelf keeps at most', es: 'Un estante guarda como máximo' },
  'segment.ms': { en: 'A new bundle of pages starts every', es: 'Un fajo nuevo empieza cada' },
  'segment.bytes': { en: 'A bundle of pages holds at most', es: 'Un fajo guarda como máximo' },
  'cleanup.policy': { en: 'Old notes are', es: 'Los apuntes viejos se' },
  'log.retention.check.interval.ms': {
    en: 'The machine looks for old bundles every',
    es: 'La máquina busca fajos viejos cada',
  },
};

/** Kafka's words for values in classroom words; in Kafka words the value is printed as Kafka takes it. */
const CLASSROOM_VALUES: Record<string, Record<Lang, string>> = {
  earliest: { en: 'at the oldest page kept', es: 'por la página más antigua guardada' },
  latest: { en: 'at the next new page', es: 'por la próxima página nueva' },
  delete: { en: 'thrown away', es: 'tiran' },
  compact: { en: 'thinned to the latest per subject', es: 'reducen al último por asignatura' },
  'compact,delete': {
    en: 'thinned, then thrown away',
    es: 'reducen y después se tiran',
  },
};

export function settingLabel(voice: Voice, name: SettingName): string {
  return voice.words === 'kafka' ? name : CLASSROOM[name][voice.lang];
}

const UNITS: readonly [ms: number, en: [string, string], es: [string, string]][] = [
  [86_400_000, ['day', 'days'], ['día', 'días']],
  [3_600_000, ['h', 'h'], ['h', 'h']],
  [60_000, ['min', 'min'], ['min', 'min']],
  [1_000, ['s', 's'], ['s', 's']],
];

/** "6 s", "45 s", "5 min", "7 days" / "7 días", "250 ms": the largest unit the value is a whole number of. */
export function formatDuration(lang: Lang, ms: number): string {
  for (const [size, en, es] of UNITS) {
    if (ms >= size && ms % size === 0) {
      const n = ms / size;
      const [one, many] = lang === 'es' ? es : en;
      return `${formatCount(lang, n)} ${n === 1 ? one : many}`;
    }
  }
  return `${formatCount(lang, ms)} ms`;
}

const NO_LIMIT: Record<Lang, { forever: string; unlimited: string }> = {
  en: { forever: 'forever', unlimited: 'no limit' },
  es: { forever: 'para siempre', unlimited: 'sin límite' },
};

/** "1 GiB", "1 MiB", or "1,000 bytes (10 notes)": the classroom counts every note as 100 bytes. */
export function formatBytes(voice: Voice, bytes: number): string {
  const { lang } = voice;
  if (bytes % 1_073_741_824 === 0) return `${formatCount(lang, bytes / 1_073_741_824)} GiB`;
  if (bytes % 1_048_576 === 0) return `${formatCount(lang, bytes / 1_048_576)} MiB`;
  const notes = Math.floor(bytes / RECORD_SIZE_BYTES);
  return `${formatCount(lang, bytes)} bytes (${formatCount(lang, notes)} ${word(voice, notes === 1 ? 'record' : 'records')})`;
}

/** One value of a setting as the learner reads it: "6 s", "3 notes", "at the oldest page kept", "range". */
export function settingValue(voice: Voice, row: SettingRow, value: number | string): string {
  const { lang } = voice;
  if (typeof value === 'string') {
    const classroom = CLASSROOM_VALUES[value];
    return voice.words === 'classroom' && classroom !== undefined ? classroom[lang] : value;
  }
  if (value === -1) return row.unit === 'ms' ? NO_LIMIT[lang].forever : NO_LIMIT[lang].unlimited;
  switch (row.unit) {
    case 'ms':
      return formatDuration(lang, value);
    case 'bytes':
      return formatBytes(voice, value);
    case 'records':
      return `${formatCount(lang, value)} ${word(voice, value === 1 ? 'record' : 'records')}`;
    case 'word':
      return String(value);
  }
}
