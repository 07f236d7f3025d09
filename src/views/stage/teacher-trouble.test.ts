import { describe, expect, it } from 'vitest';
import { troubleLabel } from './teacher-trouble';

describe("the teacher's board words agree with their counts", () => {
  it('Spanish says "1 fallido" and "1 perdido", "2 fallidos" and "2 perdidos"', () => {
    const es = { lang: 'es', words: 'classroom' } as const;
    expect(troubleLabel(es, { waiting: 1, failed: 1, lost: 1 })).toBe(', 1 esperando, 1 fallido, 1 perdido');
    expect(troubleLabel(es, { waiting: 0, failed: 2, lost: 3 })).toBe(', 2 fallidos, 3 perdidos');
  });

  it('English words do not change with the count, and a zero count says nothing', () => {
    const en = { lang: 'en', words: 'kafka' } as const;
    expect(troubleLabel(en, { waiting: 0, failed: 1, lost: 0 })).toBe(', 1 failed');
    expect(troubleLabel(en, { waiting: 4, failed: 0, lost: 2 })).toBe(', 4 waiting, 2 lost');
  });
});
