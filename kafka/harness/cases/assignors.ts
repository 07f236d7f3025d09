/**
 * The four assignors on the same class: two topics of three partitions, two members, a third joins, the
 * first leaves. Range and round-robin are deterministic given the members' order; sticky and
 * cooperative-sticky keep partitions where they were, cooperative-sticky over two rounds.
 */
import type { AssignorName } from '../../../src/engine';
import { assignmentAt } from '../claims';
import { BROKER, CLASSROOM_GROUP as G, type OracleCase } from '../case';

const ASSIGNORS: AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];

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
      timeMs: 5000,
      command: { type: 'addMember', group: 'class', member: { id: 'carla', recordsPerSec: 5 } },
    },
    { timeMs: 11_000, command: { type: 'removeMember', group: 'class', member: 'ana' } },
  ],
  durationMs: 17_000,
  claims: [
    assignmentAt('class', 4500, `${assignor}: two members, two topics`),
    assignmentAt('class', 10_500, `${assignor}: a third member joins`),
    assignmentAt('class', 16_500, `${assignor}: the first member leaves`),
  ],
}));
