import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateScenario, validateGroupSpec } from './validate-scenario';
import type { Problem } from './scenario-error';
import { readList, readObject, MAX_DEPTH } from './checks';
import { MAX_MS, problemsOf, withChange, WRONG_TYPES } from '../../../test/engine/scenario-inputs';

describe('validateScenario: number ranges', () => {
  const table: [string, readonly number[], readonly number[]][] = [
    ['seed', [0, 2 ** 32 - 1, -5, Number.MAX_SAFE_INTEGER], [1.5, 2 ** 53, -(2 ** 53)]],
    ['broker.logRetentionCheckIntervalMs', [1, MAX_MS], [0, MAX_MS + 1, 1.5]],
    ['broker.groupInitialRebalanceDelayMs', [0, MAX_MS], [-1, MAX_MS + 1]],
    ['topics[0].partitions', [1, 64], [0, 65, 1.5, -1]],
    ['topics[0].retentionMs', [-1, 1, MAX_MS], [0, -2, MAX_MS + 1, 1.5]],
    ['topics[0].retentionBytes', [-1, 100, 1e15], [0, 99, -2, 2 ** 53]],
    ['topics[0].segmentMs', [1, MAX_MS], [0, MAX_MS + 1]],
    ['topics[0].segmentBytes', [100, 2_147_483_647], [99, 2_147_483_648]],
    ['topics[0].deleteRetentionMs', [0, MAX_MS], [-1, MAX_MS + 1]],
    ['producers[0].recordsPerSec', [0, 0.001, 0.5, 50_000], [-1, 0.0005, 5e-324, 50_001]],
    ['producers[0].batchSizeBytes', [100, 2_147_483_647], [0, 99, 2_147_483_648]],
    ['producers[1].tombstoneEvery', [1, 1_000_000], [0, -1, 1.5, 1_000_001]],
    ['groups[0].sessionTimeoutMs', [6_000, 1_800_000], [0, 3_001, 5_999, 1_800_001, MAX_MS]],
    ['groups[0].heartbeatIntervalMs', [1, 9_999], [0, 1.5]],
    ['groups[0].maxPollIntervalMs', [1, MAX_MS], [0, MAX_MS + 1]],
    ['groups[0].autoCommitIntervalMs', [1, MAX_MS], [0, MAX_MS + 1]],
    ['groups[0].maxPollRecords', [1, 10_000], [0, 10_001]],
    ['groups[0].members[0].recordsPerSec', [0.001, 50_000], [0, -1, 50_001]],
  ];

  it.each(table)('%s accepts its limits and refuses values past them and wrong types', (path, good, bad) => {
    for (const value of good) {
      const input = withChange({ [path]: value });
      expect(validateScenario(input)).toEqual(input);
    }
    for (const value of [...bad, ...WRONG_TYPES]) {
      const problems = problemsOf(withChange({ [path]: value }));
      expect(problems.map((p) => p.path)).toEqual([path]);
    }
  });

  it('requires the heartbeat interval to be shorter than the session timeout', () => {
    expect(problemsOf(withChange({ 'groups[0].heartbeatIntervalMs': 10_000 }))).toEqual([
      {
        path: 'groups[0].heartbeatIntervalMs',
        message:
          'must be less than sessionTimeoutMs (10,000 ms): ' +
          "Kafka's consumer refuses a heartbeat interval that is not shorter than the session timeout",
      },
    ]);
    const defaultSession = withChange({
      'groups[0].heartbeatIntervalMs': 45_000,
      'groups[0].sessionTimeoutMs': undefined,
    });
    expect(problemsOf(defaultSession)).toEqual([
      {
        path: 'groups[0].heartbeatIntervalMs',
        message:
          "must be less than Kafka's default session timeout (45,000 ms): " +
          "Kafka's consumer refuses a heartbeat interval that is not shorter than the session timeout",
      },
    ]);
  });

  it("refuses a session timeout a broker refuses, naming Kafka's limits", () => {
    for (const sessionTimeoutMs of [3_000, 5_999, 1_800_001]) {
      expect(problemsOf(withChange({ 'groups[0].sessionTimeoutMs': sessionTimeoutMs }))).toEqual([
        {
          path: 'groups[0].sessionTimeoutMs',
          message:
            'must be a whole number of milliseconds from 6,000 to 1,800,000 (30 minutes): a Kafka broker ' +
            'refuses a member whose session timeout is outside group.min.session.timeout.ms and ' +
            'group.max.session.timeout.ms (INVALID_SESSION_TIMEOUT; these are their defaults)',
        },
      ]);
    }
  });
});

describe('validateScenario: references and keys', () => {
  it('follows keyless records through stream processors into a compacted topic', () => {
    const input = {
      seed: 1,
      topics: [
        { name: 'in', partitions: 1 },
        { name: 'mid', partitions: 1 },
        { name: 'out', partitions: 1, cleanupPolicy: 'compact' },
      ],
      producers: [{ id: 'p', topic: 'in', recordsPerSec: 1 }],
      groups: [
        { id: 'second', topics: ['mid'], outputTopic: 'out', members: [] },
        { id: 'first', topics: ['in'], outputTopic: 'mid', members: [] },
      ],
    };
    expect(problemsOf(input)).toEqual([
      {
        path: 'groups[0].outputTopic',
        message:
          'must not be "out": that topic is compacted, and this group would copy records without a key ' +
          'into it from topic "mid" (Kafka refuses records without a key on a compacted topic)',
      },
    ]);
    const keyed = { ...input, producers: [{ id: 'p', topic: 'in', recordsPerSec: 1, keys: ['a'] }] };
    expect(validateScenario(keyed)).toEqual(keyed);
  });

  it('does not check references when the topics list itself is broken', () => {
    const input = {
      seed: 1,
      topics: 'notes',
      producers: [{ id: 'p', topic: 'notes', recordsPerSec: 1 }],
      groups: [],
    };
    expect(problemsOf(input)).toEqual([{ path: 'topics', message: 'must be a list of topics' }]);
  });

  it('checks references against topics whose other fields are wrong', () => {
    const input = withChange({ 'topics[0].partitions': 0 });
    expect(problemsOf(input).map((p) => p.path)).toEqual(['topics[0].partitions']);
  });
});

describe('validateGroupSpec', () => {
  it('returns a fresh copy of a valid group', () => {
    const input = { id: 'g', topics: ['a'], outputTopic: 'b', members: [{ id: 'm', recordsPerSec: 1 }] };
    const { value, problems } = validateGroupSpec(input, 'group', ['a', 'b']);
    expect(problems).toEqual([]);
    expect(value).toEqual(input);
    expect(value).not.toBe(input);
    expect(value?.members[0]).not.toBe(input.members[0]);
  });

  it('prefixes paths and checks topic references', () => {
    const { value, problems } = validateGroupSpec({ id: 'g', topics: ['c'], members: [{ id: 1 }] }, 'group', [
      'a',
    ]);
    expect(value).toBeUndefined();
    expect(problems).toEqual([
      { path: 'group.topics[0]', message: 'topic "c" is not declared in topics' },
      {
        path: 'group.members[0].id',
        message: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"',
      },
      { path: 'group.members[0].recordsPerSec', message: 'is required' },
    ]);
  });

  it('never throws', () => {
    fc.assert(
      fc.property(fc.anything({ withNullPrototype: true, withBigInt: true }), (input) => {
        const { value, problems } = validateGroupSpec(input, 'group', ['a']);
        expect(value === undefined).toBe(problems.length > 0);
      }),
      { numRuns: 500 },
    );
  });
});

describe('depth guard', () => {
  it(`stops descending past ${MAX_DEPTH} levels`, () => {
    const out: Problem[] = [];
    expect(readObject(out, {}, 'x', MAX_DEPTH + 1, [], 'must be an object')).toBeUndefined();
    expect(readList(out, [], 'y', MAX_DEPTH + 1, 1, 'things')).toBeUndefined();
    expect(out).toEqual([
      { path: 'x', message: 'is nested too deeply (more than 8 levels)' },
      { path: 'y', message: 'is nested too deeply (more than 8 levels)' },
    ]);
    expect(readObject(out, {}, 'x', MAX_DEPTH, [], 'must be an object')).toEqual(new Map());
  });
});
