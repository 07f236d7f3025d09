import fc from 'fast-check';
import type { Command, Simulation } from '../../../src/engine';
import {
  TOPIC_NAMES,
  buildGroup,
  groupBodyArb,
  withDefaults,
  type GroupBody,
  type ScenarioOptions,
} from './scenarios';

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
