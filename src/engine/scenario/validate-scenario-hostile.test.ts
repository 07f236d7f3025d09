import { describe, it, expect } from 'vitest';
import { validateScenario } from './validate-scenario';
import { ScenarioError } from './scenario-error';
import type { Scenario } from './types';
import { minimalScenario, problemsOf, withChange, deeplyNested } from '../../../test/engine/scenario-inputs';

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
