import { describe, expect, it } from 'vitest';
import type { Voice } from '../../shared/lang';
import {
  activityLabel,
  assignmentItem,
  earlierLabel,
  lagLabel,
  logEndLabel,
  memberName,
  rateLabel,
  shelvesLine,
  shelvesLineShort,
} from './labels';
import { memberLag } from './desk-lag';

const classroom: Voice = { lang: 'en', words: 'classroom' };
const kafka: Voice = { lang: 'en', words: 'kafka' };
const clase: Voice = { lang: 'es', words: 'classroom' };
const kafkaEs: Voice = { lang: 'es', words: 'kafka' };

describe('stage labels', () => {
  it('names a student by who she is and what she does, her backlog as its description, in both vocabularies', () => {
    expect(memberName(classroom, 'ana', 'asleep')).toBe('ana, asleep');
    expect(memberName(classroom, 'ana', 'processing')).toBe('ana, reading');
    expect(memberName(kafka, 'ana', 'asleep')).toBe('consumer ana, asleep');
    expect(memberLag(classroom, 40, true)).toBe('40 notes behind');
    expect(memberLag(classroom, 1, true)).toBe('1 note behind');
    expect(memberLag(kafka, 40, true)).toBe('lag 40');
    // A bookmark past the end after a truncation: Kafka's negative LAG, the classroom's words for it.
    expect(memberLag(kafka, -12, true)).toBe('lag -12');
    expect(memberLag(classroom, -12, true)).toBe('bookmark 12 notes past the end');
    expect(lagLabel(classroom, -12)).toBe('12 past the end');
    expect(lagLabel({ lang: 'es', words: 'classroom' }, -1)).toBe('1 tras el final');
    expect(lagLabel(kafka, -12)).toBe('lag -12');
    expect(memberLag(classroom, 0, true)).toBe('0 notes behind');
    // Before her first bookmark there is no backlog to count, as the desk says.
    expect(memberLag(classroom, 7, false)).toBe('no bookmark yet');
    expect(memberLag(kafka, 7, false)).toBe('lag -');
  });

  it('says a member finishes her batch before rejoining, not that she waits, in both languages', () => {
    expect(activityLabel(classroom, 'finishing')).toBe('finishing notes in hand, then rejoining');
    expect(activityLabel(kafka, 'finishing')).toBe('finishing its batch, then rejoining');
    expect(activityLabel(clase, 'finishing')).toBe('terminando sus apuntes, luego vuelve');
    expect(activityLabel(kafkaEs, 'finishing')).toBe('terminando su lote, luego vuelve a unirse');
    // A narrow desk shows the part before the comma.
    for (const voice of [classroom, kafka, clase, kafkaEs]) {
      expect(activityLabel(voice, 'finishing').split(', ')[0]).toMatch(/^(finishing|terminando) /);
    }
  });

  it("names a desk's partitions in fewer letters when the line is short", () => {
    const four: [string, number][] = [0, 1, 2, 3].map((p) => ['notes', p]);
    expect(shelvesLine(kafka, four)).toBe('notes-0, notes-1, notes-2, notes-3');
    expect(shelvesLineShort(kafka, four)).toEqual(['notes 0, 1, 2, 3', '0, 1, 2, 3']);
    expect(
      shelvesLineShort(kafkaEs, [
        ['notes', 1],
        ['notas', 0],
      ]),
    ).toEqual(['notes 1 · notas 0', '1, 0']);
    expect(shelvesLineShort(clase, four)).toEqual(['0, 1, 2, 3']);
    expect(shelvesLineShort(kafka, [])).toEqual(['no partitions']);
  });

  it('says who reads which shelves', () => {
    const two: [string, number][] = [
      ['notes', 0],
      ['notes', 1],
    ];
    expect(assignmentItem(classroom, 'ana', two)).toBe('ana: shelves 0, 1');
    expect(assignmentItem(classroom, 'ben', [['notes', 2]])).toBe('ben: shelf 2');
    expect(assignmentItem(kafka, 'ana', two)).toBe('ana: notes-0, notes-1');
    expect(assignmentItem(kafka, 'ana', two, (_, p) => (p === 0 ? 1234 : null))).toBe(
      'ana: notes-0 @1,234, notes-1',
    );
    expect(assignmentItem(kafka, 'ana', two, () => 7, true)).toBe('ana: 0 @7, 1 @7');
    expect(assignmentItem(classroom, 'ana', [])).toBe('ana: no shelf');
    expect(shelvesLine(kafka, two)).toBe('notes-0, notes-1');
    expect(shelvesLine(classroom, two)).toBe('shelves 0, 1');
  });

  it('counts notes per second in the right number', () => {
    expect(rateLabel(classroom, 1)).toBe('1 note/s');
    expect(rateLabel(classroom, 1.5)).toBe('1.5 notes/s');
    expect(rateLabel(kafka, 200)).toBe('200 records/s');
  });

  it('speaks Spanish, with Spanish numbers, keeping the names Kafka tools print', () => {
    expect(memberName(clase, 'ana', 'asleep')).toBe('ana, durmiendo');
    expect(memberLag(clase, 40, true)).toBe('40 apuntes de retraso');
    expect(memberLag(clase, -12, true)).toBe('marcapáginas 12 apuntes tras el final');
    expect(memberName(kafkaEs, 'ana', 'asleep')).toBe('consumidor ana, durmiendo');
    expect(memberLag(kafkaEs, 12345, true)).toBe('lag 12.345');
    expect(memberLag(clase, 3, false)).toBe('sin marcapáginas');
    expect(assignmentItem(clase, 'ben', [['notes', 2]])).toBe('ben: estante 2');
    expect(assignmentItem(kafkaEs, 'ana', [['notes', 0]], () => 12345)).toBe('ana: notes-0 @12.345');
    expect(rateLabel(clase, 1.5)).toBe('1,5 apuntes/s');
    expect(lagLabel(clase, 3)).toBe('3 de retraso');
    expect(earlierLabel(clase, 1)).toBe('1 apunte anterior');
    expect(earlierLabel(clase, 12345)).toBe('12.345 apuntes anteriores');
    expect(earlierLabel(classroom, 1)).toBe('1 earlier note');
    expect(logEndLabel(kafkaEs, 40)).toBe('log end 40');
  });
});
