/**
 * Rule 9, events: a readable log of what happened, for narration, the timeline and tests.
 */
import { describe, expect, it } from 'vitest';

import { type EngineEventBody, createSimulation, describeEvent } from '../../src/engine';
import { eventsOf } from './helpers';

describe("describeEvent tells an event in Kafka's words", () => {
  it.each<[EngineEventBody, string]>([
    [
      {
        type: 'fetched',
        group: 'class',
        member: 'ana',
        topic: 'notes',
        partition: 2,
        fromOffset: 10,
        toOffset: 15,
        again: 0,
      },
      'ana fetched notes-2 offsets 10-14',
    ],
    [
      {
        type: 'fetched',
        group: 'class',
        member: 'ana',
        topic: 'notes',
        partition: 0,
        fromOffset: 7,
        toOffset: 8,
        again: 0,
      },
      'ana fetched notes-0 offset 7',
    ],
    [
      {
        type: 'fetched',
        group: 'class',
        member: 'ben',
        topic: 'notes',
        partition: 0,
        fromOffset: 5,
        toOffset: 19,
        again: 3,
      },
      'ben fetched notes-0 offsets 5-18 (3 already processed)',
    ],
    [
      {
        type: 'groupStateChanged',
        group: 'class',
        from: 'PreparingRebalance',
        to: 'CompletingRebalance',
        generation: 3,
      },
      'class: PreparingRebalance -> CompletingRebalance, generation 3',
    ],
    [
      {
        type: 'partitionsAssigned',
        group: 'class',
        member: 'ben',
        memberId: 'ben-1',
        generation: 2,
        partitions: [],
      },
      'ben (class) was assigned nothing in generation 2',
    ],
    [
      {
        type: 'memberLeft',
        group: 'class',
        member: 'ana',
        memberId: 'ana-1',
        reason: 'max.poll.interval.ms',
        leaveGroup: true,
      },
      'ana (ana-1) sent LeaveGroup to class (no poll for max.poll.interval.ms)',
    ],
    [
      {
        type: 'memberLeft',
        group: 'class',
        member: 'ana',
        memberId: 'ana-1',
        reason: 'removed',
        leaveGroup: true,
      },
      'ana (ana-1) sent LeaveGroup to class (close())',
    ],
    [
      {
        type: 'memberLeft',
        group: 'class',
        member: 'ben',
        memberId: 'ben-1',
        reason: 'session.timeout.ms',
        leaveGroup: false,
      },
      'class removed ben (ben-1): no heartbeat for session.timeout.ms',
    ],
    [
      { type: 'memberJoined', group: 'class', member: 'ben', memberId: 'ben-2' },
      'ben sent JoinGroup to class as member ben-2',
    ],
    [
      { type: 'memberWoke', group: 'class', member: 'ben', restarted: true, memberId: 'ben-2' },
      'ben (class) restarted: a new process, to join as member ben-2',
    ],
    [
      { type: 'memberRemoved', group: 'class', member: 'ana', skipped: 3 },
      'consumer ana of class closed: 3 record(s) in hand committed without being processed',
    ],
    [
      {
        type: 'committed',
        group: 'class',
        member: 'ana',
        offsets: [{ topic: 'notes', partition: 0, offset: 19 }],
      },
      'ana (class) committed notes-0@19',
    ],
    [
      {
        type: 'offsetReset',
        group: 'class',
        member: 'ben',
        topic: 'notes',
        partition: 0,
        fromOffset: 19,
        toOffset: 165,
        policy: 'earliest',
        skipped: 146,
        deleted: 146,
      },
      'ben (class) reset notes-0 to earliest offset 165 from 19, skipping 146 deleted by retention',
    ],
    [
      {
        type: 'offsetReset',
        group: 'class',
        member: 'ben',
        topic: 'notes',
        partition: 0,
        fromOffset: 19,
        toOffset: 200,
        policy: 'latest',
        skipped: 181,
        deleted: 146,
      },
      'ben (class) reset notes-0 to latest offset 200 from 19, skipping 181, 146 deleted by retention',
    ],
    [
      {
        type: 'segmentsDeleted',
        topic: 'notes',
        partition: 0,
        reason: 'retention.ms',
        segments: 2,
        fromOffset: 5,
        logStartOffset: 15,
      },
      'notes-0 deleted 2 segment(s) by retention.ms: log start offset 15',
    ],
  ])('%j', (event, text) => {
    expect(describeEvent(event)).toBe(text);
  });
});

describe('the event log of a run', () => {
  // ana alone, generation 1 at 3000: her first poll takes the 30 notes written by then (offsets 0-29).
  const sim = createSimulation({
    seed: 1,
    topics: [{ name: 'notes', partitions: 1 }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 10 }],
    groups: [
      {
        id: 'class',
        topics: ['notes'],
        autoOffsetReset: 'earliest',
        members: [{ id: 'ana', recordsPerSec: 5 }],
      },
    ],
  });
  sim.advanceTo(12_000);
  sim.apply({ type: 'sleep', group: 'class', member: 'ana' });
  sim.advanceTo(15_000);

  it('tells the first fetch as "ana fetched notes-0 offsets 0-29"', () => {
    const first = eventsOf(sim, 'fetched')[0]!;
    expect(first.timeMs).toBe(3000);
    expect(describeEvent(first)).toBe('ana fetched notes-0 offsets 0-29');
  });

  it('ids are 0, 1, 2, ... in order, times never go back, and snapshot.eventCount is the next id', () => {
    const all = sim.events();
    expect(all.map((e) => e.id)).toEqual(all.map((_, i) => i));
    for (let i = 1; i < all.length; i++) expect(all[i]!.timeMs).toBeGreaterThanOrEqual(all[i - 1]!.timeMs);
    expect(sim.snapshot().eventCount).toBe(all.length);
  });

  it('events(fromId) returns the events from that id on', () => {
    const all = sim.events();
    expect(sim.events(5)).toEqual(all.slice(5));
    expect(sim.events(all.length)).toEqual([]);
  });

  it('milestones() keeps the rare events, not fetches, commits or segment rolls', () => {
    const milestones = sim.milestones();
    expect(
      milestones.some((e) => e.type === 'fetched' || e.type === 'committed' || e.type === 'segmentRolled'),
    ).toBe(false);
    expect(milestones.map((e) => `${e.timeMs} ${describeEvent(e)}`)).toEqual([
      '0 ana sent JoinGroup to class as member ana-1',
      '0 class: Empty -> PreparingRebalance, generation 0',
      '0 class: rebalance started (ana joined)',
      '3000 class: PreparingRebalance -> CompletingRebalance, generation 1',
      '3000 class: CompletingRebalance -> Stable, generation 1',
      '3000 ana (class) was assigned notes-0 in generation 1',
      '3000 ana (class) reset notes-0 to earliest offset 0 (no committed offset)',
      '12000 ana (class) stopped polling',
    ]);
  });
});
