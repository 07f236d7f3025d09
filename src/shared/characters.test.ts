import { describe, expect, it } from 'vitest';
import { pronounOf, shownName, widestName } from './characters';

const ES = { lang: 'es', words: 'classroom' } as const;

describe('characters', () => {
  it('names the teacher, the groups and the subjects in Spanish classroom words, and keeps ids otherwise', () => {
    expect(shownName(ES, 'producer', 'teacher')).toBe('profesora');
    expect(shownName(ES, 'group', 'class')).toBe('clase');
    expect(shownName(ES, 'group', 'translators')).toBe('traductores');
    expect(shownName(ES, 'key', 'history')).toBe('historia');
    expect(shownName({ lang: 'en', words: 'classroom' }, 'group', 'class')).toBe('class');
    // Kafka's words show what Kafka's tools print: the group.id.
    expect(shownName({ lang: 'es', words: 'kafka' }, 'group', 'class')).toBe('class');
    // A name typed in the sandbox, and one that is a property of every object, are shown as typed.
    expect(shownName(ES, 'group', 'mis-amigos')).toBe('mis-amigos');
    expect(shownName(ES, 'key', 'constructor')).toBe('constructor');
    expect(widestName('group', 'dutch')).toBe('neerlandés');
    expect(widestName('group', 'translators')).toBe('translators');
  });

  it('gives each character a pronoun, and "they" to anyone the story does not know', () => {
    expect(pronounOf('teacher')).toBe('she');
    expect(pronounOf('ben')).toBe('he');
    expect(pronounOf('ana')).toBe('she');
    expect(pronounOf('ana2')).toBe('she');
    expect(pronounOf('en-3')).toBe('they');
    expect(pronounOf('toString')).toBe('they');
  });
});
