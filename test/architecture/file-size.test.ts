/**
 * One concept per file: files stay mostly under 200 lines and never over 400 (docs/ARCHITECTURE.md). A
 * picture's styles grew stage.css to 505 lines before anyone noticed; this makes the limit a check.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOTS = ['src', 'test', 'e2e', 'bench', 'kafka', 'build'];
const SOURCE = /\.(ts|tsx|css|java|js|cjs|mjs)$/;
const LIMIT = 400;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory())
      return ['node_modules', 'target', 'out'].includes(entry.name) ? [] : sourceFiles(path);
    return SOURCE.test(entry.name) ? [path] : [];
  });
}

describe('file size', () => {
  it(`no source file is over ${LIMIT} lines`, () => {
    const files = ROOTS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(300);
    const over = files
      .map((file) => ({ file, lines: readFileSync(file, 'utf8').split('\n').length }))
      .filter(({ lines }) => lines > LIMIT)
      .map(({ file, lines }) => `${file}: ${lines}`);
    expect(over).toEqual([]);
  });
});
