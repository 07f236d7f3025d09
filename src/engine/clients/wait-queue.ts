import type { WaitQueue } from '../kernel/world';

/** A producer's records waiting for one partition, oldest first (see `WaitQueue`). */
export function newWaitQueue(): WaitQueue {
  return { seq: [], timestamp: [], inLog: [], head: 0 };
}

export function waitSize(q: WaitQueue | null): number {
  return q === null ? 0 : q.seq.length - q.head;
}

export function pushWait(q: WaitQueue, seq: number, timestamp: number, inLog: number): void {
  q.seq.push(seq);
  q.timestamp.push(timestamp);
  q.inLog.push(inLog);
}

/** A new queue: `first` (older records, taken back from the log) ahead of what `q` still holds. */
export function prependWait(q: WaitQueue | null, first: WaitQueue): WaitQueue {
  if (q !== null) {
    for (let i = q.head; i < q.seq.length; i++) pushWait(first, q.seq[i]!, q.timestamp[i]!, q.inLog[i]!);
  }
  return first;
}

/** A copy for a checkpoint: only what is still waiting. */
export function cloneWaitQueue(q: WaitQueue | null): WaitQueue | null {
  if (q === null) return null;
  return {
    seq: q.seq.slice(q.head),
    timestamp: q.timestamp.slice(q.head),
    inLog: q.inLog.slice(q.head),
    head: 0,
  };
}
