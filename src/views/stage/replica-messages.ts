import { formatCount } from '../../shared/format-number';
import { catalogue, type Voice } from '../../shared/lang';
import type { CopyState, CopyView, ShelfState } from '../../viz/replicas';
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
      catchingUp: { classroom: 'catching up', kafka: 'catching up' },
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
    /** An out-of-step copy's accessible text: "room 2, behind, next page 14". */
    copyName: (room: string, state: string, end: string) => `${room}, ${state}, ${end}`,
    /** Before a shelf's copies in its accessible name: "copies: room 1, original, next page 18; ...". */
    copiesLead: { classroom: 'copies', kafka: 'replicas' },
  },
  es: {
    copyState: {
      leader: { classroom: 'original', kafka: 'líder' },
      inSync: { classroom: 'copiando', kafka: 'en ISR' },
      behind: { classroom: 'atrasada', kafka: 'fuera del ISR' },
      down: { classroom: 'rota', kafka: 'caído' },
      catchingUp: { classroom: 'poniéndose al día', kafka: 'poniéndose al día' },
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
    copiesLead: { classroom: 'copias', kafka: 'réplicas' },
  },
});

/** A copy's room: "room 2", "sala 2", "broker 2". */
export function roomName(voice: Voice, broker: number): string {
  return `${word(voice, 'room')} ${formatCount(voice.lang, broker)}`;
}

/**
 * A shelf's copies as a screen reader hears them after the shelf's name, in the order of its rows:
 * "copies: room 1, original; room 2, copying; room 3, broken, next page 12"; "replicas: broker 1, leader;
 * ...". What the picture says with marks alone (the leader's band, a greyed tape). Only a copy out of step
 * (behind, broken, catching up) says its log end: the original's and the in-sync copies' move with every
 * note, and the name follows the text refresh twice a second, so with them a focused shelf's name would
 * change, and be read out again, on every note (the shelf's own name keeps no live number for that reason).
 */
export function copiesA11yName(voice: Voice, copies: readonly CopyView[]): string {
  const m = replicaMessages(voice.lang);
  const rows = copies.map((c) => {
    const room = roomName(voice, c.broker);
    const state = copyStateLabel(voice, c.state);
    if (c.state === 'leader' || c.state === 'inSync') return `${room}, ${state}`;
    return m.copyName(room, state, `${word(voice, 'logEnd')} ${formatCount(voice.lang, c.logEnd)}`);
  });
  return `${m.copiesLead[voice.words]}: ${rows.join('; ')}`;
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
