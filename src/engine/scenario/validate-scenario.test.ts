import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateScenario, validateGroupSpec } from './validate-scenario';
import { ScenarioError, type Problem } from './scenario-error';
import { readList, readObject, MAX_DEPTH } from './checks';
import { LIMITS } from './defaults';
import type { Scenario } from './types';
import { MAX_WORK_PER_SECOND } from '../kernel/work-limit';
import { shapeOf, workPerSecond } from '../kernel/work-estimate';

/** Every field the schema knows, set to a legal value. */
function fullScenario(): Scenario {
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

function minimalScenario(): Scenario {
  return { seed: 1, topics: [{ name: 't', partitions: 1 }], producers: [], groups: [] };
}

/** The problems `validateScenario` reports; fails the test if it returns or throws anything else. */
function problemsOf(input: unknown): readonly Problem[] {
  try {
    validateScenario(input);
  } catch (error) {
    if (error instanceof ScenarioError) return error.problems;
    throw error;
  }
  throw new Error('expected a ScenarioError');
}

/** The full scenario with values set at paths such as `topics[0].partitions` (`undefined` leaves a field out). */
function withChange(changes: Record<string, unknown>): unknown {
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

function deeplyNested(depth: number, asArray: boolean): unknown {
  let value: unknown = 1;
  for (let i = 0; i < depth; i += 1) value = asArray ? [value] : { a: value };
  return value;
}

describe('validateScenario: valid input', () => {
  it('returns a full scenario equal to the input', () => {
    expect(validateScenario(fullScenario())).toEqual(fullScenario());
  });

  it('returns a fresh copy that shares no object with the input', () => {
    const input = fullScenario();
    const output = validateScenario(input);
    expect(output).not.toBe(input);
    expect(output.topics).not.toBe(input.topics);
    expect(output.topics[0]).not.toBe(input.topics[0]);
    expect(output.broker).not.toBe(input.broker);
    expect(output.producers[1]?.keys).not.toBe(input.producers[1]?.keys);
    expect(output.groups[0]?.members).not.toBe(input.groups[0]?.members);
    expect(output.groups[0]?.members[0]).not.toBe(input.groups[0]?.members[0]);
    expect(output.groups[0]?.topics).not.toBe(input.groups[0]?.topics);
    input.producers[1]?.keys?.push('zoe');
    input.topics[0]!.partitions = 9;
    expect(output.producers[1]?.keys).toEqual(['ana', 'ben', 'ana']);
    expect(output.topics[0]?.partitions).toBe(3);
  });

  it('leaves absent optional fields absent', () => {
    const output = validateScenario(minimalScenario());
    expect(output).toEqual(minimalScenario());
    expect('broker' in output).toBe(false);
    expect(Object.keys(output.topics[0]!)).toEqual(['name', 'partitions']);
  });

  it('treats fields set to undefined as absent', () => {
    const output = validateScenario({ ...minimalScenario(), broker: undefined });
    expect('broker' in output).toBe(false);
  });

  it('normalizes -0 to 0 and "delete,compact" to "compact,delete"', () => {
    const input = { ...minimalScenario(), seed: -0 } as Record<string, unknown>;
    input.topics = [{ name: 't', partitions: 1, cleanupPolicy: 'delete,compact', deleteRetentionMs: -0 }];
    const output = validateScenario(input);
    expect(Object.is(output.seed, 0)).toBe(true);
    expect(Object.is(output.topics[0]?.deleteRetentionMs, 0)).toBe(true);
    expect(output.topics[0]?.cleanupPolicy).toBe('compact,delete');
  });

  it('accepts objects without a prototype', () => {
    const topic = Object.assign(Object.create(null) as object, { name: 't', partitions: 1 });
    const input = Object.assign(Object.create(null) as object, { ...minimalScenario(), topics: [topic] });
    const output = validateScenario(input);
    expect(Object.getPrototypeOf(output)).toBe(Object.prototype);
    expect(Object.getPrototypeOf(output.topics[0])).toBe(Object.prototype);
  });

  it('accepts any safe integer as a seed and the limits themselves', () => {
    const seeds = [0, 2 ** 32 - 1, -1, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER];
    for (const seed of seeds) expect(validateScenario({ ...minimalScenario(), seed }).seed).toBe(seed);
    const max = withChange({
      'topics[0].retentionMs': LIMITS.maxDurationMs,
      'producers[0].recordsPerSec': LIMITS.maxRecordsPerSec,
      'producers[1].keys': Array.from({ length: LIMITS.keysPerProducer }, (_, i) => `k${i}`.padEnd(200, 'x')),
      'groups[0].maxPollRecords': LIMITS.maxPollRecords,
      'groups[0].heartbeatIntervalMs': 9_999,
      'groups[1].members': Array.from({ length: LIMITS.membersPerGroup }, (_, i) => ({
        id: `m${i}`,
        recordsPerSec: 1,
      })),
      'producers[0].id': 'x'.repeat(LIMITS.idLength),
    });
    expect(validateScenario(max)).toEqual(max);
  });

  it('allows the same member id in different groups', () => {
    const output = validateScenario(fullScenario());
    expect(output.groups[0]?.members[0]?.id).toBe('ana');
    expect(output.groups[2]?.members[0]?.id).toBe('ana');
  });
});

describe('validateScenario: problems', () => {
  it('reports every problem at once, with exact paths and messages', () => {
    const input = JSON.parse(`{
      "seed": 1.5,
      "broker": { "logRetentionCheckIntervalMs": 0, "color": "red" },
      "topics": [
        { "name": "notes", "partitons": 3 },
        { "name": "notes", "partitions": 65, "cleanupPolicy": "keep" },
        { "name": "a b", "partitions": "2", "retentionMs": 0, "retentionBytes": 99, "segmentBytes": 1e308 },
        { "name": "grades", "partitions": 1, "cleanupPolicy": "compact" }
      ],
      "producers": [
        { "id": "p", "topic": "nope", "recordsPerSec": -1, "tombstoneEvery": 3 },
        { "id": "p", "topic": "grades", "recordsPerSec": 1 },
        { "id": "q", "topic": "notes", "recordsPerSec": 1, "keys": [] },
        { "id": "r", "topic": "notes", "recordsPerSec": 1, "keys": ["", 7, "ok", "line\\nbreak"] }
      ],
      "groups": [
        { "id": "g", "topics": ["notes", "notes", "zz"], "outputTopic": "notes", "assignor": "fastest",
          "autoOffsetReset": "none", "heartbeatIntervalMs": 45000, "maxPollRecords": 0,
          "members": [{ "id": "m", "recordsPerSec": 0 }, { "id": "m", "recordsPerSec": 1 }, { "recordsPerSec": 1 }] },
        { "id": "g", "topics": [], "members": {} }
      ]
    }`);
    expect(problemsOf(input)).toEqual([
      {
        path: 'seed',
        message:
          'must be a whole number, usually from 0 to 4,294,967,295 ' +
          '(any whole number from -9,007,199,254,740,991 to 9,007,199,254,740,991 is accepted)',
      },
      { path: 'broker.color', message: 'unknown field' },
      {
        path: 'broker.logRetentionCheckIntervalMs',
        message: 'must be a whole number of milliseconds from 1 to 2,592,000,000 (30 days)',
      },
      { path: 'topics[0].partitons', message: 'unknown field' },
      { path: 'topics[0].partitions', message: 'is required' },
      { path: 'topics[1].partitions', message: 'must be a whole number from 1 to 64' },
      { path: 'topics[1].cleanupPolicy', message: 'must be "delete", "compact" or "compact,delete"' },
      { path: 'topics[1].name', message: 'topic name "notes" is already used by topics[0]' },
      { path: 'topics[2].name', message: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"' },
      {
        path: 'topics[2].partitions',
        message: 'must be a whole number from 1 to 64 (write the number without quotes)',
      },
      {
        path: 'topics[2].retentionMs',
        message:
          'must be -1 (keep records forever) or a whole number of milliseconds from 1 to 2,592,000,000 (30 days)',
      },
      {
        path: 'topics[2].retentionBytes',
        message: 'must be -1 (no size limit) or a whole number of bytes of at least 100 (one record)',
      },
      {
        path: 'topics[2].segmentBytes',
        message: 'must be a whole number of bytes from 100 (one record) to 2,147,483,647',
      },
      { path: 'producers[0].topic', message: 'topic "nope" is not declared in topics' },
      {
        path: 'producers[0].recordsPerSec',
        message: 'must be 0 (a silent producer) or a number of records per second from 0.001 to 50,000',
      },
      {
        path: 'producers[0].tombstoneEvery',
        message:
          'needs keys as well: a tombstone tells Kafka to forget a key, so only records with a key can be one',
      },
      {
        path: 'producers[1].keys',
        message:
          'is required because topic "grades" is compacted: Kafka refuses records without a key on a compacted topic',
      },
      { path: 'producers[1].id', message: 'producer id "p" is already used by producers[0]' },
      {
        path: 'producers[2].keys',
        message: 'must list at least one key (leave keys out for records without a key)',
      },
      { path: 'producers[3].keys[0]', message: 'must be text of 1 to 200 characters' },
      { path: 'producers[3].keys[1]', message: 'must be text of 1 to 200 characters' },
      {
        path: 'producers[3].keys[3]',
        message: 'must not contain control characters such as line breaks or tabs',
      },
      { path: 'groups[0].topics[1]', message: 'topic "notes" is listed twice' },
      { path: 'groups[0].topics[2]', message: 'topic "zz" is not declared in topics' },
      {
        path: 'groups[0].assignor',
        message: 'must be one of "range", "roundrobin", "sticky" or "cooperative-sticky"',
      },
      { path: 'groups[0].autoOffsetReset', message: 'must be "earliest" or "latest"' },
      { path: 'groups[0].maxPollRecords', message: 'must be a whole number from 1 to 10,000' },
      {
        path: 'groups[0].heartbeatIntervalMs',
        message:
          "must be less than Kafka's default session timeout (45,000 ms): " +
          "Kafka's consumer refuses a heartbeat interval that is not shorter than the session timeout",
      },
      {
        path: 'groups[0].outputTopic',
        message:
          'must not be "notes", one of the group\'s own input topics: ' +
          'the group would read back everything it writes and feed itself forever',
      },
      {
        path: 'groups[0].members[0].recordsPerSec',
        message: 'must be a number of records per second from 0.001 to 50,000',
      },
      {
        path: 'groups[0].members[1].id',
        message: 'member id "m" is already used by members[0] in this group',
      },
      { path: 'groups[0].members[2].id', message: 'is required' },
      { path: 'groups[1].topics', message: 'must list at least one topic for the group to read' },
      { path: 'groups[1].members', message: 'must be a list of members' },
      { path: 'groups[1].id', message: 'group id "g" is already used by groups[0]' },
    ]);
  });

  it('says what is missing from an empty object', () => {
    expect(problemsOf({})).toEqual([
      { path: 'seed', message: 'is required' },
      { path: 'topics', message: 'is required (write [] for none)' },
      { path: 'producers', message: 'is required (write [] for none)' },
      { path: 'groups', message: 'is required (write [] for none)' },
    ]);
  });

  it('puts one problem per line in the message', () => {
    try {
      validateScenario({ seed: 1, topics: [], producers: [], groups: [], extra: 1, more: 2 });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      expect((error as ScenarioError).name).toBe('ScenarioError');
      expect((error as ScenarioError).message).toBe('extra: unknown field\nmore: unknown field');
    }
  });

  it.each<[string, Record<string, unknown>, Problem]>([
    [
      'ids with illegal characters',
      { 'producers[0].id': '<script>' },
      { path: 'producers[0].id', message: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"' },
    ],
    [
      'ids that are too long',
      { 'groups[0].id': 'x'.repeat(41) },
      { path: 'groups[0].id', message: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"' },
    ],
    [
      'empty ids',
      { 'groups[0].members[0].id': '' },
      {
        path: 'groups[0].members[0].id',
        message: 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"',
      },
    ],
    [
      '"." and ".." as names',
      { 'topics[2].name': '..' },
      { path: 'topics[2].name', message: 'must not be "..": Kafka does not allow that name' },
    ],
    [
      'names JavaScript reserves',
      { 'groups[1].id': '__proto__' },
      {
        path: 'groups[1].id',
        message: 'must not be "__proto__": the simulator reserves that name, please choose another',
      },
    ],
  ])('refuses %s', (_, change, problem) => {
    expect(problemsOf(withChange(change))).toContainEqual(problem);
  });

  it('refuses topic names that differ only in "." versus "_"', () => {
    const input = {
      ...minimalScenario(),
      topics: [
        { name: 'a.b', partitions: 1 },
        { name: 'a_b', partitions: 1 },
      ],
    };
    expect(problemsOf(input)).toEqual([
      {
        path: 'topics[1].name',
        message:
          'topic name "a_b" collides with "a.b" (topics[0]): ' +
          'Kafka treats "." and "_" alike in topic names and refuses such a pair',
      },
    ]);
  });
});

const MAX_MS = LIMITS.maxDurationMs;
const WRONG_TYPES: readonly unknown[] = [
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

describe('validateScenario: hostile input', () => {
  it.each<[string, unknown]>([
    ['null', null],
    ['undefined', undefined],
    ['a string', 'seed: 1'],
    ['a script tag', '<script>alert(1)</script>'],
    ['a number', 42],
    ['NaN', NaN],
    ['a boolean', true],
    ['a bigint', 10n],
    ['a symbol', Symbol('x')],
    ['a function', () => minimalScenario()],
    ['an array', [minimalScenario()]],
    ['a RegExp', /seed/],
    ['a Set', new Set([1])],
    ['a Map', new Map([['seed', 1]])],
    [
      'a class instance',
      new (class Scenario {
        seed = 1;
      })(),
    ],
    ['an object with a custom prototype', Object.create(minimalScenario()) as unknown],
  ])('refuses %s as a whole with one problem', (_, input) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(
      /^the scenario must be an object with seed, topics, producers and groups/,
    );
  });

  it.each<[string, (nested: unknown) => unknown, string]>([
    ['the whole scenario', (n) => n, ''],
    ['the topics list', (n) => ({ ...minimalScenario(), topics: n }), 'topics'],
    ['a topic', (n) => ({ ...minimalScenario(), topics: [n] }), 'topics[0]'],
    ['the seed', (n) => ({ ...minimalScenario(), seed: n }), 'seed'],
    ['the broker', (n) => ({ ...minimalScenario(), broker: n }), 'broker'],
    ['an unknown field', (n) => ({ ...minimalScenario(), extra: n }), 'extra'],
    ['a key list', (n) => withChange({ 'producers[1].keys': [n] }), 'producers[1].keys[0]'],
    ['a member', (n) => withChange({ 'groups[0].members[0]': n }), 'groups[0].members[0]'],
    ['a group topic list', (n) => withChange({ 'groups[0].topics': n }), 'groups[0].topics'],
  ])('refuses 10,000-deep nesting in %s without descending', (_, place, path) => {
    for (const asArray of [true, false]) {
      const problems = problemsOf(place(deeplyNested(10_000, asArray)));
      // One problem where the nesting starts (or, for a nested object, its unknown field and what it lacks).
      expect(problems.length).toBeLessThanOrEqual(5);
      expect(problems.some((p) => p.path.startsWith(path))).toBe(true);
      for (const p of problems) expect(p.path.length).toBeLessThanOrEqual(path.length + 20);
    }
  });

  it('reports "__proto__" keys from JSON as unknown fields and pollutes nothing', () => {
    const json =
      '{"__proto__": {"polluted": true}, "seed": 1, "producers": [], "groups": [],' +
      ' "topics": [{"name": "t", "partitions": 1, "__proto__": {"retentionMs": 5}}],' +
      ' "constructor": {"prototype": {"polluted": true}}}';
    expect(problemsOf(JSON.parse(json))).toEqual([
      { path: '__proto__', message: 'unknown field' },
      { path: 'constructor', message: 'unknown field' },
      { path: 'topics[0].__proto__', message: 'unknown field' },
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(({} as Record<string, unknown>).retentionMs).toBeUndefined();
  });

  it('refuses objects whose prototype was set with __proto__', () => {
    const input = { ...minimalScenario(), topics: [{ __proto__: { partitions: 3 }, name: 't' }] };
    expect(problemsOf(input)).toEqual([
      {
        path: 'topics[0]',
        message:
          'must be an object describing a topic (a plain { ... } object, not a special JavaScript object)',
      },
    ]);
  });

  it('never reads inherited fields, even from a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    let output: Scenario;
    try {
      proto.retentionMs = 5;
      proto.broker = { logRetentionCheckIntervalMs: 1 };
      proto.keys = ['a'];
      output = validateScenario({
        ...minimalScenario(),
        producers: [{ id: 'p', topic: 't', recordsPerSec: 1 }],
      });
    } finally {
      delete proto.retentionMs;
      delete proto.broker;
      delete proto.keys;
    }
    expect(Object.hasOwn(output, 'broker')).toBe(false);
    expect(Object.hasOwn(output.topics[0]!, 'retentionMs')).toBe(false);
    expect(Object.hasOwn(output.producers[0]!, 'keys')).toBe(false);
  });

  it('refuses lists past the limits without walking them', () => {
    const topics = new Array(2 ** 32 - 1);
    expect(problemsOf({ ...minimalScenario(), topics })).toContainEqual({
      path: 'topics',
      message: 'must list at most 16 topics (it lists 4,294,967,295)',
    });
    const filled = Array.from({ length: 100_000 }, (_, i) => ({ name: `t${i}`, partitions: 1 }));
    expect(problemsOf({ ...minimalScenario(), topics: filled })).toEqual([
      { path: 'topics', message: 'must list at most 16 topics (it lists 100,000)' },
    ]);
    const keys = Array.from({ length: 10_001 }, () => 'k');
    expect(problemsOf(withChange({ 'producers[1].keys': keys }))).toEqual([
      { path: 'producers[1].keys', message: 'must list at most 10,000 keys (it lists 10,001)' },
    ]);
    const members = Array.from({ length: 33 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 1 }));
    expect(problemsOf(withChange({ 'groups[0].members': members }))).toEqual([
      { path: 'groups[0].members', message: 'must list at most 32 members (it lists 33)' },
    ]);
  });

  it('caps the message but keeps every problem', () => {
    const keys = Array.from({ length: 10_000 }, () => 7);
    try {
      validateScenario(withChange({ 'producers[1].keys': keys }));
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(ScenarioError);
      const { problems, message } = error as ScenarioError;
      expect(problems).toHaveLength(10_000);
      const lines = message.split('\n');
      expect(lines).toHaveLength(101);
      expect(lines[100]).toBe('...and 9900 more problems');
    }
  });

  it('reports at most ten unknown fields one by one', () => {
    const input: Record<string, unknown> = { ...minimalScenario() };
    for (let i = 0; i < 100_000; i += 1) input[`f${i}`] = i;
    const problems = problemsOf(input);
    expect(problems).toHaveLength(11);
    expect(problems[10]).toEqual({ path: '', message: 'has 99,990 more unknown fields' });
  });

  it('quotes odd field names in paths and shortens long ones', () => {
    const input = { ...minimalScenario(), ['<script>"x"</script>']: 1, ['y'.repeat(1_000)]: 1 };
    expect(problemsOf(input).map((p) => p.path)).toEqual([
      '["<script>\\"x\\"</script>"]',
      `["${'y'.repeat(40)}..."]`,
    ]);
  });

  it('refuses huge strings and wrong types everywhere', () => {
    expect(
      problemsOf({ seed: 'a', broker: [], topics: {}, producers: 'x', groups: 7 }).map((p) => p.path),
    ).toEqual(['seed', 'broker', 'topics', 'producers', 'groups']);
    const topic = {
      name: 'x'.repeat(1_000_000),
      partitions: '3',
      retentionMs: {},
      retentionBytes: [],
      segmentMs: null,
      segmentBytes: true,
      cleanupPolicy: 1,
      deleteRetentionMs: 'x',
    };
    expect(problemsOf({ ...minimalScenario(), topics: [topic] })).toHaveLength(8);
  });

  it('refuses getters without calling them', () => {
    let calls = 0;
    const topic = {
      name: 't',
      get partitions() {
        calls += 1;
        return 1;
      },
    };
    const topics = [topic];
    Object.defineProperty(topics, 1, { get: () => (calls += 1), enumerable: true });
    expect(problemsOf({ ...minimalScenario(), topics })).toEqual([
      { path: 'topics[1]', message: 'must be plain data, not a getter' },
      { path: 'topics[0].partitions', message: 'must be plain data, not a getter' },
    ]);
    expect(calls).toBe(0);
  });

  it('turns a hostile Proxy into a ScenarioError', () => {
    const trap = () => {
      throw new TypeError('boom');
    };
    const hostile = new Proxy(
      {},
      { get: trap, getPrototypeOf: trap, ownKeys: trap, getOwnPropertyDescriptor: trap },
    );
    expect(problemsOf(hostile)).toEqual([
      { path: '', message: 'the scenario could not be read as plain data' },
    ]);
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    expect(problemsOf({ ...minimalScenario(), broker: proxy })).toHaveLength(1);
  });
});

describe('validateScenario: properties', () => {
  it('either returns or throws ScenarioError for anything', () => {
    fc.assert(
      fc.property(
        fc.anything({
          withBigInt: true,
          withBoxedValues: true,
          withDate: true,
          withMap: true,
          withSet: true,
          withNullPrototype: true,
          withObjectString: true,
          withSparseArray: true,
          withTypedArray: true,
          withUnicodeString: true,
        }),
        (input) => {
          try {
            validateScenario(input);
          } catch (error) {
            if (!(error instanceof ScenarioError) || error.problems.length === 0) throw error;
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  const names = fc
    .stringMatching(/^[a-z0-9-]{1,12}$/)
    .filter((n) => !['constructor', 'prototype', 'valueof', 'tostring'].includes(n));
  const rate = fc.oneof(
    fc.integer({ min: 1, max: 50_000 }),
    fc.double({ min: 0.001, max: 50_000, noNaN: true }),
  );

  /** Random scenarios that obey every rule. */
  const validScenario = fc
    .record({
      seed: fc.maxSafeInteger(),
      names: fc.uniqueArray(names, { minLength: 1, maxLength: LIMITS.topics }),
      partitions: fc.integer({ min: 1, max: LIMITS.partitions }),
      retentionMs: fc.option(fc.oneof(fc.constant(-1), fc.integer({ min: 1, max: MAX_MS })), {
        nil: undefined,
      }),
      compact: fc.boolean(),
    })
    .chain(({ seed, names: topicNames, partitions, retentionMs, compact }) => {
      const topics = topicNames.map((name, i) => ({
        name,
        partitions,
        ...(retentionMs === undefined ? {} : { retentionMs }),
        ...(compact && i === 0 ? { cleanupPolicy: 'compact' as const } : {}),
      }));
      const topic = fc.constantFrom(...topicNames);
      const producer = fc.record(
        {
          id: names,
          topic,
          recordsPerSec: fc.oneof(fc.constant(0), rate),
          keys: fc.array(
            fc
              .string({ minLength: 1, maxLength: 20 })
              .filter((k) =>
                [...k].every(
                  (c) => c.charCodeAt(0) > 0x1f && (c.charCodeAt(0) < 0x7f || c.charCodeAt(0) > 0x9f),
                ),
              ),
            { minLength: 1, maxLength: 5 },
          ),
        },
        { requiredKeys: ['id', 'topic', 'recordsPerSec', 'keys'] },
      );
      const group = fc.record({
        id: names,
        topics: fc.subarray(topicNames, { minLength: 1 }),
        heartbeatIntervalMs: fc.integer({ min: 1, max: 5_999 }),
        sessionTimeoutMs: fc.integer({ min: 6_000, max: 1_800_000 }),
        members: fc.uniqueArray(fc.record({ id: names, recordsPerSec: rate }), {
          selector: (m) => m.id,
          maxLength: LIMITS.membersPerGroup,
        }),
      });
      return fc.record({
        seed: fc.constant(seed),
        topics: fc.constant(topics),
        producers: fc.uniqueArray(producer, { selector: (p) => p.id, maxLength: LIMITS.producers }),
        groups: fc.uniqueArray(group, { selector: (g) => g.id, maxLength: LIMITS.groups }),
      });
    });

  it('returns every valid scenario unchanged, or refuses it by the joint work limit alone', () => {
    let returned = 0;
    fc.assert(
      fc.property(validScenario, (input) => {
        if (workPerSecond(shapeOf(input)) > MAX_WORK_PER_SECOND) {
          expect(() => validateScenario(input)).toThrow(/ms of work per simulated second/);
        } else {
          expect(validateScenario(input)).toEqual(input);
          returned++;
        }
      }),
      { numRuns: 200 },
    );
    expect(returned).toBeGreaterThan(20);
  });

  it('refuses every limit at once: each field allowed, together too heavy for a classroom laptop', () => {
    const topics = Array.from({ length: LIMITS.topics }, (_, i) => ({
      name: `t${i}`,
      partitions: LIMITS.partitions,
    }));
    const everything = {
      seed: 1,
      topics,
      producers: topics.map((t, i) => ({
        id: `p${i}`,
        topic: t.name,
        recordsPerSec: LIMITS.maxRecordsPerSec,
      })),
      groups: Array.from({ length: LIMITS.groups }, (_, g) => ({
        id: `g${g}`,
        topics: topics.map((t) => t.name),
        members: Array.from({ length: LIMITS.membersPerGroup }, (_, i) => ({
          id: `m${i}`,
          recordsPerSec: 1,
        })),
      })),
    };
    expect(problemsOf(everything)).toEqual([
      {
        path: '',
        message: expect.stringMatching(
          /^this class would take about [\d,]+ ms of work per simulated second, more than the 100 ms a classroom laptop can keep up with/,
        ) as unknown,
      },
    ]);
    // One teacher at the highest rate, read by a group, is within it.
    const one = {
      ...everything,
      topics: topics.slice(0, 1),
      producers: everything.producers.slice(0, 1),
      groups: [{ ...everything.groups[0]!, topics: ['t0'] }],
    };
    expect(validateScenario(one)).toEqual(one);
  });

  it('either returns a scenario that validates to itself or throws ScenarioError for near-valid input', () => {
    const spoil = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ weight: 4, arbitrary: arb }, fc.anything());
    const nearValid = validScenario.chain((s) =>
      fc.record({
        seed: spoil(fc.constant(s.seed)),
        topics: spoil(fc.constant(s.topics).map((ts) => ts.map((t) => ({ ...t })))),
        producers: spoil(
          fc.tuple(
            ...s.producers.map((p) =>
              spoil(fc.constant(p).map((x) => ({ ...x, recordsPerSec: x.recordsPerSec }))),
            ),
          ),
        ),
        groups: spoil(fc.tuple(...s.groups.map((g) => spoil(fc.constant(g))))),
      }),
    );
    fc.assert(
      fc.property(nearValid, (input) => {
        let output: Scenario;
        try {
          output = validateScenario(input);
        } catch (error) {
          if (error instanceof ScenarioError) return;
          throw error;
        }
        expect(validateScenario(output)).toEqual(output);
      }),
      { numRuns: 300 },
    );
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
