/**
 * Writing and comparing assignments in the assignors' tests (`src/engine/groups/assignors/*.test.ts`):
 * `tps('a-0, a-1')`, members with their subscriptions and owned partitions, and assignments compared as
 * sets (order inside a member's list is not significant in Kafka).
 */
import { expect } from 'vitest';
import type { AssignorMember, Assignment, TopicPartition } from '../../src/engine';

/** Lists compared as sets: order inside a member's list is not significant in Kafka. */
export const asSets = (a: Assignment): Record<string, string[]> =>
  Object.fromEntries(Object.entries(a).map(([id, list]) => [id, list.map(([t, p]) => `${t}-${p}`).sort()]));

export const ownedFrom = (members: AssignorMember[], a: Assignment): AssignorMember[] =>
  members.map((m) => ({ ...m, owned: a[m.id] ?? [] }));

export const expectSame = (actual: Assignment, expected: Assignment): void => {
  expect(asSets(actual)).toEqual(asSets(expected));
};
// ---------------------------------------------------------------------------------------------------

export const tps = (list: string): TopicPartition[] =>
  list
    .split(', ')
    .filter(Boolean)
    .map((s): TopicPartition => [s.slice(0, s.lastIndexOf('-')), Number(s.slice(s.lastIndexOf('-') + 1))]);

export const group = (spec: Record<string, [topics: string[], owned?: string]>): AssignorMember[] =>
  Object.entries(spec).map(([id, [topics, owned]]) => ({ id, topics, owned: tps(owned ?? '') }));

export const expected = (spec: Record<string, string>): Assignment =>
  Object.fromEntries(Object.entries(spec).map(([id, list]) => [id, tps(list)]));
