/**
 * Random valid scenarios for the engine's fast-check properties (`src/engine/properties-*.test.ts`). The
 * machinery is split by concept: scenarios (here), command scripts (`commands.ts`), running a script
 * (`run.ts`), the invariant monitor (`monitor.ts`) and the read accounting (`accounts.ts`).
 *
 * Only the engine's public door is used, so these properties hold for any engine behind it.
 */
import fc from 'fast-check';
import type { AssignorName, GroupSpec, ProducerSpec, Scenario, TopicSpec } from '../../../src/engine';

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

export function withDefaults(options: ScenarioOptions): Required<ScenarioOptions> {
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

export const groupBodyArb = (o: Required<ScenarioOptions>, nTopics: number) =>
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

export type GroupBody = ReturnType<typeof groupBodyArb> extends fc.Arbitrary<infer T> ? T : never;

/** Builds a valid GroupSpec; an output topic only goes "downstream" (a higher topic index) so chains never loop. */
export function buildGroup(id: string, b: GroupBody, nTopics: number, chains: boolean): GroupSpec {
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
