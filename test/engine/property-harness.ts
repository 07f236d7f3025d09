/**
 * Shared machinery for the engine's fast-check properties (`src/engine/properties-*.test.ts`): arbitraries for
 * random valid scenarios and command scripts, a runner that applies a script to a simulation (checking on the
 * way that a refused command changes nothing), and an invariant monitor that watches snapshots over time.
 *
 * Only the engine's public door is used, so these properties hold for any engine behind it.
 */
import fc from 'fast-check';
import { expect } from 'vitest';
import {
  CommandError,
  assignPartitions,
  createSimulation,
  defaultPartition,
  type AssignorName,
  type Command,
  type EngineEvent,
  type GroupSpec,
  type GroupView,
  type ProducerSpec,
  type RecordedCommand,
  type Scenario,
  type SegmentView,
  type Simulation,
  type Snapshot,
  type TopicSpec,
} from '../../src/engine';

export const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
export const TOPIC_NAMES = ['t0', 't1', 't2'] as const;

// ---------------------------------------------------------------------------------------------------------
// Scenarios
// ---------------------------------------------------------------------------------------------------------

export interface ScenarioOptions {
  /** 'never', 'maybe' (each topic by chance) or 'always' (every topic) has time retention. */
  retention?: 'never' | 'maybe' | 'always';
  /** Groups may write to an output topic (a stream processor); chains only flow t0 -> t1 -> t2. */
  chains?: boolean;
  /** Member speed range (records/s). */
  memberRate?: [number, number];
  /** Producer speed range (records/s). */
  producerRate?: [number, number];
  maxPollRecords?: [number, number];
  /** Topics may be compacted (every producer then has keys). */
  compaction?: boolean;
}

function withDefaults(options: ScenarioOptions): Required<ScenarioOptions> {
  return {
    retention: 'maybe',
    chains: true,
    memberRate: [1, 100],
    producerRate: [1, 20],
    maxPollRecords: [1, 20],
    compaction: false,
    ...options,
  };
}

const topicArb = (o: Required<ScenarioOptions>): fc.Arbitrary<Omit<TopicSpec, 'name'>> =>
  fc
    .record({
      partitions: fc.integer({ min: 1, max: 6 }),
      retained:
        o.retention === 'always'
          ? fc.constant(true)
          : o.retention === 'maybe'
            ? fc.boolean()
            : fc.constant(false),
      retentionMs: fc.integer({ min: 5000, max: 30000 }),
      segmentMs: fc.integer({ min: 1000, max: 5000 }),
      policy: o.compaction
        ? fc.constantFrom<TopicSpec['cleanupPolicy'][]>('delete', 'compact', 'compact,delete')
        : fc.constant(undefined),
      deleteRetentionMs: fc.integer({ min: 0, max: 10000 }),
    })
    .map(({ partitions, retained, retentionMs, segmentMs, policy, deleteRetentionMs }) => {
      const topic: Omit<TopicSpec, 'name'> = retained
        ? { partitions, retentionMs, segmentMs }
        : { partitions };
      if (policy !== undefined && policy !== 'delete') {
        // Compaction leaves the active segment alone: roll segments so that there is something to clean.
        Object.assign(topic, { cleanupPolicy: policy, segmentMs, deleteRetentionMs });
      }
      return topic;
    });

const groupBodyArb = (o: Required<ScenarioOptions>, nTopics: number) =>
  fc.record({
    topicMask: fc.integer({ min: 1, max: (1 << nTopics) - 1 }),
    assignor: fc.constantFrom(...ASSIGNORS),
    autoOffsetReset: fc.constantFrom<('earliest' | 'latest' | undefined)[]>('earliest', 'latest', undefined),
    sessionTimeoutMs: fc.integer({ min: 6000, max: 20000 }),
    maxPollIntervalMs: fc.integer({ min: 5000, max: 30000 }),
    autoCommitIntervalMs: fc.option(fc.integer({ min: 500, max: 5000 }), { nil: undefined }),
    maxPollRecords: fc.integer({ min: o.maxPollRecords[0], max: o.maxPollRecords[1] }),
    output: fc.boolean(),
    members: fc.array(fc.integer({ min: o.memberRate[0], max: o.memberRate[1] }), {
      minLength: 1,
      maxLength: 4,
    }),
  });

type GroupBody = ReturnType<typeof groupBodyArb> extends fc.Arbitrary<infer T> ? T : never;

/** Builds a valid GroupSpec; an output topic only goes "downstream" (a higher topic index) so chains never loop. */
function buildGroup(id: string, b: GroupBody, nTopics: number, chains: boolean): GroupSpec {
  const topics = TOPIC_NAMES.slice(0, nTopics).filter((_, i) => (b.topicMask & (1 << i)) !== 0);
  const highest = Math.max(...topics.map((t) => TOPIC_NAMES.indexOf(t)));
  const group: GroupSpec = {
    id,
    topics,
    assignor: b.assignor,
    sessionTimeoutMs: b.sessionTimeoutMs,
    heartbeatIntervalMs: 1000,
    maxPollIntervalMs: b.maxPollIntervalMs,
    maxPollRecords: b.maxPollRecords,
    members: b.members.map((recordsPerSec, i) => ({ id: `m${i}`, recordsPerSec })),
  };
  if (b.autoOffsetReset !== undefined) group.autoOffsetReset = b.autoOffsetReset;
  if (b.autoCommitIntervalMs !== undefined) group.autoCommitIntervalMs = b.autoCommitIntervalMs;
  if (chains && b.output && highest + 1 < nTopics) group.outputTopic = TOPIC_NAMES[highest + 1]!;
  return group;
}

export function scenarioArb(options: ScenarioOptions = {}): fc.Arbitrary<Scenario> {
  const o = withDefaults(options);
  return fc.integer({ min: 1, max: 3 }).chain((nTopics) =>
    fc
      .record({
        seed: fc.integer({ min: 0, max: 0xffffffff }),
        topics: fc.array(topicArb(o), { minLength: nTopics, maxLength: nTopics }),
        checkMs: fc.integer({ min: 1000, max: 5000 }),
        initialDelay: fc.option(fc.integer({ min: 0, max: 3000 }), { nil: undefined }),
        producers: fc.array(
          fc.record({
            topic: fc.integer({ min: 0, max: nTopics - 1 }),
            rate: fc.integer({ min: o.producerRate[0], max: o.producerRate[1] }),
            keys: fc.option(
              fc.uniqueArray(fc.constantFrom('a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'), {
                minLength: 1,
                maxLength: 6,
              }),
              { nil: undefined, freq: o.compaction ? 1000 : 2 },
            ),
            tombstoneEvery: o.compaction
              ? fc.option(fc.integer({ min: 1, max: 10 }), { nil: undefined })
              : fc.constant(undefined),
          }),
          { minLength: 1, maxLength: 2 },
        ),
        groups: fc.array(groupBodyArb(o, nTopics), { minLength: 1, maxLength: 3 }),
      })
      .map((r): Scenario => {
        const topics: TopicSpec[] = r.topics.map((t, i) => ({ name: TOPIC_NAMES[i]!, ...t }));
        const producers: ProducerSpec[] = r.producers.map((p, i) => {
          const spec: ProducerSpec = { id: `p${i}`, topic: TOPIC_NAMES[p.topic]!, recordsPerSec: p.rate };
          // A compacted topic refuses records without a key, also those a stream processor copies into it.
          if (p.keys !== undefined) spec.keys = p.keys;
          else if (o.compaction) spec.keys = ['k'];
          if (spec.keys !== undefined && p.tombstoneEvery !== undefined)
            spec.tombstoneEvery = p.tombstoneEvery;
          return spec;
        });
        const broker: Scenario['broker'] = { logRetentionCheckIntervalMs: r.checkMs };
        if (r.initialDelay !== undefined) broker.groupInitialRebalanceDelayMs = r.initialDelay;
        return {
          seed: r.seed,
          broker,
          topics,
          producers,
          groups: r.groups.map((g, i) => buildGroup(`g${i}`, g, nTopics, o.chains)),
        };
      }),
  );
}

// ---------------------------------------------------------------------------------------------------------
// Commands: drawn abstractly, resolved against the live snapshot when given (so they are often valid, and
// sometimes refused: unknown members, waking the awake, duplicate ids...).
// ---------------------------------------------------------------------------------------------------------

export type CommandOp =
  | { kind: 'member'; type: 'sleep' | 'wake' | 'crash' | 'removeMember'; g: number; m: number }
  | { kind: 'memberRate'; g: number; m: number; rate: number }
  | { kind: 'addMember'; g: number; m: number; rate: number }
  | { kind: 'producerRate'; p: number; rate: number }
  | { kind: 'addGroup'; id: number; body: GroupBody };

export interface ScriptStep {
  readonly at: number;
  readonly op: CommandOp;
}

export function commandOpArb(options: ScenarioOptions = {}): fc.Arbitrary<CommandOp> {
  const o = withDefaults(options);
  return fc.oneof(
    {
      weight: 6,
      arbitrary: fc.record({
        kind: fc.constant('member' as const),
        type: fc.constantFrom('sleep' as const, 'wake' as const, 'crash' as const, 'removeMember' as const),
        g: fc.nat(5),
        m: fc.nat(5),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('memberRate' as const),
        g: fc.nat(5),
        m: fc.nat(5),
        rate: fc.integer({ min: o.memberRate[0], max: o.memberRate[1] }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('addMember' as const),
        g: fc.nat(5),
        m: fc.nat(7),
        rate: fc.integer({ min: o.memberRate[0], max: o.memberRate[1] }),
      }),
    },
    {
      weight: 2,
      arbitrary: fc.record({
        kind: fc.constant('producerRate' as const),
        p: fc.nat(2),
        rate: fc.integer({ min: 0, max: o.producerRate[1] }),
      }),
    },
    {
      weight: 1,
      arbitrary: fc.record({
        kind: fc.constant('addGroup' as const),
        id: fc.nat(4),
        body: groupBodyArb(o, 3),
      }),
    },
  );
}

/** A moment up to `untilMs`, often a boundary: time 0, or a checkpoint time (a multiple of 5 s). */
export function timeArb(untilMs: number): fc.Arbitrary<number> {
  return fc.oneof(
    { weight: 1, arbitrary: fc.constant(0) },
    { weight: 2, arbitrary: fc.integer({ min: 0, max: Math.floor(untilMs / 5000) }).map((k) => k * 5000) },
    { weight: 8, arbitrary: fc.integer({ min: 0, max: untilMs }) },
  );
}

/** A member falls asleep (or crashes) and wakes up again `forMs` later: the sleepy student. */
const napArb = (untilMs: number): fc.Arbitrary<ScriptStep[]> =>
  fc
    .record({
      at: timeArb(untilMs),
      forMs: fc.integer({ min: 500, max: 45_000 }),
      type: fc.constantFrom('sleep' as const, 'crash' as const),
      g: fc.nat(5),
      m: fc.nat(3),
    })
    .map(({ at, forMs, type, g, m }) => [
      { at, op: { kind: 'member', type, g, m } },
      { at: Math.min(untilMs, at + forMs), op: { kind: 'member', type: 'wake', g, m } },
    ]);

export function scriptArb(
  untilMs: number,
  maxCommands = 10,
  options: ScenarioOptions = {},
): fc.Arbitrary<ScriptStep[]> {
  return (
    fc
      .tuple(
        fc.array(fc.record({ at: timeArb(untilMs), op: commandOpArb(options) }), { maxLength: maxCommands }),
        fc.array(napArb(untilMs), { maxLength: Math.ceil(maxCommands / 4) }),
      )
      // A stable sort: a wake drawn for the same moment as its sleep comes after it.
      .map(([steps, naps]) => [...steps, ...naps.flat()].sort((a, b) => a.at - b.at))
  );
}

/** Turns an abstract op into a concrete command against the present state (it may still be refused). */
export function resolveOp(op: CommandOp, sim: Simulation): Command {
  const snap = sim.snapshot();
  const group = (g: number): string => snap.groups[g % snap.groups.length]?.id ?? 'g0';
  switch (op.kind) {
    case 'member':
      return { type: op.type, group: group(op.g), member: `m${op.m}` };
    case 'memberRate':
      return { type: 'setMemberRate', group: group(op.g), member: `m${op.m}`, recordsPerSec: op.rate };
    case 'addMember':
      return { type: 'addMember', group: group(op.g), member: { id: `m${op.m}`, recordsPerSec: op.rate } };
    case 'producerRate':
      return {
        type: 'setProducerRate',
        producer: snap.producers[op.p]?.id ?? `p${op.p}`,
        recordsPerSec: op.rate,
      };
    case 'addGroup': {
      const nTopics = snap.topics.length;
      // No output topic for added groups: chains stay acyclic and as the scenario drew them.
      const spec = buildGroup(`g${op.id}`, { ...op.body, output: false }, nTopics, false);
      const mask = op.body.topicMask & ((1 << nTopics) - 1);
      spec.topics = TOPIC_NAMES.slice(0, nTopics).filter((_, i) => (mask & (1 << i)) !== 0);
      if (spec.topics.length === 0) spec.topics = ['t0'];
      return { type: 'addGroup', group: spec };
    }
  }
}

// ---------------------------------------------------------------------------------------------------------
// Running a script
// ---------------------------------------------------------------------------------------------------------

/** Everything that must not change when a command is refused. */
export function fingerprint(sim: Simulation): string {
  return JSON.stringify({
    now: sim.now,
    snapshot: sim.snapshot({ recentRecords: 3 }),
    events: sim.events().length,
    milestones: sim.milestones().length,
    commands: sim.commands.length,
  });
}

export interface RunResult {
  sim: Simulation;
  /** The commands the engine accepted, with their times: a fresh run applying these reproduces the run. */
  applied: RecordedCommand[];
  refused: number;
  /** Per group: `processed` of members removed so far (the snapshot stops listing them). */
  removedProcessed: Map<string, number>;
  /** Time of the last accepted command, or -1. */
  lastCommandMs: number;
}

export interface RunOptions {
  /** Extra moments to stop at (chunking), besides command times. */
  stops?: readonly number[];
  /** Watch step (ms) for `observe`; stops every this many ms when given. */
  stepMs?: number;
  observe?: (sim: Simulation, run: RunResult) => void;
}

/**
 * Runs a script to `untilMs`: advances to each command's time, resolves and applies it. A refused command
 * must throw CommandError and change nothing (checked here). Returns the accepted commands.
 */
export function runScript(
  scenario: Scenario,
  script: readonly ScriptStep[],
  untilMs: number,
  options: RunOptions = {},
): RunResult {
  const sim = createSimulation(scenario);
  const run: RunResult = {
    sim,
    applied: [],
    refused: 0,
    removedProcessed: new Map(),
    lastCommandMs: -1,
  };
  const stops = new Set<number>(options.stops ?? []);
  if (options.stepMs !== undefined) for (let t = 0; t <= untilMs; t += options.stepMs) stops.add(t);
  stops.add(untilMs);
  const stopList = [...stops].filter((t) => t <= untilMs).sort((a, b) => a - b);
  let si = 0;
  const advance = (t: number): void => {
    while (si < stopList.length && stopList[si]! <= t) {
      sim.advanceTo(stopList[si]!);
      options.observe?.(sim, run);
      si++;
    }
    // A command for the present is given as a user would: without an advanceTo first (so, on a fresh
    // simulation, before anything at time 0 ran).
    if (t !== sim.now) sim.advanceTo(t);
  };
  for (const step of script) {
    if (step.at > untilMs) break;
    advance(step.at);
    applyChecked(sim, resolveOp(step.op, sim), run);
    options.observe?.(sim, run);
  }
  advance(untilMs);
  return run;
}

/** Applies a command; on refusal checks it was a CommandError that changed nothing. */
export function applyChecked(sim: Simulation, command: Command, run?: RunResult): boolean {
  const before = fingerprint(sim);
  let removedMember: { group: string; processed: number } | undefined;
  if (command.type === 'removeMember') {
    const g = sim.snapshot().groups.find((x) => x.id === command.group);
    const m = g?.members.findLast((x) => x.id === command.member);
    if (m !== undefined) removedMember = { group: command.group, processed: m.processed };
  }
  try {
    sim.apply(command);
  } catch (error) {
    if (!(error instanceof CommandError)) throw error;
    expect(fingerprint(sim), `refused ${JSON.stringify(command)} changed the simulation`).toBe(before);
    if (run) run.refused++;
    return false;
  }
  if (run) {
    // What the engine recorded: its normalized copy of the command.
    const recorded = sim.commands[sim.commands.length - 1]!;
    expect(recorded.timeMs).toBe(sim.now);
    run.applied.push(recorded);
    run.lastCommandMs = sim.now;
    if (removedMember) {
      const { group, processed } = removedMember;
      run.removedProcessed.set(group, (run.removedProcessed.get(group) ?? 0) + processed);
    }
  }
  return true;
}

/** A fresh simulation applying exactly these recorded commands, advanced to `untilMs`. */
export function replay(
  scenario: Scenario,
  commands: readonly RecordedCommand[],
  untilMs: number,
): Simulation {
  const sim = createSimulation(scenario);
  for (const c of commands) {
    if (c.timeMs > untilMs) break;
    sim.advanceTo(c.timeMs);
    sim.apply(c.command);
  }
  sim.advanceTo(untilMs);
  return sim;
}

/** What two runs must agree on. */
export function observable(sim: Simulation): {
  snapshot: Snapshot;
  events: readonly EngineEvent[];
  milestones: readonly EngineEvent[];
  commands: readonly RecordedCommand[];
} {
  return {
    snapshot: sim.snapshot({ recentRecords: 5 }),
    events: sim.events(),
    milestones: sim.milestones(),
    commands: sim.commands,
  };
}

export const asJson = (x: unknown): string => JSON.stringify(x);

// ---------------------------------------------------------------------------------------------------------
// Invariants over time
// ---------------------------------------------------------------------------------------------------------

const key = (topic: string, partition: number): string => `${topic}-${partition}`;

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

// ---------------------------------------------------------------------------------------------------------
// Accounting: what a group read, and what it skipped
// ---------------------------------------------------------------------------------------------------------

/** Sorted, merged half-open ranges. */
export function mergeRanges(ranges: readonly [number, number][]): [number, number][] {
  const sorted = ranges.filter(([a, b]) => b > a).sort((x, y) => x[0] - y[0] || x[1] - y[1]);
  const out: [number, number][] = [];
  for (const [a, b] of sorted) {
    const last = out[out.length - 1];
    if (last !== undefined && a <= last[1]) last[1] = Math.max(last[1], b);
    else out.push([a, b]);
  }
  return out;
}

/** Parts of [from, to) that `covered` (merged) does not cover. */
export function gaps(covered: readonly [number, number][], from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  let at = from;
  for (const [a, b] of covered) {
    if (b <= at) continue;
    if (a >= to) break;
    if (a > at) out.push([at, Math.min(a, to)]);
    at = Math.max(at, b);
    if (at >= to) break;
  }
  if (at < to) out.push([at, to]);
  return out;
}

export interface PartitionAccount {
  /** Offsets fetched by any member of the group. */
  fetched: [number, number][];
  /** Ranges jumped over by auto.offset.reset from a known offset (retention deleted them, or `latest`). */
  skipped: [number, number][];
  /** Records among the skipped ones that retention had deleted (what skippedByRetention counts). */
  deletedCount: number;
  /** Where the group's reading started: the target of the last reset made with nothing committed. */
  base: number | null;
}

/** Per group, per `topic-partition`: what the event log says the group read and skipped. */
export function accounts(events: readonly EngineEvent[]): Map<string, Map<string, PartitionAccount>> {
  const out = new Map<string, Map<string, PartitionAccount>>();
  const get = (group: string, topic: string, partition: number): PartitionAccount => {
    let g = out.get(group);
    if (!g) out.set(group, (g = new Map()));
    const k = key(topic, partition);
    let a = g.get(k);
    if (!a) g.set(k, (a = { fetched: [], skipped: [], deletedCount: 0, base: null }));
    return a;
  };
  for (const e of events) {
    if (e.type === 'fetched') get(e.group, e.topic, e.partition).fetched.push([e.fromOffset, e.toOffset]);
    if (e.type === 'offsetReset') {
      const a = get(e.group, e.topic, e.partition);
      if (e.fromOffset === null) a.base = e.toOffset;
      else a.skipped.push([e.fromOffset, e.toOffset]);
      a.deletedCount += e.deleted;
    }
  }
  return out;
}

/**
 * Reading order, from the event log alone: a member reads a partition it owns in offset order with no jump,
 * starting where the group's committed offset stands when it gets the partition (Kafka: "a new owner resumes
 * from the committed offset"), or where auto.offset.reset puts it; a kept partition (cooperative) goes on from
 * the member's position. A commit is the member's position. Only owners fetch and commit.
 */
export function checkReadOrder(events: readonly EngineEvent[]): void {
  const committed = new Map<string, number>();
  const owned = new Map<string, Set<string>>();
  /** `group/member/tp` -> next offset the member will read (its position), once it has one. */
  const position = new Map<string, number>();
  /**
   * Ownership is per member id (a crashed consumer and its restart share a name). Fetches, commits and resets
   * name only the consumer: they come from its newest incarnation, the last to send JoinGroup.
   */
  const live = new Map<string, string>();
  const ownById = (group: string, memberId: string): Set<string> => {
    const k = `${group}/${memberId}`;
    let set = owned.get(k);
    if (!set) owned.set(k, (set = new Set()));
    return set;
  };
  const own = (group: string, member: string): Set<string> =>
    ownById(group, live.get(`${group}/${member}`) ?? `${member}?`);
  for (const e of events) {
    const where = `t=${e.timeMs} #${e.id} ${e.type}`;
    switch (e.type) {
      case 'memberJoined':
        live.set(`${e.group}/${e.member}`, e.memberId);
        break;
      case 'partitionsAssigned': {
        const set = ownById(e.group, e.memberId);
        const next = new Set(e.partitions.map(([t, p]) => key(t, p)));
        for (const tp of set) if (!next.has(tp)) position.delete(`${e.group}/${e.member}/${tp}`);
        owned.set(`${e.group}/${e.memberId}`, next);
        break;
      }
      case 'partitionsRevoked': {
        const set = ownById(e.group, e.memberId);
        for (const [t, p] of e.partitions) {
          const tp = key(t, p);
          check(set.has(tp), () => `${where}: ${e.memberId} revoked ${tp} it did not own`);
          set.delete(tp);
          position.delete(`${e.group}/${e.member}/${tp}`);
        }
        break;
      }
      case 'memberRemoved':
        check(own(e.group, e.member).size === 0, () => `${where}: ${e.member} left still owning partitions`);
        break;
      case 'memberLeft':
        check(
          ownById(e.group, e.memberId).size === 0,
          () => `${where}: ${e.memberId} left still owning partitions`,
        );
        break;
      case 'offsetReset': {
        const tp = key(e.topic, e.partition);
        const pk = `${e.group}/${e.member}/${tp}`;
        check(own(e.group, e.member).has(tp), () => `${where}: ${e.member} reset ${tp} it does not own`);
        const from = position.get(pk) ?? committed.get(`${e.group}/${tp}`) ?? null;
        check(
          from === e.fromOffset,
          () => `${where}: ${e.member} reset ${tp} from ${e.fromOffset}, but stood at ${from}`,
        );
        position.set(pk, e.toOffset);
        break;
      }
      case 'fetched': {
        const tp = key(e.topic, e.partition);
        const pk = `${e.group}/${e.member}/${tp}`;
        check(own(e.group, e.member).has(tp), () => `${where}: ${e.member} fetched ${tp} it does not own`);
        const from = position.get(pk) ?? committed.get(`${e.group}/${tp}`);
        check(
          from === e.fromOffset,
          () =>
            `${where}: ${e.member} fetched ${tp} from ${e.fromOffset}, but its position was ${from} (committed ${committed.get(`${e.group}/${tp}`)})`,
        );
        check(e.toOffset > e.fromOffset, () => `${where}: empty fetch`);
        position.set(pk, e.toOffset);
        break;
      }
      case 'committed': {
        for (const o of e.offsets) {
          const tp = key(o.topic, o.partition);
          const pk = `${e.group}/${e.member}/${tp}`;
          check(
            own(e.group, e.member).has(tp),
            () => `${where}: ${e.member} committed ${tp} it does not own`,
          );
          const pos = position.get(pk) ?? committed.get(`${e.group}/${tp}`);
          check(
            pos === o.offset,
            () => `${where}: ${e.member} committed ${tp}@${o.offset}, but its position was ${pos}`,
          );
          committed.set(`${e.group}/${tp}`, o.offset);
        }
        break;
      }
      default:
        break;
    }
  }
}

/**
 * Processing bookkeeping: a member that never crashed has processed exactly what its polls returned, less what
 * is left of its current batch; any member has processed at most what it fetched.
 */
export function checkProcessed(
  snap: Snapshot,
  events: readonly EngineEvent[],
  compacted: ReadonlySet<string> = new Set(),
): void {
  const fetched = new Map<string, number>();
  /** Members whose count is not exact: they crashed (a restart drops the batch in hand) or read a compacted
   * log (a fetched range spans the holes compaction left, which hold no record). */
  const crashed = new Set<string>();
  for (const e of events) {
    if (e.type === 'memberAdded') {
      fetched.delete(`${e.group}/${e.member}`);
      crashed.delete(`${e.group}/${e.member}`);
    }
    if (e.type === 'memberCrashed') crashed.add(`${e.group}/${e.member}`);
    if (e.type === 'fetched') {
      const k = `${e.group}/${e.member}`;
      if (compacted.has(e.topic)) crashed.add(k);
      fetched.set(k, (fetched.get(k) ?? 0) + e.toOffset - e.fromOffset);
    }
  }
  for (const g of snap.groups) {
    for (const m of g.members) {
      const k = `${g.id}/${m.id}`;
      const got = fetched.get(k) ?? 0;
      check(m.processed <= got, () => `${k}: processed ${m.processed} > fetched ${got}`);
      check(m.batchDone <= m.batchSize, () => `${k}: batch ${m.batchDone}/${m.batchSize}`);
      const inBatch = m.batch.reduce((s, r) => s + r.toOffset - r.fromOffset, 0);
      check(
        inBatch === m.batchSize,
        () => `${k}: batch ranges hold ${inBatch} records, batchSize ${m.batchSize}`,
      );
      if (crashed.has(k)) continue;
      check(
        m.processed === got - (m.batchSize - m.batchDone),
        () => `${k}: processed ${m.processed}, fetched ${got}, batch ${m.batchDone}/${m.batchSize}`,
      );
    }
  }
}
