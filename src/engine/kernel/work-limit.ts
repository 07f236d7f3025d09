import { KAFKA_DEFAULTS, RECORD_SIZE_BYTES } from '../scenario/defaults';
import type { Command, Scenario } from '../scenario/types';
import type { Problem } from '../scenario/scenario-error';
import type { World } from './world';
import { shapeOf, workPerSecond, type ClassShape } from './work-estimate';
import { WORK_COST_US } from './work-meter';

/**
 * The joint limit: the most work one simulated second of a class may cost (the engine's meter: microseconds
 * on its reference machine). Each field has its own limit too, but 16 topics x 64 partitions, 16 teachers
 * at 50,000 notes a second and 16 groups of 32 students are each allowed and together would need seconds of
 * CPU per simulated second. 100 ms here is about 0.4 s on a classroom laptop (a four-times slower CPU):
 * such a class still plays at 1x; faster, the frame budget slows its clock rather than the page.
 */
export const MAX_WORK_PER_SECOND = 100_000;

function tooHeavy(work: number): string {
  const ms = (us: number): string => (us / 1000).toLocaleString('en', { maximumFractionDigits: 0 });
  return (
    `this class would take about ${ms(work)} ms of work per simulated second, more than the ` +
    `${ms(MAX_WORK_PER_SECOND)} ms a classroom laptop can keep up with: use fewer partitions, students or ` +
    `groups, or slower teachers`
  );
}

/** The joint limit on a scenario: a problem naming it, or null. */
export function scenarioWorkProblem(scenario: Scenario): Problem | null {
  const work = workPerSecond(shapeOf(scenario));
  return work > MAX_WORK_PER_SECOND ? { path: '', message: tooHeavy(work) } : null;
}

/** The class as it stands: its shape for the cost model. */
export function shapeOfWorld(w: World): ClassShape {
  return {
    topics: w.topics.map((t) => ({
      partitions: t.partitions.length,
      segmentRecords: Math.max(1, Math.floor(t.segmentBytes / RECORD_SIZE_BYTES)),
      compacted: t.cleanupPolicy !== 'delete',
      replicationFactor: t.replicationFactor,
    })),
    producers: w.producers.map((p) => ({ topic: p.topic, recordsPerSec: p.recordsPerSec })),
    groups: w.groups.map((g) => ({
      topics: g.topics,
      members: g.members.filter((m) => !m.removed).map((m) => m.recordsPerSec),
      heartbeatIntervalMs: g.heartbeatIntervalMs,
      autoCommitIntervalMs: g.autoCommitIntervalMs,
      maxPollRecords: g.maxPollRecords,
      outputTopic: g.outputTopic,
    })),
    retentionCheckIntervalMs: w.retentionCheckIntervalMs,
    brokers: w.brokers.length,
    replicaLagTimeMaxMs: w.replicaLagTimeMaxMs,
  };
}

/**
 * The joint limit on a command that makes a class busier (a faster teacher or student, one more student or
 * group): the refusal, or null. Records already stored are counted (the cleaner reads them).
 */
export function commandWorkRefusal(w: World, c: Command): string | null {
  if (
    c.type !== 'setProducerRate' &&
    c.type !== 'setMemberRate' &&
    c.type !== 'addMember' &&
    c.type !== 'addGroup'
  ) {
    return null;
  }
  const shape = shapeOfWorld(w);
  const producers = shape.producers.map((p) => ({ ...p }));
  const groups = shape.groups.map((g) => ({ ...g, members: [...g.members] }));
  const gi = 'group' in c && typeof c.group === 'string' ? w.groups.findIndex((g) => g.id === c.group) : -1;
  if (c.type === 'setProducerRate') {
    const p = w.producers.findIndex((x) => x.id === c.producer);
    if (p >= 0) producers[p]!.recordsPerSec = c.recordsPerSec;
  } else if (c.type === 'setMemberRate' && gi >= 0) {
    const live = w.groups[gi]!.members.filter((m) => !m.removed);
    const m = live.findIndex((x) => x.id === c.member);
    if (m >= 0) groups[gi]!.members[m] = c.recordsPerSec;
  } else if (c.type === 'addMember' && gi >= 0) {
    groups[gi]!.members.push(c.member.recordsPerSec);
  } else if (c.type === 'addGroup') {
    const index = (name: string): number => w.topics.findIndex((t) => t.name === name);
    groups.push({
      topics: c.group.topics.map(index).filter((i) => i >= 0),
      members: c.group.members.map((m) => m.recordsPerSec),
      heartbeatIntervalMs: c.group.heartbeatIntervalMs ?? KAFKA_DEFAULTS.heartbeatIntervalMs,
      autoCommitIntervalMs: c.group.autoCommitIntervalMs ?? KAFKA_DEFAULTS.autoCommitIntervalMs,
      maxPollRecords: c.group.maxPollRecords ?? KAFKA_DEFAULTS.maxPollRecords,
      outputTopic: c.group.outputTopic === undefined ? -1 : index(c.group.outputTopic),
    });
  }
  const stored = w.topics.map((t) => t.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0));
  const after = workPerSecond({ ...shape, producers, groups }, stored);
  if (after <= MAX_WORK_PER_SECOND) return null;
  // A class already over the limit (the cleaner's reading grew with what it stores) may still slow down.
  const before = workPerSecond(shape, stored);
  return after > before + WORK_COST_US.timers ? tooHeavy(after) : null;
}
