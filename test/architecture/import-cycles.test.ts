import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCircles, importGraph } from './import-graph';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

describe('import circles', () => {
  it('no module in src/ reaches itself through imports, type-only imports included', () => {
    // import-x/no-cycle skips `import type`; this catches the circles it lets through.
    expect(importCircles(importGraph(SRC))).toEqual([]);
  });

  it('finds a circle made only of type imports', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', ['a.ts']],
    ]);
    expect(importCircles(graph)).toEqual([['a.ts', 'b.ts', 'c.ts']]);
  });

  it('follows type-only imports and folder indexes', () => {
    const graph = importGraph(SRC);
    // lessons/localize.ts imports './es' (a folder's index) and a type-only module.
    expect(graph.get('src/lessons/localize.ts')).toEqual(
      expect.arrayContaining(['src/lessons/es/index.ts', 'src/lessons/lesson-text.ts']),
    );
  });
});
