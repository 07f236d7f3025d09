import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { validateCommand, type CommandContext } from './validate-command';
import { CommandError, type Problem } from './scenario-error';
import { LIMITS } from './defaults';
import type { Command } from './types';

const ctx: CommandContext = {
  topics: ['notes', 'grades'],
  producers: ['teacher'],
  groups: [
    { id: 'pupils', members: ['ana', 'ben'] },
    { id: 'empty', members: [] },
  ],
};

/** The problems `validateCommand` reports; fails the test if it returns or throws anything else. */
function problemsOf(input: unknown, context: CommandContext = ctx): readonly Problem[] {
  try {
    validateCommand(input, context);
  } catch (error) {
    if (error instanceof CommandError) return error.problems;
    throw error;
  }
  throw new Error('expected a CommandError');
}

const ID_MESSAGE = 'must be 1 to 40 characters from a-z, A-Z, 0-9, ".", "_" and "-"';

describe('validateCommand: valid commands', () => {
  it.each<Command>([
    { type: 'sleep', group: 'pupils', member: 'ana' },
    { type: 'wake', group: 'pupils', member: 'ben' },
    { type: 'removeMember', group: 'pupils', member: 'ana' },
    { type: 'crash', group: 'pupils', member: 'ben' },
    { type: 'addMember', group: 'empty', member: { id: 'ana', recordsPerSec: 2 } },
    {
      type: 'addGroup',
      group: {
        id: 'copier',
        topics: ['notes'],
        outputTopic: 'grades',
        assignor: 'sticky',
        sessionTimeoutMs: 6_000,
        members: [{ id: 'c1', recordsPerSec: 0.5 }],
      },
    },
    { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 0 },
    { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 50_000 },
    { type: 'setMemberRate', group: 'pupils', member: 'ana', recordsPerSec: 0.001 },
  ])('accepts $type', (command) => {
    const output = validateCommand(command, ctx);
    expect(output).toEqual(command);
    expect(output).not.toBe(command);
  });

  it('returns a copy that shares no object with the input', () => {
    const input = {
      type: 'addGroup' as const,
      group: { id: 'g', topics: ['notes'], members: [{ id: 'm', recordsPerSec: 1 }] },
    };
    const output = validateCommand(input, ctx);
    if (output.type !== 'addGroup') throw new Error('wrong type');
    expect(output.group).not.toBe(input.group);
    expect(output.group.topics).not.toBe(input.group.topics);
    expect(output.group.members[0]).not.toBe(input.group.members[0]);
  });
});

describe('validateCommand: refusals', () => {
  it('refuses unknown and missing command types', () => {
    const message =
      'must be one of "sleep", "wake", "removeMember", "crash", "addMember", "addGroup", ' +
      '"setProducerRate", "setMemberRate", "stopBroker" or "startBroker"';
    expect(problemsOf({ type: 'explode', group: 'pupils' })).toEqual([{ path: 'type', message }]);
    expect(problemsOf({ type: '__proto__' })).toEqual([{ path: 'type', message }]);
    expect(problemsOf({ group: 'pupils', member: 'ana' })).toEqual([
      { path: 'type', message: 'is required' },
    ]);
  });

  it.each<[string, unknown]>([
    ['null', null],
    ['a string', 'sleep'],
    ['a number', 1],
    ['an array', [{ type: 'sleep', group: 'pupils', member: 'ana' }]],
    ['a Map', new Map([['type', 'sleep']])],
  ])('refuses %s as a whole', (_, input) => {
    const problems = problemsOf(input);
    expect(problems).toHaveLength(1);
    expect(problems[0]?.path).toBe('');
    expect(problems[0]?.message).toMatch(/^the command must be an object with a type/);
  });

  it('refuses groups, members and producers that do not exist', () => {
    expect(problemsOf({ type: 'sleep', group: 'es', member: 'ana' })).toEqual([
      { path: 'group', message: 'group "es" does not exist' },
    ]);
    expect(problemsOf({ type: 'crash', group: 'pupils', member: 'zoe' })).toEqual([
      { path: 'member', message: 'member "zoe" is not in group "pupils"' },
    ]);
    expect(problemsOf({ type: 'setProducerRate', producer: 'office', recordsPerSec: 1 })).toEqual([
      { path: 'producer', message: 'producer "office" does not exist' },
    ]);
    expect(problemsOf({ type: 'setMemberRate', group: 'empty', member: 'ana', recordsPerSec: 1 })).toEqual([
      { path: 'member', message: 'member "ana" is not in group "empty"' },
    ]);
    expect(problemsOf({ type: 'addMember', group: 'es', member: { id: 'x', recordsPerSec: 1 } })).toEqual([
      { path: 'group', message: 'group "es" does not exist' },
    ]);
  });

  it('reports every problem at once', () => {
    expect(problemsOf({ type: 'wake', group: '<b>', member: 7, extra: true, recordsPerSec: 1 })).toEqual([
      { path: 'extra', message: 'unknown field' },
      { path: 'recordsPerSec', message: 'unknown field for a wake command' },
      { path: 'group', message: ID_MESSAGE },
      { path: 'member', message: ID_MESSAGE },
    ]);
    expect(problemsOf({ type: 'setMemberRate' })).toEqual([
      { path: 'group', message: 'is required' },
      { path: 'member', message: 'is required' },
      { path: 'recordsPerSec', message: 'is required' },
    ]);
  });

  it('refuses a member id already in the group and a full group', () => {
    expect(
      problemsOf({ type: 'addMember', group: 'pupils', member: { id: 'ben', recordsPerSec: 1 } }),
    ).toEqual([{ path: 'member.id', message: 'group "pupils" already has a member "ben"' }]);
    const full = Array.from({ length: LIMITS.membersPerGroup }, (_, i) => `m${i}`);
    const context = { ...ctx, groups: [{ id: 'big', members: full }] };
    expect(
      problemsOf({ type: 'addMember', group: 'big', member: { id: 'new', recordsPerSec: 1 } }, context),
    ).toEqual([{ path: 'group', message: 'group "big" already has 32 members, the most allowed' }]);
    expect(problemsOf({ type: 'addMember', group: 'pupils', member: { id: 'x', recordsPerSec: 0 } })).toEqual(
      [
        {
          path: 'member.recordsPerSec',
          message: 'must be a number of records per second from 0.001 to 50,000',
        },
      ],
    );
  });

  it('refuses an existing group id, too many groups, and validates the spec like a scenario', () => {
    expect(problemsOf({ type: 'addGroup', group: { id: 'pupils', topics: ['notes'], members: [] } })).toEqual(
      [{ path: 'group.id', message: 'group "pupils" already exists' }],
    );
    const many = Array.from({ length: LIMITS.groups }, (_, i) => ({ id: `g${i}`, members: [] }));
    expect(
      problemsOf(
        { type: 'addGroup', group: { id: 'new', topics: ['notes'], members: [] } },
        { ...ctx, groups: many },
      ),
    ).toEqual([{ path: 'group', message: 'there are already 16 groups, the most allowed' }]);
    const spec = {
      id: 'g',
      topics: ['notes', 'nope'],
      outputTopic: 'notes',
      heartbeatIntervalMs: 50_000,
      members: [
        { id: 'a', recordsPerSec: 1 },
        { id: 'a', recordsPerSec: 1 },
      ],
      partitons: 3,
    };
    expect(problemsOf({ type: 'addGroup', group: spec }).map((p) => p.path)).toEqual([
      'group.partitons',
      'group.topics[1]',
      'group.heartbeatIntervalMs',
      'group.outputTopic',
      'group.members[1].id',
    ]);
    expect(problemsOf({ type: 'addGroup' })).toEqual([{ path: 'group', message: 'is required' }]);
  });

  it('validates rates as in scenarios', () => {
    for (const recordsPerSec of [-1, 0.0001, 50_001, NaN, Infinity, 1e308, '5', null]) {
      expect(
        problemsOf({ type: 'setProducerRate', producer: 'teacher', recordsPerSec }).map((p) => p.path),
      ).toEqual(['recordsPerSec']);
    }
    expect(problemsOf({ type: 'setMemberRate', group: 'pupils', member: 'ana', recordsPerSec: 0 })).toEqual([
      { path: 'recordsPerSec', message: 'must be a number of records per second from 0.001 to 50,000' },
    ]);
  });

  it('refuses hostile shapes: __proto__ keys, prototypes, deep nesting, getters', () => {
    expect(
      problemsOf(JSON.parse('{"type": "sleep", "group": "pupils", "member": "ana", "__proto__": {}}')),
    ).toEqual([{ path: '__proto__', message: 'unknown field' }]);
    let deep: unknown = 1;
    for (let i = 0; i < 10_000; i += 1) deep = { group: deep };
    expect(problemsOf({ type: 'addGroup', group: deep }).length).toBeLessThanOrEqual(5);
    let calls = 0;
    const sneaky = {
      get type() {
        calls += 1;
        return 'sleep';
      },
    };
    expect(problemsOf(sneaky)).toEqual([{ path: 'type', message: 'must be plain data, not a getter' }]);
    expect(calls).toBe(0);
    const hostile = new Proxy(
      {},
      {
        getPrototypeOf: () => {
          throw new Error('boom');
        },
      },
    );
    expect(problemsOf(hostile)).toEqual([
      { path: '', message: 'the command could not be read as plain data' },
    ]);
  });

  it('puts the problems in the message, one per line', () => {
    try {
      validateCommand({ type: 'sleep', group: 'es', member: 'ana', x: 1 }, ctx);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(CommandError);
      expect((error as CommandError).name).toBe('CommandError');
      expect((error as CommandError).message).toBe('x: unknown field\ngroup: group "es" does not exist');
    }
  });

  it('either returns or throws CommandError for anything', () => {
    const near = fc.record(
      {
        type: fc.oneof(
          fc.constantFrom('sleep', 'addMember', 'addGroup', 'setProducerRate', 'setMemberRate'),
          fc.anything(),
        ),
        group: fc.oneof(fc.constantFrom('pupils', 'empty', 'es'), fc.anything()),
        member: fc.oneof(
          fc.constantFrom('ana', 'zoe'),
          fc.record({ id: fc.string(), recordsPerSec: fc.double() }),
          fc.anything(),
        ),
        producer: fc.oneof(fc.constant('teacher'), fc.anything()),
        recordsPerSec: fc.oneof(fc.double(), fc.anything()),
      },
      { requiredKeys: [] },
    );
    const anything = fc.anything({
      withNullPrototype: true,
      withBigInt: true,
      withDate: true,
      withMap: true,
      withSparseArray: true,
    });
    fc.assert(
      fc.property(fc.oneof(near, anything), (input) => {
        try {
          const command = validateCommand(input, ctx);
          expect(validateCommand(command, ctx)).toEqual(command);
        } catch (error) {
          if (!(error instanceof CommandError) || error.problems.length === 0) throw error;
        }
      }),
      { numRuns: 1_000 },
    );
  });
});
