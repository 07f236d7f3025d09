import {
  assignPartitions,
  defaultPartition,
  type Command,
  type GroupSpec,
  type GroupView,
  type RecordedCommand,
  type Scenario,
  type SegmentView,
  type Simulation,
} from '../../../src/engine';
import type { RunResult } from './run';

// ---------------------------------------------------------------------------------------------------------
// Invariants over time
// ---------------------------------------------------------------------------------------------------------

/** A partition's key in the maps below: `topic-partition`. */
export const key = (topic: string, partition: number): string => `${topic}-${partition}`;

/** Longest a member can take to finish a batch and poll again: a cooperative revoker's delay before rejoining. */
export function batchWindowMs(g: GroupView, maxPollRecords: number): number {
  const rates = g.members.filter((m) => m.inGroup).map((m) => m.recordsPerSec);
  const slowest = rates.length > 0 ? Math.min(...rates) : 1;
  return Math.ceil((maxPollRecords * 1000) / slowest) + 1000;
}

/**
 * Watches snapshots in time order and checks the invariants that must hold at every moment:
 * dense, monotonic offsets; committed <= log end, never decreasing; exclusive ownership; full ownership of a
 * group that has been Stable long enough with only active members.
 */
export class Monitor {
  private logStart = new Map<string, number>();
  private logEnd = new Map<string, number>();
  private committed = new Map<string, number>();
  private generation = new Map<string, number>();
  /** Group -> [generation, time it became Stable in that generation]. */
  private stableSince = new Map<string, [number, number]>();
  private lastTime = -1;
  /** Number of times the full-ownership check actually ran (so a test can tell it is not vacuous). */
  fullOwnershipChecks = 0;

  private readonly compacted: ReadonlySet<string>;

  constructor(
    private readonly scenario: Scenario,
    private readonly recent = 4,
  ) {
    this.compacted = compactedTopics(scenario);
  }

  private nextEventId = 0;
  /** Segments per partition at the previous observation, to judge deletions since. */
  private segments = new Map<string, readonly SegmentView[]>();
  /** `group/member` -> first observation at which it was seen asleep (or crashed). */
  private asleepSince = new Map<string, number>();
  private crashedSince = new Map<string, number>();
  private crashTime = new Map<string, number>();
  /** `group/memberId` -> processed at the last observation; per group, what vanished incarnations processed. */
  private seenProcessed = new Map<string, number>();
  private vanishedProcessed = new Map<string, number>();
  /** `group/memberId` -> lastPollMs at the previous observation. */
  private lastPoll = new Map<string, number>();

  private spec(groupId: string, run: RunResult): GroupSpec | undefined {
    return groupSpecOf(this.scenario, run.applied, groupId);
  }

  private maxPollRecords(groupId: string, run: RunResult): number {
    return this.spec(groupId, run)?.maxPollRecords ?? 500;
  }

  observe(sim: Simulation, run: RunResult): void {
    const snap = sim.snapshot({ recentRecords: this.recent });
    const at = `t=${snap.timeMs}`;
    check(snap.timeMs >= this.lastTime, () => `${at}: time went back from ${this.lastTime}`);

    // Crashed incarnations replaced by a restart vanish from the snapshot once evicted; what they processed
    // (frozen since the crash) still counts for what a stream processor wrote.
    // Only crashed ones are tracked: a live member's id changes when it rejoins, and it keeps its count.
    const visible = new Map<string, number>();
    for (const g of snap.groups)
      for (const m of g.members) if (m.crashed) visible.set(`${g.id}/${m.memberId}`, m.processed);
    for (const [k, processed] of this.seenProcessed) {
      if (visible.has(k)) continue;
      const gid = k.slice(0, k.indexOf('/'));
      this.vanishedProcessed.set(gid, (this.vanishedProcessed.get(gid) ?? 0) + processed);
      this.seenProcessed.delete(k);
    }
    for (const [k, processed] of visible) this.seenProcessed.set(k, processed);

    // 1. Dense offsets.
    const writers = new Map<string, string[]>();
    for (const g of snap.groups) {
      if (g.outputTopic !== null) writers.set(g.outputTopic, [...(writers.get(g.outputTopic) ?? []), g.id]);
    }
    for (const t of snap.topics) {
      let leoSum = 0;
      for (const p of t.partitions) {
        const k = key(t.name, p.partition);
        const start = p.logStartOffset;
        const end = p.logEndOffset;
        check(0 <= start && start <= end, () => `${at} ${k}: log start ${start}, log end ${end}`);
        const prevStart = this.logStart.get(k) ?? 0;
        const prevEnd = this.logEnd.get(k) ?? 0;
        check(start >= prevStart, () => `${at} ${k}: log start went back from ${prevStart} to ${start}`);
        check(end >= prevEnd, () => `${at} ${k}: log end went back from ${prevEnd} to ${end}`);
        this.logStart.set(k, start);
        this.logEnd.set(k, end);
        leoSum += end;
        // Recent records: consecutive offsets ending at the log end, none below the log start. A compacted
        // log has holes, but its newest record (in the active segment) is never cleaned.
        const want = Math.min(this.recent, end - start);
        const offsets = p.recent.map((r) => r.offset);
        if (!this.compacted.has(t.name)) {
          check(
            offsets.length === want && offsets.every((o, i) => o === end - want + i),
            () => `${at} ${k}: recent offsets ${JSON.stringify(offsets)} with log [${start}, ${end})`,
          );
        } else {
          check(
            offsets.length <= want &&
              (want === 0 || offsets[offsets.length - 1] === end - 1) &&
              offsets.every((o, i) => o >= start && (i === 0 || o > offsets[i - 1]!)),
            () =>
              `${at} ${k}: recent offsets ${JSON.stringify(offsets)} of a compacted log [${start}, ${end})`,
          );
        }
        // A keyed record, from a producer or a stream processor, sits in Kafka's partition for its key.
        for (const r of p.recent) {
          check(
            r.key === null || defaultPartition(r.key, t.partitions.length) === p.partition,
            () =>
              `${at} ${k}: record ${r.offset} (${r.writer}) with key ${r.key} belongs in partition ${defaultPartition(r.key!, t.partitions.length)}`,
          );
        }
        const segs = p.segments;
        check(
          segs.length > 0 && segs[0]!.baseOffset <= start && segs[segs.length - 1]!.endOffset === end,
          () => `${at} ${k}: segments ${JSON.stringify(segs)} vs log [${start}, ${end})`,
        );
      }
      // Log end offset = records appended: producers' sends plus stream processors' writes.
      const sent = snap.producers.filter((p) => p.topic === t.name).reduce((s, p) => s + p.sent, 0);
      let written = 0;
      for (const gid of writers.get(t.name) ?? []) {
        const g = snap.groups.find((x) => x.id === gid)!;
        written +=
          g.members.reduce((s, m) => s + m.processed, 0) +
          (run.removedProcessed.get(gid) ?? 0) +
          (this.vanishedProcessed.get(gid) ?? 0);
      }
      check(
        leoSum === sent + written,
        () => `${at} topic ${t.name}: sum of log ends ${leoSum}, but ${sent} sent + ${written} written`,
      );
    }

    // Retention: a deleted segment was wholly older than retention.ms when the check ran, on the check's beat.
    const checkMs = this.scenario.broker?.logRetentionCheckIntervalMs ?? 300_000;
    const fresh = sim.events(this.nextEventId);
    if (fresh.length > 0) this.nextEventId = fresh[fresh.length - 1]!.id + 1;
    for (const e of fresh) {
      if (e.type !== 'segmentsDeleted') continue;
      const k = key(e.topic, e.partition);
      const spec = this.scenario.topics.find((t) => t.name === e.topic)!;
      check(
        e.timeMs % checkMs === 0,
        () => `t=${e.timeMs} ${k}: deletion off the ${checkMs} ms retention-check beat`,
      );
      if (e.reason !== 'retention.ms' || spec.retentionMs === undefined) continue;
      const retentionMs = spec.retentionMs;
      for (const seg of this.segments.get(k) ?? []) {
        if (seg.endOffset <= e.fromOffset || seg.baseOffset >= e.logStartOffset) continue;
        check(
          seg.endOffset <= e.logStartOffset,
          () =>
            `t=${e.timeMs} ${k}: deletion to ${e.logStartOffset} splits segment [${seg.baseOffset}, ${seg.endOffset})`,
        );
        check(
          e.timeMs - seg.largestTimestamp > retentionMs,
          () =>
            `t=${e.timeMs} ${k}: deleted segment [${seg.baseOffset}, ${seg.endOffset}) whose newest record is from ${seg.largestTimestamp} (retention.ms ${retentionMs})`,
        );
      }
    }
    for (const t of snap.topics)
      for (const p of t.partitions) this.segments.set(key(t.name, p.partition), p.segments);

    // Liveness, lower bounds: a member is not dropped for not polling before max.poll.interval.ms has passed
    // since its last poll, nor evicted before session.timeout.ms has passed since its last heartbeat.
    // Keyed by member id: a restarted consumer and its crashed incarnation share a name.
    for (const e of fresh) {
      if (e.type === 'memberCrashed') this.crashTime.set(`${e.group}/${e.memberId}`, e.timeMs);
      if (e.type !== 'memberLeft') continue;
      const spec = this.spec(e.group, run);
      const mk = `${e.group}/${e.memberId}`;
      if (e.reason === 'max.poll.interval.ms') {
        const maxPoll = spec?.maxPollIntervalMs ?? 300_000;
        const lastPoll = this.lastPoll.get(mk) ?? 0;
        check(
          e.timeMs - lastPoll >= maxPoll,
          () =>
            `t=${e.timeMs} ${mk} left for max.poll.interval.ms (${maxPoll}) though it polled at ${lastPoll}`,
        );
      }
      check(
        e.leaveGroup === (e.reason === 'removed' || e.reason === 'max.poll.interval.ms'),
        () => `t=${e.timeMs} ${mk} left (${e.reason}) with leaveGroup ${e.leaveGroup}`,
      );
      if (e.reason === 'session.timeout.ms') {
        // Only a crashed member is evicted, never before its session ran out; a restart does not evict it.
        const session = spec?.sessionTimeoutMs ?? 45_000;
        const heartbeat = spec?.heartbeatIntervalMs ?? 3_000;
        const crashed = this.crashTime.get(mk);
        check(
          crashed !== undefined && e.timeMs - crashed >= session - heartbeat,
          () => `t=${e.timeMs} ${mk} evicted by session.timeout.ms (${session}), crashed at ${crashed}`,
        );
      }
    }
    for (const g of snap.groups)
      for (const m of g.members) this.lastPoll.set(`${g.id}/${m.memberId}`, m.lastPollMs);

    for (const g of snap.groups) {
      const gk = `${at} group ${g.id}`;
      // Liveness: a sleeping member leaves within max.poll.interval.ms of its last poll (twice that if it
      // fell asleep while waiting in a join); a crashed one is evicted after session.timeout.ms, or, if it
      // had sent JoinGroup, session.timeout.ms after the join ends (within the rebalance timeout).
      const spec = this.spec(g.id, run);
      const maxPoll = spec?.maxPollIntervalMs ?? 300_000;
      const session = spec?.sessionTimeoutMs ?? 45_000;
      const ids = new Set<string>();
      for (const m of g.members) {
        check(!ids.has(m.memberId), () => `${gk}: two members with member id ${m.memberId}`);
        ids.add(m.memberId);
        const mk = `${g.id}/${m.memberId}`;
        const asleep = m.status === 'asleep' && !m.crashed;
        if (!asleep) this.asleepSince.delete(mk);
        else if (!this.asleepSince.has(mk)) this.asleepSince.set(mk, snap.timeMs);
        if (!m.crashed) this.crashedSince.delete(mk);
        else if (!this.crashedSince.has(mk)) this.crashedSince.set(mk, snap.timeMs);
        const sleptAt = this.asleepSince.get(mk);
        check(
          !(asleep && m.inGroup && sleptAt !== undefined && snap.timeMs - sleptAt > 2 * maxPoll + 1000),
          () =>
            `${gk}: ${m.id} asleep since ${sleptAt} is still in the group (max.poll.interval.ms ${maxPoll})`,
        );
        const crashedAt = this.crashedSince.get(mk);
        check(
          !(
            m.crashed &&
            m.inGroup &&
            crashedAt !== undefined &&
            snap.timeMs - crashedAt > session + maxPoll + 1000
          ),
          () =>
            `${gk}: ${m.id} crashed at ${crashedAt} is still in the group (session.timeout.ms ${session})`,
        );
      }

      const prevGen = this.generation.get(g.id) ?? 0;
      check(g.generation >= prevGen, () => `${gk}: generation went back from ${prevGen} to ${g.generation}`);
      this.generation.set(g.id, g.generation);

      // 2. committed <= log end, never decreasing; lag = log end - committed.
      for (const o of g.offsets) {
        const k = `${g.id}/${key(o.topic, o.partition)}`;
        const prev = this.committed.get(k);
        const c = o.committed;
        if (c === null) {
          check(prev === undefined, () => `${gk} ${k}: committed went from ${prev} back to null`);
          continue;
        }
        check(0 <= c && c <= o.logEndOffset, () => `${gk} ${k}: committed ${c}, log end ${o.logEndOffset}`);
        check(c >= (prev ?? 0), () => `${gk} ${k}: committed went back from ${prev} to ${c}`);
        check(
          o.lag === o.logEndOffset - c,
          () => `${gk} ${k}: lag ${o.lag}, log end ${o.logEndOffset}, committed ${c}`,
        );
        this.committed.set(k, c);
      }

      // 3. Each partition owned by at most one member; owners agree with assignments.
      const owners = new Map<string, string>();
      const all = new Set(g.offsets.map((o) => key(o.topic, o.partition)));
      for (const m of g.members) {
        for (const [topic, partition] of m.assignment) {
          const k = key(topic, partition);
          check(all.has(k), () => `${gk}: ${m.id} owns ${k}, not a partition of the group`);
          check(!owners.has(k), () => `${gk}: ${k} owned by both ${owners.get(k)} and ${m.id}`);
          owners.set(k, m.id);
        }
        check(
          m.inGroup || m.assignment.length === 0,
          () => `${gk}: ${m.id} is out of the group but owns partitions`,
        );
      }
      for (const o of g.offsets) {
        const k = key(o.topic, o.partition);
        check(
          o.owner === (owners.get(k) ?? null),
          () => `${gk}: offsets say ${k} is owned by ${o.owner}, assignments say ${owners.get(k)}`,
        );
      }

      // The assignment of a Stable group is the assignor's: Range and RoundRobin exactly (they ignore what
      // members owned), Sticky balanced; CooperativeSticky balanced once nothing is withheld.
      if (g.state === 'Stable') {
        const members = g.members.filter((m) => m.inGroup);
        const sorted = (l: readonly [string, number][]): string =>
          JSON.stringify([...l].map(([t, p]) => key(t, p)).sort());
        if (g.assignor === 'range' || g.assignor === 'roundrobin') {
          const perTopic: Record<string, number> = {};
          for (const t of g.topics) perTopic[t] = snap.topics.find((x) => x.name === t)!.partitions.length;
          const want = assignPartitions(
            g.assignor,
            members.map((m) => ({ id: m.memberId, topics: [...g.topics] })),
            perTopic,
          );
          for (const m of members) {
            check(
              sorted(m.assignment) === sorted(want[m.memberId] ?? []),
              () =>
                `${gk} (${g.assignor}, generation ${g.generation}): ${m.memberId} owns ${sorted(m.assignment)}, the assignor gives ${sorted(want[m.memberId] ?? [])}`,
            );
          }
        } else if (members.length > 0 && g.offsets.every((o) => o.owner !== null)) {
          const counts = members.map((m) => m.assignment.length);
          check(
            Math.max(...counts) - Math.min(...counts) <= 1,
            () =>
              `${gk} (${g.assignor}, generation ${g.generation}): unbalanced ${members.map((m) => `${m.id}:${sorted(m.assignment)}`).join(' ')}`,
          );
        }
      }

      // 4. Every partition owned once the group is Stable (long enough for a cooperative revoker to finish its
      // batch and rejoin) and every member in the group is active.
      const since = this.stableSince.get(g.id);
      if (g.state !== 'Stable') this.stableSince.delete(g.id);
      else if (since === undefined || since[0] !== g.generation)
        this.stableSince.set(g.id, [g.generation, snap.timeMs]);
      const stableFrom = this.stableSince.get(g.id)?.[1];
      const inGroup = g.members.filter((m) => m.inGroup);
      if (
        stableFrom !== undefined &&
        inGroup.length > 0 &&
        inGroup.every((m) => m.status === 'active' && !m.crashed) &&
        snap.timeMs - Math.max(stableFrom, run.lastCommandMs) >=
          batchWindowMs(g, this.maxPollRecords(g.id, run))
      ) {
        this.fullOwnershipChecks++;
        const unowned = g.offsets.filter((o) => o.owner === null).map((o) => key(o.topic, o.partition));
        check(
          unowned.length === 0,
          () =>
            `${gk}: Stable since ${stableFrom} (generation ${g.generation}) with only active members, yet ${unowned.join(', ')} unowned`,
        );
      }
    }
    this.lastTime = snap.timeMs;
  }
}

export function compactedTopics(scenario: Scenario): ReadonlySet<string> {
  return new Set(
    scenario.topics.filter((t) => (t.cleanupPolicy ?? 'delete') !== 'delete').map((t) => t.name),
  );
}

/** The spec of a group, from the scenario or the addGroup command that created it. */
export function groupSpecOf(
  scenario: Scenario,
  applied: readonly RecordedCommand[],
  groupId: string,
): GroupSpec | undefined {
  return (
    scenario.groups.find((g) => g.id === groupId) ??
    applied
      .map((c) => c.command)
      .find(
        (c): c is Extract<Command, { type: 'addGroup' }> => c.type === 'addGroup' && c.group.id === groupId,
      )?.group
  );
}

/** A cheap assertion for hot loops: builds its message only on failure. */
export function check(condition: boolean, message: () => string): void {
  if (!condition) throw new Error(message());
}
