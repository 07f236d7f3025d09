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
    case 'groupState':
      return snapshot.groups.find((g) => g.id === c.group)?.state === c.state;
    case 'count': {
      const group = snapshot.groups.find((g) => g.id === c.group);
      return group !== undefined && group[c.of] >= c.atLeast;
    }
    case 'activity': {
      const member = snapshot.groups.find((g) => g.id === c.group)?.members.find((m) => m.id === c.member);
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
      return `${c.group} is ${c.state}`;
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
