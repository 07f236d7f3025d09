import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { PLAYER_SOURCES } from './player-sources';

const PLAYER_DIR = fileURLToPath(new URL('../../../kafka/player', import.meta.url));

/** The player's sources on disk: pom.xml and every file under src/ (target/ is a build's output). */
function onDisk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'target' ? [] : onDisk(path);
    return [relative(PLAYER_DIR, path)];
  });
}

describe("the player's sources in the export", () => {
  it('are every file of kafka/player, as they are on disk', () => {
    const files = onDisk(PLAYER_DIR).filter((f) => f === 'pom.xml' || f.startsWith('src/'));
    expect(Object.keys(PLAYER_SOURCES).sort()).toEqual(files.sort());
    for (const f of files) expect(PLAYER_SOURCES[f]).toBe(readFileSync(join(PLAYER_DIR, f), 'utf8'));
  });
});
