import { describe, expect, it } from 'vitest';
import type { Voice } from '../../shared/lang';
import { copyStateLabel, roomName } from '../stage/replica-messages';
import { brokerName } from './replication-labels';
import { brokerStatusShort, inSyncLabel, roleLabel } from './replication-messages';

const voices: Voice[] = (['en', 'es'] as const).flatMap((lang) =>
  (['classroom', 'kafka'] as const).map((words) => ({ lang, words })),
);

describe("the inspector's words for a copy are the stage's where they mean the same", () => {
  it.each(voices)('%o', (voice) => {
    expect(roleLabel(voice, true)).toBe(copyStateLabel(voice, 'leader'));
    expect(brokerStatusShort(voice, false)).toBe(copyStateLabel(voice, 'down'));
    expect(brokerName(voice, 3)).toBe(roomName(voice, 3));
    if (voice.words === 'classroom') {
      expect(inSyncLabel(voice, true, true)).toBe(copyStateLabel(voice, 'inSync'));
      expect(inSyncLabel(voice, false, true)).toBe(copyStateLabel(voice, 'behind'));
      expect(inSyncLabel(voice, true, false)).toBe(copyStateLabel(voice, 'down'));
      expect(inSyncLabel(voice, false, false)).toBe(copyStateLabel(voice, 'down'));
    }
  });

  it("keeps kafka-ui's words in the ISR column where the stage's pill says ISR on purpose", () => {
    const en: Voice = { lang: 'en', words: 'kafka' };
    const es: Voice = { lang: 'es', words: 'kafka' };
    expect([inSyncLabel(en, true, true), copyStateLabel(en, 'inSync')]).toEqual(['in sync', 'in ISR']);
    expect([inSyncLabel(en, false, true), copyStateLabel(en, 'behind')]).toEqual([
      'out of sync',
      'out of ISR',
    ]);
    // A crashed broker stays in the ISR until the controller fences it (Kafka words say so).
    expect(inSyncLabel(en, true, false)).toBe('in ISR until fenced');
    expect(inSyncLabel(es, false, false)).toBe('fuera de la ISR');
  });
});
