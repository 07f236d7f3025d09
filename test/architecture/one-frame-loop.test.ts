import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const SRC = join(ROOT, 'src');

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sources(path);
    return /\.tsx?$/.test(e.name) && !/\.test\.tsx?$/.test(e.name) ? [path] : [];
  });
}

describe('one frame loop', () => {
  it('only runtime/frame-loop.ts asks for frames, only store/frame-driver.ts starts it, and pages start it with useFrames', () => {
    const files = sources(SRC).map((path) => ({
      file: relative(ROOT, path).split('\\').join('/'),
      text: readFileSync(path, 'utf8'),
    }));
    const calling = (pattern: RegExp): string[] =>
      files.filter((f) => pattern.test(f.text)).map((f) => f.file);
    // Two loops would tick the store twice a frame; a page's own loop would keep running when paused.
    expect(calling(/requestAnimationFrame\(/)).toEqual(['src/runtime/frame-loop.ts']);
    expect(calling(/startFrameLoop\(/)).toEqual(['src/runtime/frame-loop.ts', 'src/store/frame-driver.ts']);
    expect(calling(/driveFrames\(/)).toEqual(['src/store/frame-driver.ts']);
    expect(calling(/useFrames\(store\)/).sort()).toEqual(
      [
        'src/pages/lesson/lesson-page.tsx',
        'src/pages/play/play-page.tsx',
        'src/views/class/class-stage.tsx',
      ].sort(),
    );
  });
});
