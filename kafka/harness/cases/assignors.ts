/**
 * The four assignors on the same class: two topics of three partitions, two members, a third joins, the
 * first leaves. Range and round-robin are deterministic given the members' order; sticky and
 * cooperative-sticky keep partitions where they were, cooperative-sticky over two rounds.
 */
import type { AssignorName } from '../../../src/engine';
import { assignmentAt, assignmentShapeAt, partitionsRevoked, type Claim } from '../claims';
import { BROKER, CLASSROOM_GROUP as G, type OracleCase } from '../case';

const ASSIGNORS: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

/** Range and round-robin are checked partition by partition; the sticky ones by sizes and moves since `since`. */
export const exactOrShape =
  (assignor: AssignorName) =>
  (group: string, since: number, t: number, what: string): Claim =>
    assignor === 'range' || assignor === 'roundrobin'
      ? assignmentAt(group, t, what)
      : assignmentShapeAt(group, since, t, what);

export const ASSIGNOR_CASES: OracleCase[] = ASSIGNORS.map((assignor, i) => ({
  id: `assignor-${assignor}`,
  title: `The ${assignor} assignor: a member joins, another leaves`,
  scenario: {
    seed: 20 + i,
    broker: BROKER,
    topics: [
      { name: 'notes', partitions: 3 },
      { name: 'quiz', partitions: 3 },
    ],
    producers: [
      { id: 'teacher', topic: 'notes', recordsPerSec: 3, keys: ['math', 'history', 'latin'] },
      { id: 'examiner', topic: 'quiz', recordsPerSec: 3, keys: ['q1', 'q2', 'q3'] },
    ],
    groups: [
      {
        id: 'class',
        topics: ['notes', 'quiz'],
        ...G,
        assignor,
        members: [
          { id: 'ana', recordsPerSec: 5 },
          { id: 'ben', recordsPerSec: 5 },
        ],
      },
    ],
  },
  script: [
    {
      timeMs: 7000,
      command: { type: 'addMember', group: 'class', member: { id: 'carla', recordsPerSec: 5 } },
    },
    { timeMs: 13_000, command: { type: 'removeMember', group: 'class', member: 'ana' } },
  ],
  durationMs: 19_000,
  claims: [
    // Sticky assignors break ties by what members owned and sent; the first assignment has no owners yet.
    assignmentAt('class', 6500, `${assignor}: two members, two topics`),
    exactOrShape(assignor)('class', 6500, 12_500, `${assignor}: a third member joins`),
    exactOrShape(assignor)('class', 12_500, 18_500, `${assignor}: the first member leaves`),
    partitionsRevoked(
      'class',
      assignor === 'cooperative-sticky'
        ? 'cooperative: only the partitions that move are revoked, the rest stay read through the rebalance'
        : 'eager: every member gives up all its partitions at every rebalance',
    ),
  ],
}));
