/**
 * Inputs for the scenario validator's tests (`src/engine/scenario/validate-scenario*.test.ts`): a scenario
 * with every field set, a minimal one, changes at paths, values of the wrong type, and the problems the
 * validator reports for an input.
 */
import { LIMITS, ScenarioError, validateScenario, type Problem, type Scenario } from '../../src/engine';

/** Every field the schema knows, set to a legal value. */
export function fullScenario(): Scenario {
  return {
    seed: 42,
    broker: { logRetentionCheckIntervalMs: 1_000, groupInitialRebalanceDelayMs: 0 },
    topics: [
      {
        name: 'notes',
        partitions: 3,
        retentionMs: 60_000,
        retentionBytes: 10_000,
        segmentMs: 10_000,
        segmentBytes: 1_000,
        cleanupPolicy: 'delete',
        deleteRetentionMs: 1_000,
      },
      { name: 'grades', partitions: 2, cleanupPolicy: 'compact', retentionMs: -1, retentionBytes: -1 },
      { name: 'report.cards_v-2', partitions: 64, cleanupPolicy: 'compact,delete' },
    ],
    producers: [
      { id: 'teacher', topic: 'notes', recordsPerSec: 2.5, batchSizeBytes: 16_384 },
      { id: 'office', topic: 'grades', recordsPerSec: 0, keys: ['ana', 'ben', 'ana'], tombstoneEvery: 5 },
    ],
    groups: [
      {
        id: 'pupils',
        topics: ['notes', 'grades'],
        assignor: 'cooperative-sticky',
        autoOffsetReset: 'earliest',
        sessionTimeoutMs: 10_000,
        heartbeatIntervalMs: 3_000,
        maxPollIntervalMs: 30_000,
        autoCommitIntervalMs: 1_000,
        maxPollRecords: 10,
        members: [
          { id: 'ana', recordsPerSec: 1 },
          { id: 'ben', recordsPerSec: 0.5 },
        ],
      },
      { id: 'archivist', topics: ['grades'], outputTopic: 'report.cards_v-2', members: [] },
      { id: 'pupils2', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 50_000 }] },
    ],
  };
}

export function minimalScenario(): Scenario {
  return { seed: 1, topics: [{ name: 't', partitions: 1 }], producers: [], groups: [] };
}

/** The problems `validateScenario` reports; fails the test if it returns or throws anything else. */
export function problemsOf(input: unknown): readonly Problem[] {
  try {
    validateScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

/** The full scenario with values set at paths such as `topics[0].partitions` (`undefined` leaves a field out). */
export function withChange(changes: Record<string, unknown>): unknown {
  const s = fullScenario();
  for (const [path, value] of Object.entries(changes)) setAt(s, path, value);
  return s;
}

/** Sets `value` at a path such as `topics[0].partitions` (test helper; the path is trusted). */
function setAt(target: object, path: string, value: unknown): void {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop()!;
  let node = target as Record<string, unknown>;
  for (const key of keys) node = node[key] as Record<string, unknown>;
  node[last] = value;
}

export function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

export const MAX_MS = LIMITS.maxDurationMs;
export const WRONG_TYPES: readonly unknown[] = [
  NaN,
  Infinity,
  -Infinity,
  1e308,
  -1e308,
  '5',
  '',
  null,
  true,
  {},
  [],
  [5],
  10n,
];
