import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SCRIPT = fileURLToPath(new URL('./hold-child.ts', import.meta.url));

const alive = (pid: number): boolean => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Runs the miniature benchmark, kills it with `signal` once its child is up; the child's pid. */
async function killedWith(signal: NodeJS.Signals): Promise<{ child: number; code: number | null }> {
  const bench = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const child = await new Promise<number>((resolve, reject) => {
    bench.stdout.once('data', (d: Buffer) => resolve(Number(String(d).trim())));
    bench.once('exit', () => reject(new Error('the benchmark ended before its child started')));
  });
  expect(alive(child)).toBe(true);
  const ended = new Promise<number | null>((resolve) => bench.once('exit', (code) => resolve(code)));
  bench.kill(signal);
  const code = await ended;
  // The child gets its SIGTERM before the benchmark exits; give it a moment to go.
  for (let i = 0; i < 50 && alive(child); i++) await new Promise((r) => setTimeout(r, 100));
  return { child, code };
}

describe('a browser benchmark killed mid-run', () => {
  // It left its vite preview server running, holding the port (bench/profile.ts, issue found at stop 13).
  it.each(['SIGTERM', 'SIGINT'] as const)(
    'stops its preview server on %s',
    async (signal) => {
      const { child, code } = await killedWith(signal);
      expect(alive(child)).toBe(false);
      expect(code).toBe(signal === 'SIGTERM' ? 143 : 130);
    },
    30_000,
  );
});
