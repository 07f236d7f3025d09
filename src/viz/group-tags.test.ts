import { describe, expect, it } from 'vitest';
import { groupTags } from './group-tags';

describe('group tags', () => {
  it('uses initials when they are unique', () => {
    expect([...groupTags(['english', 'spanish', 'french']).values()]).toEqual(['E', 'S', 'F']);
  });

  it('grows colliding initials and keeps every tag unique', () => {
    const tags = groupTags(['spanish', 'science', 'translators', 'spelling']);
    expect(tags.get('translators')).toBe('T');
    expect(tags.get('spanish')).toBe('Sp');
    expect(tags.get('science')).toBe('Sc');
    expect(new Set(tags.values()).size).toBe(4);
  });
});
