/** Every case the suite plays, in order: the lessons' claims, the four assignors, random small classes. */
import type { OracleCase } from '../case';
import { ASSIGNOR_CASES } from './assignors';
import { LESSON_CASES } from './lessons';
import { randomCases } from './random';

export { REPLICATION_CASES } from './replication';

export const ALL_CASES: OracleCase[] = [...LESSON_CASES, ...ASSIGNOR_CASES, ...randomCases(2026, 4)];
