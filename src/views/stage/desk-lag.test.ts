import { describe, expect, it } from 'vitest';
import { deskLag, deskLagTiny, lagClass, lagWhy } from './desk-lag';
import { textWidth } from '../../viz/text-width';

const classroom = { lang: 'en', words: 'classroom' } as const;
const kafka = { lang: 'en', words: 'kafka' } as const;
const clase = { lang: 'es', words: 'classroom' } as const;
const kafkaEs = { lang: 'es', words: 'kafka' } as const;

describe('desk backlog', () => {
  it('says the backlog counts from the bookmark beside the notes read, in both vocabularies', () => {
    expect(deskLag(classroom, 3, true, true)).toBe('bookmark 3 behind');
    expect(deskLag(clase, 1234, true, true)).toBe('1234 sin marcar');
    expect(deskLag(kafka, 3, true, true)).toBe('lag 3');
    expect(deskLag(kafkaEs, 12345, true, true)).toBe('lag 12.345');
  });

  it('is shorter where the desk has no count beside it', () => {
    expect(deskLag(classroom, 40, true, false)).toBe('40 behind');
    expect(deskLag(clase, 40, true, false)).toBe('retraso 40');
    expect(deskLag(kafka, 40, true, false)).toBe('lag 40');
  });

  it('prints "-" as Kafka\'s tools do when nothing is committed, and says why', () => {
    expect(deskLag(kafka, 12, false, true)).toBe('lag -');
    expect(deskLag(kafkaEs, 12, false, false)).toBe('lag -');
    expect(deskLag(classroom, 12, false, true)).toBe('no bookmark yet');
    expect(deskLag(clase, 12, false, true)).toBe('sin marcapáginas');
    expect(lagWhy(kafka, 12, false)).toBe(
      'No committed offset yet: kafka-consumer-groups.sh prints "-" for CURRENT-OFFSET and LAG. From ' +
        'where auto.offset.reset starts the group, 12 records are still to read.',
    );
    expect(lagWhy(clase, 1, false)).toMatch(/quedan 1 apunte por leer\.$/);
  });

  it('fits the smallest desks: a short "no bookmark" in every language', () => {
    expect(deskLagTiny(clase, 12, false)).toBe('sin marcar');
    expect(deskLagTiny(classroom, 12, false)).toBe('no bookmark');
    expect(deskLagTiny(kafkaEs, 12, false)).toBe('lag -');
    expect(deskLagTiny(clase, 7, true)).toBe('retraso 7');
    // No longer than the English, which the end-to-end legibility check finds inside the smallest desk.
    const english = textWidth(deskLagTiny(classroom, 0, false), 17, true);
    for (const v of [clase, kafka, kafkaEs])
      expect(textWidth(deskLagTiny(v, 0, false), 17, true)).toBeLessThanOrEqual(english);
  });

  it('says what a backlog counts from', () => {
    expect(lagWhy(classroom, 3, true)).toMatch(
      /^Counted from the bookmark, not from where the student is reading/,
    );
    expect(lagWhy(kafkaEs, 3, true)).toMatch(/^Lag = log end offset - offset confirmado/);
  });

  it("prints a negative lag as Kafka's tools do, and says a bookmark past the shelf's end in the classroom's words", () => {
    // After a truncation a committed offset can sit past the log end until the next commit:
    // ConsumerGroupCommand's getLag (LOG-END-OFFSET - CURRENT-OFFSET) has no floor.
    expect(deskLag(kafka, -12, true, true)).toBe('lag -12');
    expect(deskLag(kafkaEs, -12, true, false)).toBe('lag -12');
    expect(deskLag(classroom, -12, true, true)).toBe('bookmark 12 past the end');
    expect(deskLag(classroom, -12, true, false)).toBe('12 past the end');
    expect(deskLag(clase, -12, true, true)).toBe('marcapáginas 12 tras el final');
    expect(lagWhy(kafka, -12, true)).toMatch(/^The committed offset is past the log end/);
    expect(lagWhy(clase, -12, true)).toMatch(/^El marcapáginas está más allá del final del estante/);
  });

  it('says a bookmark past the end in as few letters as a backlog where the desk is small', () => {
    expect(deskLagTiny(clase, -12, true)).toBe('12 de más');
    expect(deskLagTiny(clase, -1200, true)).toBe('1200 de más');
    expect(deskLagTiny(classroom, -12, true)).toBe('12 too far');
    expect(deskLagTiny(kafkaEs, -12, true)).toBe('lag -12');
    // "12 tras el final" is 160 px at names' size: beside "ana" it left a compact desk's first line
    // (presenting at 1024x768) for 2.4 s. The short form is no wider than a backlog that fits there.
    const fits = textWidth(deskLag(clase, 40, true, false), 20, true);
    for (const v of [classroom, clase, kafka, kafkaEs])
      expect(textWidth(deskLagTiny(v, -12, true), 20, true)).toBeLessThanOrEqual(fits + 6);
    expect(textWidth(deskLag(clase, -12, true, false), 20, true)).toBeGreaterThan(fits + 40);
  });

  it('draws a bookmark past the end apart from a backlog and from zero', () => {
    expect(lagClass(3, true)).toBe('stage-lag tabular');
    expect(lagClass(0, true)).toBe('stage-lag stage-lag--zero tabular');
    expect(lagClass(12, false)).toBe('stage-lag stage-lag--zero tabular');
    // It was grey as zero is; a class must notice it (its colour is the timeline's for notes thrown away).
    expect(lagClass(-12, true)).toBe('stage-lag stage-lag--past tabular');
  });
});
