import { describe, expect, it } from 'vitest';
import type { EngineEvent, EngineEventBody } from '../engine';
import type { Voice } from '../shared/lang';
import { describeChapter } from './milestone-text';

const ev = (body: EngineEventBody): EngineEvent => ({ ...body, id: 1, timeMs: 100 }) as EngineEvent;

const EN_CLASS: Voice = { lang: 'en', words: 'classroom' };
const EN_KAFKA: Voice = { lang: 'en', words: 'kafka' };
const ES_CLASS: Voice = { lang: 'es', words: 'classroom' };
const ES_KAFKA: Voice = { lang: 'es', words: 'kafka' };

describe('describeChapter', () => {
  it('tells a chapter in both vocabularies and both languages', () => {
    const slept = ev({ type: 'memberSlept', group: 'class', member: 'ben' });
    expect(describeChapter(EN_CLASS, slept)).toBe('ben fell asleep');
    expect(describeChapter(EN_KAFKA, slept)).toBe('ben (class) stopped polling');
    expect(describeChapter(ES_CLASS, slept)).toBe('ben se durmió');
    expect(describeChapter(ES_KAFKA, slept)).toBe('ben (class) dejó de hacer poll');
  });

  it('translates the engine reasons for a rebalance in Spanish', () => {
    const started = (reason: string) => ev({ type: 'rebalanceStarted', group: 'class', reason });
    expect(describeChapter(EN_KAFKA, started('ana joined'))).toBe('class: rebalance started (ana joined)');
    expect(describeChapter(ES_KAFKA, started('ana joined'))).toBe(
      'class: empieza el rebalanceo (ana se unió)',
    );
    expect(describeChapter(ES_CLASS, started('ana rejoined'))).toBe(
      'clase: se reparten otra vez los estantes (ana volvió a unirse)',
    );
    expect(describeChapter(ES_KAFKA, started('ben left (session.timeout.ms)'))).toBe(
      'class: empieza el rebalanceo (ben salió (session.timeout.ms))',
    );
    expect(describeChapter(ES_KAFKA, started('ben left (removed)'))).toBe(
      'class: empieza el rebalanceo (ben se fue)',
    );
    expect(describeChapter(ES_KAFKA, started('something else'))).toBe(
      'class: empieza el rebalanceo (something else)',
    );
  });

  it('writes Spanish numbers the Spanish way and keeps the engine numbers in English', () => {
    const deleted = ev({
      type: 'segmentsDeleted',
      topic: 'notes',
      partition: 0,
      reason: 'retention.ms',
      segments: 2,
      fromOffset: 0,
      logStartOffset: 12_345,
    });
    expect(describeChapter(EN_KAFKA, deleted)).toBe(
      'notes-0 deleted 2 segment(s) by retention.ms: log start offset 12345',
    );
    expect(describeChapter(EN_CLASS, deleted)).toBe(
      'notes shelf 0: 2 old binders thrown away, oldest kept page 12345',
    );
    expect(describeChapter(ES_KAFKA, deleted)).toBe(
      'notes-0 borró 2 segmentos por retention.ms: log start offset 12.345',
    );
    expect(describeChapter(ES_CLASS, deleted)).toBe(
      'notes, estante 0: se tiraron 2 fajos viejos; primera página guardada 12.345',
    );
    const rate = ev({ type: 'producerRateChanged', producer: 'teacher', recordsPerSec: 2.5 });
    expect(describeChapter(EN_CLASS, rate)).toBe('teacher now says 2.5 notes a second');
    expect(describeChapter(ES_CLASS, rate)).toBe('la profesora ahora dice 2,5 apuntes por segundo');
    expect(describeChapter(ES_KAFKA, rate)).toBe('el productor teacher ahora envía 2,5 registros/s');
  });

  it('has a Spanish line for every chapter kind', () => {
    const bodies: EngineEventBody[] = [
      { type: 'memberWoke', group: 'class', member: 'ben', restarted: false, memberId: 'ben-1' },
      { type: 'memberCrashed', group: 'class', member: 'ben', memberId: 'ben-1' },
      { type: 'memberAdded', group: 'class', member: 'eva' },
      { type: 'memberRemoved', group: 'class', member: 'eva', skipped: 0 },
      { type: 'groupAdded', group: 'french' },
    ];
    expect(bodies.map((b) => describeChapter(ES_CLASS, ev(b)))).toEqual([
      'ben se despertó',
      'ben se desplomó sin decir palabra',
      'eva se unió al grupo clase',
      'eva dejó el grupo clase y se fue a casa',
      'empezó el grupo de estudio francés',
    ]);
    expect(bodies.map((b) => describeChapter(ES_KAFKA, ev(b)))).toEqual([
      'ben (class) volvió a hacer poll',
      'ben (class) se cayó: ya no envía heartbeats',
      'consumidor eva iniciado en class',
      'consumidor eva de class detenido',
      'grupo de consumidores french creado',
    ]);
  });
});
