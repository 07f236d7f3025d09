import { describe, expect, it } from 'vitest';
import { createSimulation } from '../engine';
import { findScenario } from '../lessons/scenarios';
import type { Condition } from '../lessons/lesson';
import { conditionHolds, describeCondition } from './conditions';

/** The retention class at 40 s with Ben asleep since 10 s: his bookmark's page has been deleted. */
function retentionAt40s() {
  const sim = createSimulation(findScenario('retention')!.scenario);
  sim.advanceTo(10_000);
  const first = sim.snapshot().eventCount;
  sim.apply({ type: 'sleep', group: 'class', member: 'ben' });
  sim.advanceTo(40_000);
  return { snapshot: sim.snapshot(), events: sim.events(first) };
}

describe('lesson conditions that pin a caption', () => {
  const { snapshot, events } = retentionAt40s();
  const holds = (c: Condition) => conditionHolds(c, snapshot, events, 30_000);
  const log = snapshot.topics[0]!.partitions[0]!;
  const committed = snapshot.groups[0]!.offsets[0]!.committed!;

  it('reads the world it is given (the setup the cases below rely on)', () => {
    expect(log.logStartOffset).toBeGreaterThan(committed);
    expect(snapshot.groups[0]!.generation).toBe(1);
  });

  it.each<[Condition, boolean]>([
    [{ kind: 'owns', group: 'class', member: 'ben', partitions: [0] }, true],
    [{ kind: 'owns', group: 'class', member: 'ben', partitions: [] }, false],
    [{ kind: 'owns', group: 'class', member: 'nobody', partitions: [] }, false],
    [{ kind: 'groupState', group: 'class', state: 'Stable', generation: 1 }, true],
    [{ kind: 'groupState', group: 'class', state: 'Stable', generation: 2 }, false],
    [{ kind: 'committed', group: 'class', partition: 0, belowLogStart: true }, true],
    [{ kind: 'committed', group: 'class', partition: 0, belowLogStart: false }, false],
    [{ kind: 'committed', group: 'class', partition: 0, atLeast: committed, atMost: committed }, true],
    [{ kind: 'committed', group: 'class', partition: 0, atLeast: committed + 1 }, false],
    [{ kind: 'committed', group: 'class', partition: 1, atLeast: 0 }, false],
    [{ kind: 'log', topic: 'notes', partition: 0, of: 'start', atLeast: log.logStartOffset }, true],
    [{ kind: 'log', topic: 'notes', partition: 0, of: 'end', atMost: log.logEndOffset - 1 }, false],
    [{ kind: 'log', topic: 'notas', partition: 0, of: 'end', atLeast: 0 }, false],
    [{ kind: 'not', condition: { kind: 'event', type: 'committed', member: 'ben' } }, true],
    [{ kind: 'not', condition: { kind: 'event', type: 'segmentsDeleted' } }, false],
  ])('%j holds: %s', (c, expected) => {
    expect(holds(c), describeCondition(c)).toBe(expected);
  });
});

/** The no-spare-copy class 8 s after broker 3 stopped cleanly: two copies in sync of three required. */
function oneBrokerDown() {
  const sim = createSimulation(findScenario('no-spare-copy')!.scenario);
  sim.advanceTo(5500);
  const first = sim.snapshot().eventCount;
  sim.apply({ type: 'stopBroker', broker: 3, clean: true });
  sim.advanceTo(13_500);
  return { snapshot: sim.snapshot(), events: sim.events(first) };
}

describe('lesson conditions about copies and producers', () => {
  const { snapshot, events } = oneBrokerDown();
  const holds = (c: Condition) => conditionHolds(c, snapshot, events, 8000);
  const log = snapshot.topics[0]!.partitions[0]!;
  const teacher = snapshot.producers[0]!;

  it('reads the world it is given (the setup the cases below rely on)', () => {
    expect(log.leader).toBe(1);
    expect(log.isr.length).toBe(2);
    expect(teacher.waiting).toBeGreaterThan(0);
  });

  it.each<[Condition, boolean]>([
    [{ kind: 'replicas', topic: 'notes', partition: 0, leader: 1, isr: [2, 1] }, true],
    [{ kind: 'replicas', topic: 'notes', partition: 0, isr: [1, 2, 3] }, false],
    [{ kind: 'replicas', topic: 'notes', partition: 0, leader: null }, false],
    [{ kind: 'replicas', topic: 'notes', partition: 1, leader: 1 }, false],
    [{ kind: 'log', topic: 'notes', partition: 0, of: 'highWatermark', atLeast: 5, atMost: 5 }, true],
    [{ kind: 'log', topic: 'notes', partition: 0, of: 'highWatermark', atLeast: 6 }, false],
    [{ kind: 'producer', producer: 'teacher', of: 'waiting', atLeast: teacher.waiting }, true],
    [{ kind: 'producer', producer: 'teacher', of: 'acknowledged', atMost: teacher.acknowledged - 1 }, false],
    [{ kind: 'producer', producer: 'teacher', of: 'lostAcknowledged', atMost: 0 }, true],
    [{ kind: 'producer', producer: 'nobody', of: 'failed', atMost: 0 }, false],
  ])('%j holds: %s', (c, expected) => {
    expect(holds(c), describeCondition(c)).toBe(expected);
  });
});
