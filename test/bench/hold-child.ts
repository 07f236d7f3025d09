/**
 * A benchmark in miniature for preview-cleanup.test.ts: starts a long-running child the way startPreview
 * starts its server, prints the child's pid, and waits to be killed.
 */
import { spawnStopped } from '../../bench/browser.ts';

const child = spawnStopped(process.execPath, ['-e', 'setInterval(() => {}, 1000)']);
console.log(child.pid);
// Bounded: it ends by itself after a minute if nobody kills it.
setTimeout(() => process.exit(1), 60_000);
