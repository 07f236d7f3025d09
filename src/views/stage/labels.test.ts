import { describe, expect, it } from 'vitest';
import { assignmentItem, memberName, rateLabel, shelvesLine } from './labels';

describe('stage labels', () => {
  it('names a student with her status and backlog in both vocabularies', () => {
    expect(memberName('classroom', 'ana', 'asleep', 40)).toBe('ana, asleep, 40 notes behind');
    expect(memberName('classroom', 'ana', 'processing', 1)).toBe('ana, reading, 1 note behind');
    expect(memberName('kafka', 'ana', 'asleep', 40)).toBe('consumer ana, asleep, lag 40');
    expect(memberName('classroom', 'ben', 'rebalancing', 0)).toBe('ben, waiting, 0 notes behind');
  });

  it('says who reads which shelves', () => {
    const two: [string, number][] = [
      ['notes', 0],
      ['notes', 1],
    ];
    expect(assignmentItem('classroom', 'ana', two)).toBe('ana: shelves 0, 1');
    expect(assignmentItem('classroom', 'ben', [['notes', 2]])).toBe('ben: shelf 2');
    expect(assignmentItem('kafka', 'ana', two)).toBe('ana: notes-0, notes-1');
    expect(assignmentItem('kafka', 'ana', two, (_, p) => (p === 0 ? 1234 : null))).toBe(
      'ana: notes-0 @1,234, notes-1',
    );
    expect(assignmentItem('kafka', 'ana', two, () => 7, true)).toBe('ana: 0 @7, 1 @7');
    expect(assignmentItem('classroom', 'ana', [])).toBe('ana: no shelf');
    expect(shelvesLine('kafka', two)).toBe('notes-0, notes-1');
    expect(shelvesLine('classroom', two)).toBe('shelves 0, 1');
  });

  it('counts notes per second in the right number', () => {
    expect(rateLabel('classroom', 1)).toBe('1 note/s');
    expect(rateLabel('classroom', 1.5)).toBe('1.5 notes/s');
    expect(rateLabel('kafka', 200)).toBe('200 records/s');
  });
});
