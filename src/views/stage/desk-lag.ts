import { formatCount } from '../../shared/format-number';
import type { Lang, Voice } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import { word } from '../words';

/**
 * A desk's backlog, named by what it counts from. The number beside it ("27 read") counts what the student
 * processed, up to her position; the backlog counts from her bookmark (the committed offset), like Kafka's
 * LAG = log end offset - committed offset. Notes read since the bookmark last moved count in both, so the two
 * do not add up to the next page: the roomy desk says "bookmark 3 behind" so a student sees it is the
 * bookmark that is behind, not her reading ("1 sin marcar" in Spanish: not yet under the bookmark). With nothing committed the desk says so, as Kafka's tools print
 * "-" (`ConsumerGroupCommand.printOffsets`: MISSING_COLUMN_VALUE for CURRENT-OFFSET and LAG).
 */

const LONG: Record<Lang, Record<Words, (n: string) => string>> = {
  en: { classroom: (n) => `bookmark ${n} behind`, kafka: (n) => `lag ${n}` },
  // Spanish says "sin marcar" (not yet under the bookmark): "marcapáginas 1 atrás" crowds "11 leídos".
  es: { classroom: (n) => `${n} sin marcar`, kafka: (n) => `lag ${n}` },
};
const SHORT: Record<Lang, Record<Words, (n: string) => string>> = {
  en: { classroom: (n) => `${n} behind`, kafka: (n) => `lag ${n}` },
  es: { classroom: (n) => `retraso ${n}`, kafka: (n) => `lag ${n}` },
};
const NONE: Record<Lang, Record<Words, string>> = {
  en: { classroom: 'no bookmark yet', kafka: 'lag -' },
  es: { classroom: 'sin marcapáginas', kafka: 'lag -' },
};
const NONE_SHORT: Record<Lang, Record<Words, string>> = {
  en: { classroom: 'no bookmark', kafka: 'lag -' },
  es: { classroom: 'sin marcapáginas', kafka: 'lag -' },
};

/**
 * A bookmark past the shelf's end: a truncation (an out-of-date copy took over) cut pages the bookmark had
 * passed, and it stays there until the next one. Kafka's words print the negative LAG as
 * kafka-consumer-groups.sh does (`ConsumerGroupCommand`'s getLag has no floor).
 */
const PAST_LONG: Record<Lang, Record<Words, (n: string, signed: string) => string>> = {
  en: { classroom: (n) => `bookmark ${n} past the end`, kafka: (_, s) => `lag ${s}` },
  es: { classroom: (n) => `marcapáginas ${n} tras el final`, kafka: (_, s) => `lag ${s}` },
};
const PAST_SHORT: Record<Lang, Record<Words, (n: string, signed: string) => string>> = {
  en: { classroom: (n) => `${n} past the end`, kafka: (_, s) => `lag ${s}` },
  es: { classroom: (n) => `${n} tras el final`, kafka: (_, s) => `lag ${s}` },
};

/**
 * A bookmark past the end where the desk has no room for "12 tras el final" beside the name (a compact or
 * the smallest desk): "12 too far", "12 de más", 110-115 px at names' size as "retraso 40" is.
 */
const PAST_TINY: Record<Lang, Record<Words, (n: string, signed: string) => string>> = {
  en: { classroom: (n) => `${n} too far`, kafka: (_, s) => `lag ${s}` },
  es: { classroom: (n) => `${n} de más`, kafka: (_, s) => `lag ${s}` },
};

/** The smallest desks hold about six letters at names' size: "sin marcapáginas" would run out of them. */
const NONE_TINY: Record<Lang, Record<Words, string>> = {
  en: { classroom: 'no bookmark', kafka: 'lag -' },
  es: { classroom: 'sin marcar', kafka: 'lag -' },
};

/** deskLag for the smallest desks: the same, except a backlog not yet counted says so in fewer letters. */
export function deskLagTiny(voice: Voice, lag: number, committed: boolean): string {
  const { lang, words } = voice;
  if (!committed) return NONE_TINY[lang][words];
  if (lag < 0) return PAST_TINY[lang][words](formatCount(lang, -lag), formatCount(lang, lag));
  return deskLag(voice, lag, true, false);
}

/**
 * How a desk draws its backlog: in the lag's red while it grows, grey at zero or before a bookmark, and
 * past the end (a truncation cut pages the bookmark had passed, something a class should notice) in the
 * colour the timeline gives notes thrown away, in italics so it does not rest on colour alone.
 */
export function lagClass(lag: number, committed: boolean): string {
  if (!committed || lag === 0) return 'stage-lag stage-lag--zero tabular';
  return lag < 0 ? 'stage-lag stage-lag--past tabular' : 'stage-lag tabular';
}

/**
 * "bookmark 3 behind" beside the notes read (roomy desks), "3 behind" where the desk shows no count beside
 * it; "no bookmark yet" / "lag -" before the first commit.
 */
export function deskLag(voice: Voice, lag: number, committed: boolean, long: boolean): string {
  const { lang, words } = voice;
  if (!committed) return (long ? NONE : NONE_SHORT)[lang][words];
  if (lag < 0)
    return (long ? PAST_LONG : PAST_SHORT)[lang][words](formatCount(lang, -lag), formatCount(lang, lag));
  return (long ? LONG : SHORT)[lang][words](formatCount(lang, lag));
}

const WHY: Record<Lang, Record<Words, (n: string, notes: string) => string>> = {
  en: {
    classroom: () =>
      'Counted from the bookmark, not from where the student is reading: notes read since the bookmark ' +
      'last moved still count until it moves.',
    kafka: () =>
      'Lag = log end offset - committed offset, as kafka-consumer-groups.sh prints it: records processed ' +
      'since the last commit still count until the next one.',
  },
  es: {
    classroom: () =>
      'Se cuenta desde el marcapáginas, no desde donde va leyendo: los apuntes leídos desde que se movió ' +
      'el marcapáginas siguen contando hasta que se mueva.',
    kafka: () =>
      'Lag = log end offset - offset confirmado, como lo imprime kafka-consumer-groups.sh: los registros ' +
      'procesados desde la última confirmación siguen contando hasta la siguiente.',
  },
};
const WHY_NONE: Record<Lang, Record<Words, (n: string, notes: string) => string>> = {
  en: {
    classroom: (n, notes) =>
      `Nothing bookmarked yet, so there is no backlog to count: Kafka's tools print "-". From where ` +
      `auto.offset.reset starts the group, ${n} ${notes} are still to read.`,
    kafka: (n, notes) =>
      'No committed offset yet: kafka-consumer-groups.sh prints "-" for CURRENT-OFFSET and LAG. From ' +
      `where auto.offset.reset starts the group, ${n} ${notes} are still to read.`,
  },
  es: {
    classroom: (n, notes) =>
      'Aún no hay marcapáginas, así que no hay retraso que contar: las herramientas de Kafka imprimen «-». ' +
      `Desde donde auto.offset.reset hace empezar al grupo, quedan ${n} ${notes} por leer.`,
    kafka: (n, notes) =>
      'Aún no hay offset confirmado: kafka-consumer-groups.sh imprime «-» en CURRENT-OFFSET y LAG. Desde ' +
      `donde auto.offset.reset hace empezar al grupo, quedan ${n} ${notes} por leer.`,
  },
};

const WHY_PAST: Record<Lang, Record<Words, string>> = {
  en: {
    classroom:
      'The bookmark is past the end of the shelf: an out-of-date copy took over and the notes it had ' +
      'passed were thrown away. The backlog is still counted from it, below zero, until the bookmark moves.',
    kafka:
      'The committed offset is past the log end: a truncation removed the records it had passed. ' +
      'kafka-consumer-groups.sh prints LAG = log end offset - committed offset as it is, negative, until ' +
      'the next commit.',
  },
  es: {
    classroom:
      'El marcapáginas está más allá del final del estante: tomó el relevo una copia atrasada y se ' +
      'tiraron los apuntes que había pasado. El retraso se sigue contando desde él, bajo cero, hasta que se mueva.',
    kafka:
      'El offset confirmado está más allá del final del log: un truncado quitó los registros que había ' +
      'pasado. kafka-consumer-groups.sh imprime LAG = log end offset - offset confirmado tal cual, negativo, ' +
      'hasta la siguiente confirmación.',
  },
};

/** The tooltip of a backlog: what it counts from, or why there is none yet (and what the engine's number is). */
export function lagWhy(voice: Voice, lag: number, committed: boolean): string {
  const { lang, words } = voice;
  if (committed && lag < 0) return WHY_PAST[lang][words];
  const notes = word(voice, lag === 1 ? 'record' : 'records');
  return (committed ? WHY : WHY_NONE)[lang][words](formatCount(lang, lag), notes);
}

/**
 * A student's backlog as her desk's accessible description: "40 notes behind", "bookmark 12 notes past
 * the end", "lag 40"; before her first bookmark, what the desk says ("no bookmark yet", "lag -").
 */
export function memberLag(voice: Voice, lag: number, committed: boolean): string {
  if (!committed) return deskLag(voice, lag, false, true);
  const n = formatCount(voice.lang, lag);
  if (voice.words === 'kafka') return `lag ${n}`;
  const notes = word(voice, Math.abs(lag) === 1 ? 'record' : 'records');
  if (lag < 0) {
    const past = formatCount(voice.lang, -lag);
    return voice.lang === 'es'
      ? `marcapáginas ${past} ${notes} tras el final`
      : `bookmark ${past} ${notes} past the end`;
  }
  return voice.lang === 'es' ? `${n} ${notes} de retraso` : `${n} ${notes} behind`;
}
