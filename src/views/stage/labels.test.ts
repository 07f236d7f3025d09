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

const classroom: Voice = { lang: 'en', words: 'classroom' };
const kafka: Voice = { lang: 'en', words: 'kafka' };
const clase: Voice = { lang: 'es', words: 'classroom' };
const kafkaEs: Voice = { lang: 'es', words: 'kafka' };

describe('stage labels', () => {
  it('names a student with her status and backlog in both vocabularies', () => {
    expect(memberName(classroom, 'ana', 'asleep', 40)).toBe('ana, asleep, 40 notes behind');
    expect(memberName(classroom, 'ana', 'processing', 1)).toBe('ana, reading, 1 note behind');
    expect(memberName(kafka, 'ana', 'asleep', 40)).toBe('consumer ana, asleep, lag 40');
    // A bookmark past the end after a truncation: Kafka's negative LAG, the classroom's words for it.
    expect(memberName(kafka, 'ana', 'processing', -12)).toBe('consumer ana, processing, lag -12');
    expect(memberName(classroom, 'ana', 'processing', -12)).toBe(
      'ana, reading, bookmark 12 notes past the end',
    );
    expect(lagLabel(classroom, -12)).toBe('12 past the end');
    expect(lagLabel({ lang: 'es', words: 'classroom' }, -1)).toBe('1 tras el final');
    expect(lagLabel(kafka, -12)).toBe('lag -12');
    expect(memberName(classroom, 'ben', 'rebalancing', 0)).toBe('ben, waiting, 0 notes behind');
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
    expect(memberName(clase, 'ana', 'asleep', 40)).toBe('ana, durmiendo, 40 apuntes de retraso');
    expect(memberName(kafkaEs, 'ana', 'asleep', 12345)).toBe('consumidor ana, durmiendo, lag 12.345');
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
