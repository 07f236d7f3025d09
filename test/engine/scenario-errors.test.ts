/**
 * Bad input: every problem in a scenario is reported at once with its path and a plain sentence; a bad command
 * throws CommandError and changes nothing.
 */
import { describe, expect, it } from 'vitest';

import { CommandError, ScenarioError, createSimulation } from '../../src/engine';

function problemsOf(input: unknown): { path: string; message: string }[] {
  try {
    createSimulation(input);
  } catch (e) {
    expect(e).toBeInstanceOf(ScenarioError);
    return [...(e as ScenarioError).problems];
  }
  throw new Error('the scenario was accepted');
}

describe('createSimulation refuses a bad scenario with every problem and its path', () => {
  it('five mistakes, five problems, each at its path', () => {
    const problems = problemsOf({
      seed: 1.5,
      topics: [{ name: 'notes', partitions: 0 }],
      producers: [{ id: 'teacher', topic: 'nope', recordsPerSec: -1 }],
      groups: [{ id: 'class', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 0 }] }],
    });
    expect(problems.map((p) => p.path)).toEqual([
      'seed',
      'topics[0].partitions',
      'producers[0].topic',
      'producers[0].recordsPerSec',
      'groups[0].members[0].recordsPerSec',
    ]);
    expect(problems.find((p) => p.path === 'topics[0].partitions')!.message).toBe(
      'must be a whole number from 1 to 64',
    );
    expect(problems.find((p) => p.path === 'producers[0].topic')!.message).toBe(
      'topic "nope" is not declared in topics',
    );
  });

  it('the error message lists the problems one per line, "path: message"', () => {
    try {
      createSimulation({ seed: 1, topics: [{ name: 'notes', partitions: 65 }], producers: [], groups: [] });
      expect.unreachable();
    } catch (e) {
      expect((e as Error).message).toBe('topics[0].partitions: must be a whole number from 1 to 64');
    }
  });

  it.each([
    ['not an object', 42, ''],
    ['missing lists', { seed: 1 }, 'topics'],
    ['an unknown field', { seed: 1, topics: [], producers: [], groups: [], extra: true }, 'extra'],
    [
      'a group reading an undeclared topic',
      { seed: 1, topics: [], producers: [], groups: [{ id: 'g', topics: ['x'], members: [] }] },
      'groups[0].topics[0]',
    ],
    [
      'two topics with one name',
      {
        seed: 1,
        topics: [
          { name: 't', partitions: 1 },
          { name: 't', partitions: 1 },
        ],
        producers: [],
        groups: [],
      },
      'topics[1].name',
    ],
  ])('%s', (_label, input, path) => {
    expect(problemsOf(input).map((p) => p.path)).toContain(path);
  });

  it('too many partitions, members or too fast a producer are refused (nothing can hang the page)', () => {
    const problems = problemsOf({
      seed: 1,
      topics: [{ name: 'notes', partitions: 1000 }],
      producers: [{ id: 'p', topic: 'notes', recordsPerSec: 10_000_000 }],
      groups: [
        {
          id: 'g',
          topics: ['notes'],
          members: Array.from({ length: 40 }, (_, i) => ({ id: `m${i}`, recordsPerSec: 1 })),
        },
      ],
    });
    expect(problems.map((p) => p.path)).toEqual(
      expect.arrayContaining(['topics[0].partitions', 'producers[0].recordsPerSec', 'groups[0].members']),
    );
  });
});

describe('a bad command throws CommandError and changes nothing', () => {
  const make = () => {
    const sim = createSimulation({
      seed: 1,
      topics: [{ name: 'notes', partitions: 2 }],
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          members: [
            { id: 'ana', recordsPerSec: 5 },
            { id: 'ben', recordsPerSec: 5 },
          ],
        },
      ],
    });
    sim.advanceTo(4000);
    sim.apply({ type: 'sleep', group: 'class', member: 'ben' });
    sim.advanceTo(5000);
    return sim;
  };

  it.each<[string, unknown, string]>([
    ['an unknown command type', { type: 'explode', group: 'class', member: 'ana' }, 'type'],
    ['an unknown group', { type: 'sleep', group: 'nobody', member: 'ana' }, 'group'],
    ['an unknown member', { type: 'sleep', group: 'class', member: 'zoe' }, 'member'],
    ['sleeping a member who is asleep', { type: 'sleep', group: 'class', member: 'ben' }, 'command'],
    ['waking a member who is awake', { type: 'wake', group: 'class', member: 'ana' }, 'command'],
    [
      'adding a member whose id is taken',
      { type: 'addMember', group: 'class', member: { id: 'ana', recordsPerSec: 1 } },
      'member.id',
    ],
    ['an unknown producer', { type: 'setProducerRate', producer: 'ghost', recordsPerSec: 1 }, 'producer'],
    ['a negative rate', { type: 'setProducerRate', producer: 'teacher', recordsPerSec: -5 }, 'recordsPerSec'],
    [
      'a member rate of 0',
      { type: 'setMemberRate', group: 'class', member: 'ana', recordsPerSec: 0 },
      'recordsPerSec',
    ],
    [
      'a group reading an unknown topic',
      { type: 'addGroup', group: { id: 'g2', topics: ['nope'], members: [] } },
      'group.topics[0]',
    ],
    [
      'an existing group id',
      { type: 'addGroup', group: { id: 'class', topics: ['notes'], members: [] } },
      'group.id',
    ],
    ['not an object', 'sleep ana', ''],
  ])('%s', (_label, command, path) => {
    const sim = make();
    const before = JSON.stringify(sim.snapshot({ recentRecords: 100 }));
    const events = sim.events().length;
    let error: unknown;
    try {
      sim.apply(command as never);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(CommandError);
    expect((error as CommandError).problems.map((p) => p.path)).toContain(path);
    expect(JSON.stringify(sim.snapshot({ recentRecords: 100 }))).toBe(before);
    expect(sim.events()).toHaveLength(events);
    expect(sim.commands).toHaveLength(1);
    expect(sim.now).toBe(5000);
  });

  it('the refused command leaves no trace in the future either', () => {
    const a = make();
    const b = make();
    expect(() => a.apply({ type: 'wake', group: 'class', member: 'ana' })).toThrow(CommandError);
    a.advanceTo(20_000);
    b.advanceTo(20_000);
    expect(JSON.stringify(a.snapshot())).toBe(JSON.stringify(b.snapshot()));
  });
});
