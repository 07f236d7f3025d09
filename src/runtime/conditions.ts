import type { EngineEvent, Snapshot } from '../engine';
import type { Condition } from '../lessons/lesson';

/** A member's lag: the lag of the partitions she owns right now. */
export function memberLag(snapshot: Snapshot, groupId: string, memberId: string): number | null {
  const group = snapshot.groups.find((g) => g.id === groupId);
  if (!group) return null;
  return group.offsets.filter((o) => o.owner === memberId).reduce((n, o) => n + o.lag, 0);
}

/**
 * Whether a lesson condition holds. `stepEvents` are the events logged since the step began, and
 * `elapsedMs` the simulated time since then.
 */
export function conditionHolds(
  c: Condition,
  snapshot: Snapshot,
  stepEvents: readonly EngineEvent[],
  elapsedMs: number,
): boolean {
  switch (c.kind) {
    case 'elapsed':
      return elapsedMs >= c.ms;
    case 'lag': {
      const group = snapshot.groups.find((g) => g.id === c.group);
      if (!group) return false;
      const lag = c.member === undefined ? group.totalLag : memberLag(snapshot, c.group, c.member);
      if (lag === null) return false;
      return (c.atMost === undefined || lag <= c.atMost) && (c.atLeast === undefined || lag >= c.atLeast);
    }
    case 'groupState': {
      const group = snapshot.groups.find((g) => g.id === c.group);
      return (
        group !== undefined &&
        group.state === c.state &&
        (c.generation === undefined || group.generation === c.generation)
      );
    }
    case 'owns': {
      // The newest incarnation of that name, as for 'activity'.
      const member = snapshot.groups
        .find((g) => g.id === c.group)
        ?.members.findLast((m) => m.id === c.member);
      if (!member) return false;
      const owned = member.assignment.map(([, p]) => p).sort((a, b) => a - b);
      const wanted = [...c.partitions].sort((a, b) => a - b);
      return owned.length === wanted.length && owned.every((p, i) => p === wanted[i]);
    }
    case 'committed': {
      const group = snapshot.groups.find((g) => g.id === c.group);
      const topic = c.topic ?? group?.topics[0];
      const offset = group?.offsets.find((o) => o.topic === topic && o.partition === c.partition);
      if (!offset || offset.committed === null) return false;
      const committed = offset.committed;
      const logStart = snapshot.topics
        .find((t) => t.name === topic)
        ?.partitions.find((p) => p.partition === c.partition)?.logStartOffset;
      return (
        (c.atLeast === undefined || committed >= c.atLeast) &&
        (c.atMost === undefined || committed <= c.atMost) &&
        (c.belowLogStart === undefined ||
          (logStart !== undefined && committed < logStart) === c.belowLogStart)
      );
    }
    case 'log': {
      const log = snapshot.topics
        .find((t) => t.name === c.topic)
        ?.partitions.find((p) => p.partition === c.partition);
      if (!log) return false;
      const offset =
        c.of === 'start' ? log.logStartOffset : c.of === 'end' ? log.logEndOffset : log.highWatermark;
      return (
        (c.atLeast === undefined || offset >= c.atLeast) && (c.atMost === undefined || offset <= c.atMost)
      );
    }
    case 'replicas': {
      const log = snapshot.topics
        .find((t) => t.name === c.topic)
        ?.partitions.find((p) => p.partition === c.partition);
      if (!log) return false;
      const isr = [...log.isr].sort((a, b) => a - b);
      const wanted = c.isr && [...c.isr].sort((a, b) => a - b);
      return (
        (c.leader === undefined || log.leader === c.leader) &&
        (wanted === undefined || (isr.length === wanted.length && isr.every((b, i) => b === wanted[i])))
      );
    }
    case 'producer': {
      const producer = snapshot.producers.find((p) => p.id === c.producer);
      if (!producer) return false;
      const n = producer[c.of];
      return (c.atLeast === undefined || n >= c.atLeast) && (c.atMost === undefined || n <= c.atMost);
    }
    case 'not':
      return !conditionHolds(c.condition, snapshot, stepEvents, elapsedMs);
    case 'count': {
      const group = snapshot.groups.find((g) => g.id === c.group);
      return group !== undefined && group[c.of] >= c.atLeast;
    }
    case 'activity': {
      // The newest incarnation of that name (a restarted consumer and its crashed one share it).
      const member = snapshot.groups
        .find((g) => g.id === c.group)
        ?.members.findLast((m) => m.id === c.member);
      return member?.activity === c.activity;
    }
    case 'event':
      return stepEvents.some(
        (e) =>
          e.type === c.type &&
          (c.group === undefined || ('group' in e && e.group === c.group)) &&
          (c.member === undefined || ('member' in e && e.member === c.member)),
      );
    default: {
      const never: never = c;
      throw new Error(`unknown condition ${JSON.stringify(never)}`);
    }
  }
}

/** A condition in plain words, for tests and for the teacher's notes view. */
export function describeCondition(c: Condition): string {
  switch (c.kind) {
    case 'elapsed':
      return `${c.ms / 1000} s pass`;
    case 'lag': {
      const who = c.member === undefined ? c.group : `${c.member} (${c.group})`;
      const bounds = [
        c.atLeast !== undefined ? `>= ${c.atLeast}` : '',
        c.atMost !== undefined ? `<= ${c.atMost}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      return `lag of ${who} ${bounds}`;
    }
    case 'groupState':
      return `${c.group} is ${c.state}${c.generation === undefined ? '' : ` in generation ${c.generation}`}`;
    case 'owns':
      return `${c.member} (${c.group}) owns exactly partitions [${c.partitions.join(', ')}]`;
    case 'committed': {
      const bounds = [
        c.atLeast !== undefined ? `>= ${c.atLeast}` : '',
        c.atMost !== undefined ? `<= ${c.atMost}` : '',
        c.belowLogStart === undefined
          ? ''
          : c.belowLogStart
            ? 'below the log start'
            : 'not below the log start',
      ]
        .filter(Boolean)
        .join(' and ');
      return `committed offset of ${c.group} on ${c.topic ?? 'its topic'}-${c.partition} ${bounds}`;
    }
    case 'log': {
      const bounds = [
        c.atLeast !== undefined ? `>= ${c.atLeast}` : '',
        c.atMost !== undefined ? `<= ${c.atMost}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      const what = c.of === 'highWatermark' ? 'high watermark' : `log ${c.of} offset`;
      return `${what} of ${c.topic}-${c.partition} ${bounds}`;
    }
    case 'replicas': {
      const parts = [
        c.leader === undefined ? '' : c.leader === null ? 'has no leader' : `is led by broker ${c.leader}`,
        c.isr === undefined ? '' : `has ISR [${c.isr.join(', ')}]`,
      ].filter(Boolean);
      return `${c.topic}-${c.partition} ${parts.join(' and ') || 'exists'}`;
    }
    case 'producer': {
      const bounds = [
        c.atLeast !== undefined ? `>= ${c.atLeast}` : '',
        c.atMost !== undefined ? `<= ${c.atMost}` : '',
      ]
        .filter(Boolean)
        .join(' and ');
      return `${c.of} of ${c.producer} ${bounds}`;
    }
    case 'not':
      return `not (${describeCondition(c.condition)})`;
    case 'count':
      return `${c.of} of ${c.group} >= ${c.atLeast}`;
    case 'activity':
      return `${c.member} (${c.group}) is ${c.activity}`;
    case 'event':
      return `${c.type}${c.member ? ` by ${c.member}` : ''}${c.group ? ` in ${c.group}` : ''}`;
    default: {
      const never: never = c;
      return String(never);
    }
  }
}
