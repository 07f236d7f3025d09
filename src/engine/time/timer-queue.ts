/**
 * The discrete-event queue: timers ordered by (simulated time, sequence number). The sequence number makes
 * timers due at the same millisecond run in the order they were set, so every run is reproducible.
 */
export interface Timer {
  readonly time: number;
  readonly seq: number;
  readonly task: Task;
}

/** What a timer does when it fires. Tokens let a newer timer supersede an older one without removal. */
export type Task =
  | { readonly kind: 'produce'; readonly producer: number; readonly token: number }
  | { readonly kind: 'member'; readonly group: number; readonly member: number; readonly token: number }
  | { readonly kind: 'heartbeat'; readonly group: number; readonly member: number; readonly token: number }
  | { readonly kind: 'pollTimeout'; readonly group: number; readonly member: number; readonly token: number }
  | {
      readonly kind: 'sessionTimeout';
      readonly group: number;
      readonly member: number;
      readonly token: number;
    }
  | { readonly kind: 'joinDeadline'; readonly group: number; readonly token: number }
  | { readonly kind: 'retentionCheck' }
  | { readonly kind: 'replicaFetch'; readonly topic: number; readonly partition: number }
  | { readonly kind: 'isrExpiration' }
  | { readonly kind: 'leaderRebalance' }
  | { readonly kind: 'brokerFence'; readonly broker: number; readonly token: number }
  | { readonly kind: 'producerRetry'; readonly producer: number; readonly token: number }
  | { readonly kind: 'producerSend'; readonly producer: number; readonly broker: number }
  | {
      readonly kind: 'requestTimeout';
      readonly producer: number;
      readonly partition: number;
      readonly since: number;
    }
  | { readonly kind: 'outputRetry'; readonly group: number; readonly member: number; readonly token: number };

function before(a: Timer, b: Timer): boolean {
  return a.time < b.time || (a.time === b.time && a.seq < b.seq);
}

/** A binary min-heap kept in a plain array so a checkpoint can copy it with `slice()` (timers are immutable). */
export class TimerQueue {
  constructor(readonly heap: Timer[] = []) {}

  get size(): number {
    return this.heap.length;
  }

  peek(): Timer | undefined {
    return this.heap[0];
  }

  push(timer: Timer): void {
    const h = this.heap;
    let i = h.length;
    h.push(timer);
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const p = h[parent]!;
      if (!before(timer, p)) break;
      h[i] = p;
      i = parent;
    }
    h[i] = timer;
  }

  pop(): Timer | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    let i = 0;
    const n = h.length;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(h[r]!, h[l]!) ? r : l;
      if (!before(h[c]!, last)) break;
      h[i] = h[c]!;
      i = c;
    }
    h[i] = last;
    return top;
  }

  clone(): TimerQueue {
    return new TimerQueue(this.heap.slice());
  }
}
