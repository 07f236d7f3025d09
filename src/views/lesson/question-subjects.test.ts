import { describe, expect, it } from 'vitest';
import { COURSE } from '../../lessons/course';
import { layoutStage } from '../../viz/stage-layout';
import { structure } from '../../../test/viz/fixtures';
import { keepClearBoxes, questionTopics, questionWords, wordsOf } from './question-subjects';

// Two machines: translators (pablo, marta) read notes and write topic1, which spanish (lucia) reads.
const base = structure(
  [4, 2],
  [
    ['translators', 2, 'notes', 'topic1'],
    ['spanish', 1, 'topic1'],
  ],
);
const names: Record<string, string[]> = { translators: ['pablo', 'marta'], spanish: ['lucia'] };
const layout = layoutStage(
  { ...base, groups: base.groups.map((g) => ({ ...g, members: names[g.id]!, memberIds: names[g.id]! })) },
  { widthPx: 1280, heightPx: 560 },
);

describe('questionTopics', () => {
  it('speaks of no shelf unless the question does', () => {
    expect(questionTopics(wordsOf('Four students, how many read?'), [], layout)).toEqual([]);
  });

  it('takes the machines the spotlight shows or its groups read', () => {
    const words = wordsOf('Will they both read every shelf?');
    expect(questionTopics(words, [{ kind: 'group', group: 'translators' }], layout)).toEqual(['notes']);
    expect(questionTopics(words, [{ kind: 'member', group: 'spanish', member: 'lucia' }], layout)).toEqual([
      'topic1',
    ]);
    expect(questionTopics(words, [{ kind: 'partition', topic: 'topic1', partition: 1 }], layout)).toEqual([
      'topic1',
    ]);
  });

  it('adds what the students it names read, and falls back on every machine', () => {
    const named = wordsOf('Does lucia read the notes twice?');
    expect(questionTopics(named, [{ kind: 'group', group: 'translators' }], layout).sort()).toEqual([
      'notes',
      'topic1',
    ]);
    expect(questionTopics(wordsOf('Qué apuntes leerá?'), [], layout).sort()).toEqual(['notes', 'topic1']);
  });
});

describe('keepClearBoxes', () => {
  it('holds the named characters and every shelf of the machines asked about', () => {
    const words = wordsOf('Will marta and the teacher read every shelf?');
    const boxes = keepClearBoxes(layout, words, [{ kind: 'group', group: 'translators' }], words);
    // The teacher, marta's desk, and the four shelves of notes.
    expect(boxes).toHaveLength(1 + 1 + 4);
    const notes = layout.machines.find((m) => m.topic === 'notes')!;
    for (const shelf of notes.shelves)
      expect(boxes.some((b) => b.x <= shelf.row.x && b.x + b.w >= shelf.row.x + shelf.row.w)).toBe(true);
  });

  it('finds shelves in every question of the course that speaks of notes or shelves', () => {
    // The course's questions all ask about notes, pages or shelves but one (how many of five students read).
    const asked = COURSE.flatMap((l) => l.steps.flatMap((s) => (s.question ? [s.question] : [])));
    const aboutShelves = asked.filter((q) => questionTopics(questionWords(q), [], layout).length > 0);
    expect(aboutShelves.length).toBeGreaterThanOrEqual(asked.length - 1);
  });
});
