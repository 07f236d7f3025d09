import { formatCount } from '../../shared/format-number';
import { catalogue, type Voice } from '../../shared/lang';
import type { CopyState, ShelfState } from '../../viz/replicas';
import { word } from '../words';

/**
 * The stage's words for replication (several brokers): each broker a note-taking machine in its own room,
 * keeping a copy of shelves; the leader's copy is the original the teacher writes on. Kafka's words keep
 * Kafka's names (leader, ISR, high watermark) in both languages, as the tools print them. The layout
 * reserves room for the longest of each (replica-layout.test.ts checks they fit).
 */
export const replicaMessages = catalogue({
  en: {
    copyState: {
      leader: { classroom: 'original', kafka: 'leader' },
      inSync: { classroom: 'copying', kafka: 'in ISR' },
      behind: { classroom: 'behind', kafka: 'out of ISR' },
      down: { classroom: 'broken', kafka: 'down' },
    },
    shelfState: {
      ok: { classroom: '', kafka: '' },
      offline: { classroom: 'no copy can take over', kafka: 'offline: no leader' },
      leaderDown: { classroom: 'original broken: nobody can read', kafka: 'leader down: unreachable' },
    },
    highWatermark: { classroom: 'readable up to', kafka: 'high watermark' },
    waiting: { classroom: 'waiting', kafka: 'waiting' },
    failed: { classroom: 'failed', kafka: 'failed' },
    lost: { classroom: 'lost', kafka: 'lost' },
    failedOne: { classroom: 'failed', kafka: 'failed' },
    lostOne: { classroom: 'lost', kafka: 'lost' },
    /** A copy row's accessible text: "room 2, behind, next page 14". */
    copyName: (room: string, state: string, end: string) => `${room}, ${state}, ${end}`,
  },
  es: {
    copyState: {
      leader: { classroom: 'original', kafka: 'líder' },
      inSync: { classroom: 'copiando', kafka: 'en ISR' },
      behind: { classroom: 'atrasada', kafka: 'fuera del ISR' },
      down: { classroom: 'rota', kafka: 'caído' },
    },
    shelfState: {
      ok: { classroom: '', kafka: '' },
      offline: { classroom: 'ninguna copia puede seguir', kafka: 'offline: sin líder' },
      leaderDown: { classroom: 'original rota: nadie puede leer', kafka: 'líder caído: inalcanzable' },
    },
    highWatermark: { classroom: 'se lee hasta', kafka: 'high watermark' },
    waiting: { classroom: 'esperando', kafka: 'esperando' },
    failed: { classroom: 'fallidos', kafka: 'fallidos' },
    lost: { classroom: 'perdidos', kafka: 'perdidos' },
    // Spanish agrees in number: "1 fallido", "2 fallidos" ("esperando" does not change).
    failedOne: { classroom: 'fallido', kafka: 'fallido' },
    lostOne: { classroom: 'perdido', kafka: 'perdido' },
    copyName: (room: string, state: string, end: string) => `${room}, ${state}, ${end}`,
  },
});

/** A copy's room: "room 2", "sala 2", "broker 2". */
export function roomName(voice: Voice, broker: number): string {
  return `${word(voice, 'room')} ${formatCount(voice.lang, broker)}`;
}

export function copyStateLabel(voice: Voice, state: CopyState): string {
  return replicaMessages(voice.lang).copyState[state][voice.words];
}

/** What a shelf without a working leader says over its notes ('' when it works). */
export function shelfStateLabel(voice: Voice, state: ShelfState): string {
  return replicaMessages(voice.lang).shelfState[state][voice.words];
}

/** The words before the high watermark's number: "readable up to" 15; "high watermark" 15. */
export function highWatermarkWords(voice: Voice): string {
  return replicaMessages(voice.lang).highWatermark[voice.words];
}

/** The teacher's board while records wait or were lost: "waiting", "failed", "lost", agreeing with their counts. */
export function producerTroubleWords(
  voice: Voice,
  counts: { failed: number; lost: number },
): { waiting: string; failed: string; lost: string } {
  const m = replicaMessages(voice.lang);
  return {
    waiting: m.waiting[voice.words],
    failed: (counts.failed === 1 ? m.failedOne : m.failed)[voice.words],
    lost: (counts.lost === 1 ? m.lostOne : m.lost)[voice.words],
  };
}
