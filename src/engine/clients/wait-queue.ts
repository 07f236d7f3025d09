import type { WaitQueue } from '../kernel/world';

/**
 * A producer's records waiting for one partition, oldest first (see `WaitQueue`), in batches as Kafka's
 * `RecordAccumulator` keeps them: a record that was sent and refused is a batch of its own (drained, so
 * closed), and records sent while earlier ones wait join the open batch at the tail while it has room
 * (`RecordAccumulator.tryAppend` on the deque's last batch), which cannot leave while a retried batch is
 * ahead of it (`shouldStopDrainBatchesForPartition`). A batch expires whole, `delivery.timeout.ms` after it
 * was created (`ProducerBatch.hasReachedDeliveryTimeout`).
 */
export function newWaitQueue(): WaitQueue {
  return { seq: [], timestamp: [], inLog: [], batchCreated: [], tail: 0, head: 0 };
}

export function waitSize(q: WaitQueue | null): number {
  return q === null ? 0 : q.seq.length - q.head;
}

/** A record in a closed batch of its own, created when it was sent (its timestamp). */
export function pushWait(q: WaitQueue, seq: number, timestamp: number, inLog: number): void {
  q.seq.push(seq);
  q.timestamp.push(timestamp);
  q.inLog.push(inLog);
  q.batchCreated.push(timestamp);
  q.tail = 0;
}

/** A record sent while others wait: into the open batch at the tail, or a new one when it is full. */
export function appendWait(q: WaitQueue, seq: number, timestamp: number, batchRecords: number): void {
  q.seq.push(seq);
  q.timestamp.push(timestamp);
  q.inLog.push(-1);
  if (q.tail > 0 && q.tail < batchRecords) {
    q.batchCreated.push(q.batchCreated[q.batchCreated.length - 1]!);
    q.tail++;
  } else {
    q.batchCreated.push(timestamp);
    q.tail = 1;
  }
}

/** A new queue: `first` (older records, taken back from the log) ahead of what `q` still holds. */
export function prependWait(q: WaitQueue | null, first: WaitQueue): WaitQueue {
  if (q !== null) {
    for (let i = q.head; i < q.seq.length; i++) {
      first.seq.push(q.seq[i]!);
      first.timestamp.push(q.timestamp[i]!);
      first.inLog.push(q.inLog[i]!);
      first.batchCreated.push(q.batchCreated[i]!);
    }
    first.tail = q.tail;
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
    batchCreated: q.batchCreated.slice(q.head),
    tail: q.tail,
    head: 0,
  };
}
