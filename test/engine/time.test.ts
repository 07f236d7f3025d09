/**
 * Rule 8, time: advanceTo never goes backwards; one step or many give the same history; same scenario and
 * commands give the same state; seek backwards and forwards; after a seek back, playing on replays the
 * recorded commands, and a new command there discards the recorded future (a fork).
 */
import { describe, expect, it } from 'vitest';

import { type Command, type Scenario, type Simulation, createSimulation } from '../../src/engine';
import { eventsOf, memberOf } from './helpers';

const scenario: Scenario = {
  seed: 42,
  broker: { logRetentionCheckIntervalMs: 4000 },
  topics: [{ name: 'notes', partitions: 3, retentionMs: 6000, segmentBytes: 1000 }],
  producers: [
    { id: 'teacher', topic: 'notes', recordsPerSec: 20 },
    { id: 'keyed', topic: 'notes', recordsPerSec: 7, keys: ['a', 'b', 'c', 'd'] },
  ],
  groups: [
    {
      id: 'class',
      topics: ['notes'],
      autoOffsetReset: 'earliest',
      maxPollIntervalMs: 8000,
      members: [
        { id: 'ana', recordsPerSec: 9 },
        { id: 'ben', recordsPerSec: 14 },
      ],
    },
  ],
};

/** The lesson's script: what the teacher does, and when. */
const script: [number, Command][] = [
  [5000, { type: 'sleep', group: 'class', member: 'ana' }],
  [17_000, { type: 'wake', group: 'class', member: 'ana' }],
  [21_000, { type: 'setProducerRate', producer: 'teacher', recordsPerSec: 3 }],
  [26_000, { type: 'addMember', group: 'class', member: { id: 'cleo', recordsPerSec: 30 } }],
];

/** Plays the script up to `until`, advancing `step` ms at a time between commands. */
function play(until: number, step = until): Simulation {
  const sim = createSimulation(scenario);
  const stops = [...new Set([...script.map(([t]) => t), until])]
    .filter((t) => t <= until)
    .sort((a, b) => a - b);
  for (const stop of stops) {
    while (sim.now < stop) sim.advanceTo(Math.min(stop, sim.now + step));
    for (const [t, c] of script) if (t === stop) sim.apply(c);
  }
  return sim;
}

const state = (sim: Simulation) => JSON.stringify(sim.snapshot({ recentRecords: 50 }));
const history = (sim: Simulation) => JSON.stringify(sim.events());

describe('advanceTo', () => {
  it('refuses to go backwards and changes nothing', () => {
    const sim = createSimulation(scenario);
    sim.advanceTo(3000);
    const before = state(sim);
    expect(() => sim.advanceTo(2999)).toThrow(RangeError);
    expect(sim.now).toBe(3000);
    expect(state(sim)).toBe(before);
  });

  it('takes whole milliseconds only; seek refuses negative times', () => {
    const sim = createSimulation(scenario);
    expect(() => sim.advanceTo(1.5)).toThrow(RangeError);
    expect(() => sim.seek(-1)).toThrow(RangeError);
    expect(sim.now).toBe(0);
  });

  it('one step or many (997 ms, 1 ms...) give the same history', () => {
    const once = play(30_000);
    expect(state(play(30_000, 997))).toBe(state(once));
    expect(history(play(30_000, 997))).toBe(history(once));
    expect(state(play(6000, 1))).toBe(state(play(6000)));
  });

  it('the same scenario and commands give an identical state', () => {
    expect(state(play(30_000))).toBe(state(play(30_000)));
  });
});

describe('seek', () => {
  it('seeking back restores the past exactly, and playing on replays the recorded commands', () => {
    const straight = play(30_000);
    const sim = play(30_000);
    sim.seek(7000);
    expect(sim.now).toBe(7000);
    expect(state(sim)).toBe(state(play(7000)));
    expect(memberOf(sim.snapshot(), 'class', 'ana').status).toBe('asleep');
    // The future is still recorded...
    expect(sim.commands.map((c) => c.timeMs)).toEqual([5000, 17_000, 21_000, 26_000]);
    // ...and replayed when time moves on.
    sim.advanceTo(30_000);
    expect(state(sim)).toBe(state(straight));
    expect(history(sim)).toBe(history(straight));
  });

  it('seeking forwards over a recorded future (from 7000 to 22500) is the same as the straight run', () => {
    const sim = play(30_000);
    sim.seek(7000);
    sim.seek(22_500);
    expect(sim.now).toBe(22_500);
    expect(state(sim)).toBe(state(play(22_500)));
  });

  it('seeking forwards past the present advances, with no commands to replay', () => {
    const sim = play(10_000);
    sim.seek(22_500);
    const straight = play(10_000);
    straight.advanceTo(22_500);
    expect(state(sim)).toBe(state(straight));
  });

  it('seeking back to 0 and to a time between checkpoints works too', () => {
    const sim = play(30_000);
    sim.seek(0);
    const fresh = createSimulation(scenario);
    fresh.advanceTo(0);
    expect(state(sim)).toBe(state(fresh));
    sim.seek(12_345);
    expect(state(sim)).toBe(state(play(12_345)));
  });

  it('a new command after seeking back discards the recorded future (a fork)', () => {
    const sim = play(30_000);
    sim.seek(15_000);
    sim.apply({ type: 'setMemberRate', group: 'class', member: 'ben', recordsPerSec: 2 });
    expect(sim.commands.map((c) => [c.timeMs, c.command.type])).toEqual([
      [5000, 'sleep'],
      [15_000, 'setMemberRate'],
    ]);
    sim.advanceTo(30_000);
    // ana never wakes in this history, the teacher never slows down and cleo never comes.
    expect(memberOf(sim.snapshot(), 'class', 'ana').status).toBe('asleep');
    expect(eventsOf(sim, 'producerRateChanged')).toEqual([]);
    expect(sim.snapshot().groups[0]!.members.map((m) => m.id)).toEqual(['ana', 'ben']);
    expect(sim.milestones().filter((e) => e.type === 'memberWoke' || e.type === 'memberAdded')).toEqual([]);
  });

  it('a command given at time 0, before the first advance, is replayed once after a seek back', () => {
    const sim = createSimulation(scenario);
    sim.apply({ type: 'addMember', group: 'class', member: { id: 'cleo', recordsPerSec: 30 } });
    sim.advanceTo(12_000);
    const straight = state(sim);
    sim.seek(2000);
    sim.advanceTo(12_000);
    expect(sim.snapshot().groups[0]!.members.map((m) => m.id)).toEqual(['ana', 'ben', 'cleo']);
    expect(state(sim)).toBe(straight);
  });

  it('seeking back across retention and compaction brings back the deleted and compacted records', () => {
    // 500 notes/s for 12 s: retention (2 s, checked every second) deletes whole chunks of records, and the
    // compacted topic fed by the translator is cleaned at every check. Back at 2500 everything is as it was.
    const busy: Scenario = {
      seed: 5,
      broker: { logRetentionCheckIntervalMs: 1000, groupInitialRebalanceDelayMs: 0 },
      topics: [
        { name: 'notes', partitions: 1, retentionMs: 2000, segmentBytes: 50_000 },
        {
          name: 'roster',
          partitions: 1,
          cleanupPolicy: 'compact',
          segmentBytes: 20_000,
          deleteRetentionMs: 1500,
        },
      ],
      producers: [
        { id: 'teacher', topic: 'notes', recordsPerSec: 500, keys: ['a', 'b', 'c'] },
        { id: 'grades', topic: 'roster', recordsPerSec: 300, keys: ['x', 'y', 'z', 'w'], tombstoneEvery: 5 },
      ],
      groups: [
        {
          id: 'class',
          topics: ['notes'],
          autoOffsetReset: 'earliest',
          members: [{ id: 'ana', recordsPerSec: 800 }],
        },
      ],
    };
    const straight = createSimulation(busy);
    straight.advanceTo(2500);
    const sim = createSimulation(busy);
    sim.advanceTo(12_000);
    expect(sim.snapshot().topics[0]!.partitions[0]!.logStartOffset).toBeGreaterThan(2048);
    sim.seek(2500);
    const full = (s: Simulation) => JSON.stringify(s.snapshot({ recentRecords: 5000 }));
    expect(full(sim)).toBe(full(straight));
    sim.advanceTo(12_000);
    straight.advanceTo(12_000);
    expect(full(sim)).toBe(full(straight));
  });
});
