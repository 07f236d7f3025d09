import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Ajv2020 from 'ajv/dist/2020';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { LIMITS, ScenarioError, validateScenario, type Scenario } from '../../src/engine';
import { SCENARIOS } from '../../src/lessons/scenarios';
import { clone, base, GOOD, BAD, ENGINE_ONLY, build } from './schema-cases';

/**
 * The published JSON Schema (public/scenario.schema.json, what editors check files against) and the engine's
 * validator (what the app checks them with) must agree: every scenario one accepts the other accepts, and
 * every scenario one refuses the other refuses, except for the cross-field rules JSON Schema cannot say
 * (listed in ENGINE_ONLY below, and in the schema's description).
 */

const schemaPath = fileURLToPath(new URL('../../public/scenario.schema.json', import.meta.url));
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
const ajv = new Ajv2020({ allErrors: true, strict: true });
const validate = ajv.compile(schema);

/** What the app does with a file: a `$schema` link for editors is dropped, the rest goes to the engine. */
function engineAccepts(input: unknown): boolean {
  const { $schema: _ignored, ...rest } = input as Record<string, unknown>;
  try {
    validateScenario(rest);
    return true;
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return false;
  }
}

const schemaAccepts = (input: unknown): boolean => validate(input);

describe('public/scenario.schema.json', () => {
  it('is a draft 2020-12 schema that ajv compiles in strict mode', () => {
    expect(schema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(typeof validate).toBe('function');
  });

  it.each(SCENARIOS.map((s) => [s.id, s.scenario] as const))(
    'accepts the built-in class %s',
    (_id, scenario) => {
      expect(schemaAccepts(JSON.parse(JSON.stringify(scenario))), JSON.stringify(validate.errors)).toBe(true);
    },
  );

  it.each(GOOD.map((c) => [c[0], c] as const))('both accept: %s', (_name, c) => {
    const input = build(c);
    expect(schemaAccepts(input), JSON.stringify(validate.errors)).toBe(true);
    expect(engineAccepts(input)).toBe(true);
  });

  it.each(BAD.map((c) => [c[0], c] as const))('both refuse: %s', (_name, c) => {
    const input = build(c);
    expect(schemaAccepts(input)).toBe(false);
    expect(engineAccepts(input)).toBe(false);
  });

  it.each(ENGINE_ONLY.map((c) => [c[0], c] as const))(
    'only the engine refuses (cross-field): %s',
    (_name, c) => {
      const input = build(c);
      expect(schemaAccepts(input), JSON.stringify(validate.errors)).toBe(true);
      expect(engineAccepts(input)).toBe(false);
    },
  );

  it('refuses what is not an object at all', () => {
    for (const value of [null, 3, 'scenario', [], [base]]) {
      expect(schemaAccepts(value)).toBe(false);
      expect(() => validateScenario(value)).toThrow(ScenarioError);
    }
  });

  it('agrees with the engine on any value in any number or choice field', () => {
    // Paths to every field the schema constrains on its own, in a base without the cross-field pitfalls
    // (the group reads one topic and writes none, the producer has keys, no heartbeat/session pair).
    // Topic names are left alone: others refer to them (ids that nothing refers to test the name rule).
    const simple: Scenario = {
      seed: 1,
      broker: {},
      topics: [{ name: 'notes', partitions: 3 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1, keys: ['a'] }],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 2 }] }],
    };
    const fields: [path: (string | number)[], ...unknown[]][] = [
      [['seed']],
      [['broker', 'logRetentionCheckIntervalMs']],
      [['broker', 'groupInitialRebalanceDelayMs']],
      ...[
        'partitions',
        'retentionMs',
        'retentionBytes',
        'segmentMs',
        'segmentBytes',
        'deleteRetentionMs',
        'cleanupPolicy',
      ].map((k): [(string | number)[]] => [['topics', 0, k]]),
      ...['recordsPerSec', 'batchSizeBytes', 'tombstoneEvery', 'id'].map((k): [(string | number)[]] => [
        ['producers', 0, k],
      ]),
      [['producers', 0, 'keys', 0]],
      ...[
        'assignor',
        'autoOffsetReset',
        'sessionTimeoutMs',
        'heartbeatIntervalMs',
        'maxPollIntervalMs',
        'autoCommitIntervalMs',
        'maxPollRecords',
        'id',
      ].map((k): [(string | number)[]] => [['groups', 0, k]]),
      [['groups', 0, 'members', 0, 'recordsPerSec']],
      [['groups', 0, 'members', 0, 'id']],
    ];
    const edges = [
      -2,
      -1,
      -0,
      0,
      0.0005,
      0.001,
      0.5,
      1,
      1.5,
      2,
      99,
      100,
      101,
      3000,
      3001,
      5_999,
      6_000,
      44_999,
      45_000,
      50_000,
      50_001,
      1_000_000,
      1_000_001,
      1_800_000,
      1_800_001,
      2_147_483_647,
      2 ** 31,
      LIMITS.maxDurationMs,
      LIMITS.maxDurationMs + 1,
      Number.MAX_SAFE_INTEGER,
      2 ** 53,
      1e308,
      -1e308,
    ];
    const value = fc.oneof(
      fc.constantFrom(...edges),
      fc.integer(),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.constantFrom(
        'range',
        'sticky',
        'earliest',
        'latest',
        'none',
        'delete',
        'compact',
        'compact,delete',
        'delete,compact',
        '',
        '.',
        '..',
        'a b',
        'ok-name',
        '__proto__',
        '3',
        'x'.repeat(41),
        'a\tb',
      ),
      fc.string({ unit: 'grapheme-ascii', maxLength: 45 }),
      fc.constantFrom(null, true, [], {}),
    );
    fc.assert(
      fc.property(fc.constantFrom(...fields), value, ([path], v) => {
        const s = clone(simple) as unknown as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
        let target = s;
        for (const key of path.slice(0, -1)) target = target[key];
        target[path[path.length - 1]!] = v;
        const input = JSON.parse(JSON.stringify(s)) as unknown;
        expect(schemaAccepts(input), `${path.join('.')} = ${JSON.stringify(v)}`).toBe(engineAccepts(input));
      }),
      { seed: 2024, numRuns: 3000 },
    );
  });
});

describe('names the schema reserves', () => {
  const reserved = (schema.$defs as Record<string, { not: { enum: string[] } }>).id!.not.enum;

  it.each(reserved.map((n) => [n]))('the engine refuses "%s" as well', (name) => {
    const s = build(['reserved', (x) => (x.producers[0].id = name)]);
    expect(schemaAccepts(s)).toBe(false);
    expect(engineAccepts(s)).toBe(false);
  });

  it('and accepts names next to them', () => {
    for (const name of ['...', 'proto', '__proto', 'Constructor', 'valueOf2']) {
      const s = build(['near', (x) => (x.producers[0].id = name)]);
      expect(schemaAccepts(s), name).toBe(true);
      expect(engineAccepts(s), name).toBe(true);
    }
  });
});
