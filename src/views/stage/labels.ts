import type { GroupStateName, MemberActivity } from '../../engine';
import { formatCount, formatDecimal } from '../../shared/format-number';
import type { Lang, Voice } from '../../shared/lang';
import type { Words } from '../../store/simulator-store';
import { word } from '../words';

/**
 * The stage's own phrases in both vocabularies and both languages. Single terms come from the shared
 * glossary (words.ts); what is here are sentences and states the glossary has no row for. Keep the
 * columns roughly the same length: the layout reserves room for the longer one so switching words or
 * language never moves anything. Spanish states use forms that fit any student ("durmiendo", not
 * "dormido/dormida").
 */

export function countLabel(voice: Voice, n: number): string {
  return formatCount(voice.lang, n);
}

type Table<K extends string> = Record<K, Record<Lang, Record<Words, string>>>;

const ACTIVITY: Table<MemberActivity> = {
  processing: {
    en: { classroom: 'reading', kafka: 'processing' },
    es: { classroom: 'leyendo', kafka: 'procesando' },
  },
  // A rebalance is on and she finishes the records in hand before rejoining (the eager rebalance waits for
  // her). A desk too narrow for the whole phrase shows the part before the comma.
  finishing: {
    en: {
      classroom: 'finishing notes in hand, then rejoining',
      kafka: 'finishing its batch, then rejoining',
    },
    es: {
      classroom: 'terminando sus apuntes, luego vuelve',
      kafka: 'terminando su lote, luego vuelve a unirse',
    },
  },
  waiting: {
    en: { classroom: 'caught up', kafka: 'caught up' },
    es: { classroom: 'al día', kafka: 'al día' },
  },
  rebalancing: {
    en: { classroom: 'waiting', kafka: 'rebalancing' },
    es: { classroom: 'esperando', kafka: 'rebalanceando' },
  },
  idle: {
    en: { classroom: 'no shelf', kafka: 'idle, no partitions' },
    es: { classroom: 'sin estante', kafka: 'inactivo, sin particiones' },
  },
  asleep: {
    en: { classroom: 'asleep', kafka: 'asleep' },
    es: { classroom: 'durmiendo', kafka: 'durmiendo' },
  },
  crashed: {
    en: { classroom: 'collapsed', kafka: 'crashed, no heartbeats' },
    es: { classroom: 'se desmayó', kafka: 'caído, sin heartbeats' },
  },
  out: {
    en: { classroom: 'left the group', kafka: 'left the group' },
    es: { classroom: 'dejó el grupo', kafka: 'salió del grupo' },
  },
};

export function activityLabel(voice: Voice, activity: MemberActivity): string {
  return ACTIVITY[activity][voice.lang][voice.words];
}

const GROUP_STATE: Record<Lang, Record<GroupStateName, string>> = {
  en: {
    Stable: 'seated',
    PreparingRebalance: 'sharing out shelves',
    CompletingRebalance: 'sharing out shelves',
    Empty: 'nobody here',
  },
  es: {
    Stable: 'sentados',
    PreparingRebalance: 'repartiendo estantes',
    CompletingRebalance: 'repartiendo estantes',
    Empty: 'no hay nadie',
  },
};

/** In Kafka words the state keeps Kafka's own name (what the tools print), whatever the language. */
export function groupStateLabel(voice: Voice, state: GroupStateName, generation: number): string {
  if (voice.words === 'kafka') return `${state} · ${word(voice, 'generation')} ${generation}`;
  return GROUP_STATE[voice.lang][state];
}

export function shelfName(voice: Voice, topic: string, partition: number): string {
  return voice.words === 'kafka' ? `${topic}-${partition}` : `${word(voice, 'partition')} ${partition}`;
}

/** The committed offset of a partition for the group, or null before its first commit. */
export type CommittedOf = (topic: string, partition: number) => number | null;

const NONE: Record<Lang, Record<Words, string>> = {
  en: { classroom: 'no shelf', kafka: 'none' },
  es: { classroom: 'sin estante', kafka: 'ninguna' },
};
const SHELVES: Record<Lang, [string, string]> = { en: ['shelf', 'shelves'], es: ['estante', 'estantes'] };

/**
 * One item of a group's caption: "ana: shelves 0, 1", or in Kafka words with each partition's committed
 * offset, "ana: notes-0 @17, notes-1 @12" (the CURRENT-OFFSET column of kafka-consumer-groups.sh).
 * `short` drops the words for narrow boxes: "ana: 0, 1" and "ana: 0 @17, 1 @12".
 */
export function assignmentItem(
  voice: Voice,
  member: string,
  assignment: readonly [string, number][],
  committedOf: CommittedOf = () => null,
  short = false,
): string {
  if (assignment.length === 0) return `${member}: ${NONE[voice.lang][voice.words]}`;
  if (voice.words === 'kafka') {
    const parts = assignment.map(([t, p]) => {
      const c = committedOf(t, p);
      return `${short ? p : `${t}-${p}`}${c === null ? '' : ` @${countLabel(voice, c)}`}`;
    });
    return `${member}: ${parts.join(', ')}`;
  }
  const nums = assignment.map(([, p]) => p).join(', ');
  if (short) return `${member}: ${nums}`;
  return `${member}: ${SHELVES[voice.lang][assignment.length === 1 ? 0 : 1]} ${nums}`;
}

export function shelvesLine(voice: Voice, assignment: readonly [string, number][]): string {
  if (assignment.length === 0)
    return voice.words === 'kafka'
      ? voice.lang === 'es'
        ? 'sin particiones'
        : 'no partitions'
      : NONE[voice.lang].classroom;
  return voice.words === 'kafka'
    ? assignment.map(([t, p]) => `${t}-${p}`).join(', ')
    : assignmentItem(voice, '', assignment).slice(2);
}

/**
 * Shorter tellings of shelvesLine for a narrow desk, longest first: each topic named once with its
 * partitions ("notes 0, 1, 2, 3"), then the numbers alone (the shelves' badges show them).
 */
export function shelvesLineShort(voice: Voice, assignment: readonly [string, number][]): string[] {
  if (assignment.length === 0) return [shelvesLine(voice, assignment)];
  const topics = [...new Set(assignment.map(([t]) => t))];
  const byTopic = topics
    .map(
      (t) =>
        `${t} ${assignment
          .filter(([x]) => x === t)
          .map(([, p]) => p)
          .join(', ')}`,
    )
    .join(' · ');
  const nums = assignment.map(([, p]) => p).join(', ');
  return voice.words === 'kafka' ? [byTopic, nums] : [nums];
}

/**
 * "2 behind", "lag 2". A negative lag (a committed offset past the log end after a truncation, until the
 * next commit) is printed as Kafka's tools print it in Kafka's words, "lag -12", and said in the classroom's
 * as what it is: the bookmark stands that many notes past the end of the shelf.
 */
export function lagLabel(voice: Voice, lag: number): string {
  const n = countLabel(voice, lag);
  if (voice.words === 'kafka') return `lag ${n}`;
  if (lag < 0) return pastTheEnd(voice, countLabel(voice, -lag));
  return voice.lang === 'es' ? `${n} de retraso` : `${n} behind`;
}

/** A bookmark `n` notes past the shelf's end: "12 past the end", "12 tras el final". */
export function pastTheEnd(voice: Voice, n: string): string {
  return voice.lang === 'es' ? `${n} tras el final` : `${n} past the end`;
}

export function processedLabel(voice: Voice, processed: number): string {
  const n = countLabel(voice, processed);
  if (voice.lang === 'es') return voice.words === 'kafka' ? `${n} procesados` : `${n} leídos`;
  return voice.words === 'kafka' ? `${n} processed` : `${n} read`;
}

export function rateLabel(voice: Voice, perSec: number): string {
  return `${formatDecimal(voice.lang, perSec, 2)} ${word(voice, perSec === 1 ? 'record' : 'records')}/s`;
}

/**
 * A student's accessible name: who she is and what she is doing, "ana, asleep"; "consumer ana, asleep". It
 * holds no figure that moves with every note, so a screen reader does not announce the desk anew each time
 * (her backlog is its description: memberLag).
 */
export function memberName(voice: Voice, member: string, activity: MemberActivity): string {
  const status = activityLabel(voice, activity);
  return voice.words === 'kafka' ? `${word(voice, 'member')} ${member}, ${status}` : `${member}, ${status}`;
}

export function earlierLabel(voice: Voice, hidden: number): string {
  const n = countLabel(voice, hidden);
  const notes = word(voice, hidden === 1 ? 'record' : 'records');
  if (voice.lang === 'es') return `${n} ${notes} ${hidden === 1 ? 'anterior' : 'anteriores'}`;
  return `${n} earlier ${notes}`;
}

export function logStartLabel(voice: Voice, logStart: number): string {
  const n = countLabel(voice, logStart);
  if (voice.lang === 'es') return voice.words === 'kafka' ? `log start ${n}` : `primera página ${n}`;
  return voice.words === 'kafka' ? `log start ${n}` : `first ${word(voice, 'offset')} ${n}`;
}

export function logEndLabel(voice: Voice, logEnd: number): string {
  const n = countLabel(voice, logEnd);
  if (voice.lang === 'es') return voice.words === 'kafka' ? `log end ${n}` : `próxima página ${n}`;
  return voice.words === 'kafka' ? `log end ${n}` : `next ${word(voice, 'offset')} ${n}`;
}

/**
 * A stage part's accessible name that holds every text it shows (WCAG 2.5.3, label in name: a speech
 * user says what they see): the spoken name first, then each shown text it does not already say.
 */
export function nameWithText(name: string, shown: readonly string[]): string {
  let out = name;
  // "reading · 3/s" adds only "3/s" to a name that says "reading" already.
  for (const text of shown.flatMap((t) => t.split(' · '))) {
    if (text !== '' && !out.toLowerCase().includes(text.toLowerCase())) out = `${out}, ${text}`;
  }
  return out;
}
