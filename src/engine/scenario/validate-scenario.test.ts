import { describe, it, expect } from 'vitest';
import { validateScenario } from './validate-scenario';
import { ScenarioError, type Problem } from './scenario-error';
import { LIMITS } from './defaults';
import { fullScenario, minimalScenario, problemsOf, withChange } from '../../../test/engine/scenario-inputs';

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
