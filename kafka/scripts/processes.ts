/** Small process and port helpers for the Kafka tooling, each bounded in time. */
import { existsSync, readFileSync } from 'node:fs';
import { createConnection, createServer } from 'node:net';

import { ToolError } from './toolchain';

export function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** The process's command line (Linux), to check a pid still belongs to the program we started. */
export function commandLineOf(pid: number): string {
  const file = `/proc/${pid}/cmdline`;
  return existsSync(file) ? readFileSync(file, 'utf8').replace(/\0/g, ' ') : '';
}

export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const server = createServer();
    server.once('error', () => resolve(false));
    server.listen(port, '127.0.0.1', () => server.close(() => resolve(true)));
  });
}

export function canConnect(port: number, timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ port, host: '127.0.0.1' });
    const done = (ok: boolean) => {
      socket.destroy();
      resolve(ok);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
  });
}

/** Polls `ready` every 250 ms until it is true, or throws after `timeoutMs` naming what it waited for. */
export async function waitFor(ready: () => Promise<boolean>, timeoutMs: number, what: string): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await ready())) {
    if (Date.now() > deadline)
      throw new ToolError(`Timed out after ${timeoutMs / 1000} s waiting for ${what}.`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
