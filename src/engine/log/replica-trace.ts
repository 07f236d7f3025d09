/**
 * What each replica of a partition last did, for the picture (issue 14): its last follower fetch that
 * copied records and its last log truncation, and, while its broker is down, the log end its disk still
 * holds. None of it decides the future: the engine's rules read `Replication.leo` only. Kept beside the
 * replication state (and in checkpoints) so a snapshot at any moment says it, and the stage can show a
 * restarted follower truncating and catching up as a function of (snapshot, render time).
 */
export interface ReplicaTrace {
  /**
   * Time of the replica's last fetch that copied records while it was out of the ISR (catching up), -1 if
   * none; the offsets it copied, [from, to). Fetches in sync are not kept: the picture draws them as the
   * newest page filling in, and one would overwrite a catch-up still drawn.
   */
  fetchMs: number[];
  fetchFrom: number[];
  fetchTo: number[];
  /** Time of its last truncation, -1 if none; its log end before and after. */
  truncMs: number[];
  truncFrom: number[];
  truncTo: number[];
  /**
   * While its broker is down: the log end its disk still holds when a new leader's election cut its log
   * shorter (in Kafka a stopped broker truncates only when it returns and learns the leader's epoch,
   * `AbstractFetcherThread.maybeTruncate`); -1 otherwise.
   */
  diskEnd: number[];
}

export function newReplicaTrace(replicas: number): ReplicaTrace {
  const none = (): number[] => new Array<number>(replicas).fill(-1);
  return {
    fetchMs: none(),
    fetchFrom: none(),
    fetchTo: none(),
    truncMs: none(),
    truncFrom: none(),
    truncTo: none(),
    diskEnd: none(),
  };
}

export function cloneReplicaTrace(t: ReplicaTrace): ReplicaTrace {
  return {
    fetchMs: t.fetchMs.slice(),
    fetchFrom: t.fetchFrom.slice(),
    fetchTo: t.fetchTo.slice(),
    truncMs: t.truncMs.slice(),
    truncFrom: t.truncFrom.slice(),
    truncTo: t.truncTo.slice(),
    diskEnd: t.diskEnd.slice(),
  };
}

/** Replica `i` copied [from, to) from the leader at `now`. */
export function traceFetch(t: ReplicaTrace, i: number, now: number, from: number, to: number): void {
  t.fetchMs[i] = now;
  t.fetchFrom[i] = from;
  t.fetchTo[i] = to;
}

/** Replica `i` cut its log from `from` back to `to` at `now`. */
export function traceTruncation(t: ReplicaTrace, i: number, now: number, from: number, to: number): void {
  t.truncMs[i] = now;
  t.truncFrom[i] = from;
  t.truncTo[i] = to;
}
