import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadedWith } from './import-graph';

const SRC = fileURLToPath(new URL('../../src', import.meta.url));

/** The files among `loaded` under any of these folders of src/. */
const under = (loaded: Set<string>, folders: readonly string[]): string[] =>
  [...loaded].filter((f) => folders.some((folder) => f.startsWith(`src/${folder}/`))).sort();

/** What draws and exports a class: a page that shows none should not load (and evaluate) it. */
const CLASS_VIEWS = [
  'views/stage',
  'views/export',
  'views/inspector',
  'views/charts',
  'views/controls/control-bar',
];

describe('what a page loads before its first picture', () => {
  it("a share link is checked, and refused, without loading the class's stage", () => {
    // SharedRoute answers a refused link itself; the class's page (SharedPage) is an import() of its own.
    const loaded = loadedWith(SRC, 'src/pages/sandbox/shared-route.tsx');
    expect(loaded.has('src/pages/sandbox/shared-error.tsx')).toBe(true);
    expect(loaded.has('src/pages/sandbox/shared-page.tsx')).toBe(false);
    expect(under(loaded, CLASS_VIEWS)).toEqual([]);
  });

  it('finds what a page loads through its imports, and not through import() or import type', () => {
    const loaded = loadedWith(SRC, 'src/app/app.tsx');
    expect(loaded.has('src/pages/home/home-page.tsx')).toBe(true);
    // The play page is a lazy import(); the engine is named there by type only.
    expect(loaded.has('src/pages/play/play-page.tsx')).toBe(false);
    expect(under(loaded, CLASS_VIEWS)).toEqual([]);
  });
});
