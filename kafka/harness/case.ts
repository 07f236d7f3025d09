/** A case: a class, its command script, how long to play it, and the claims to check on both plays. */
import type { GroupSpec, Scenario } from '../../src/engine';
import { CLASSROOM_TIMERS, SUBJECTS_3 } from '../../src/lessons/presets';
import { TEST_BROKER_CONFIG } from '../scripts/cluster';
import type { Claim } from './claims';
import type { Script } from './engine-facts';

export interface OracleCase {
  id: string;
  /** Which lesson or feature the case checks. */
  title: string;
  scenario: Scenario;
  script: Script[];
  durationMs: number;
  claims: Claim[];
  /** Kafka topic configs the simulator has no field for (e.g. the cleaner's dirty ratio). */
  topicConfigs?: Record<string, Record<string, string>>;
}

/** The test broker's settings, as the simulator's broker fields: both plays run with the same ones. */
export const BROKER = {
  groupInitialRebalanceDelayMs: TEST_BROKER_CONFIG['group.initial.rebalance.delay.ms'],
  logRetentionCheckIntervalMs: TEST_BROKER_CONFIG['log.retention.check.interval.ms'],
};

/** The classroom's group timers (src/lessons/presets.ts): rebalances within seconds, from the first note. */
export const CLASSROOM_GROUP = {
  ...CLASSROOM_TIMERS,
  autoOffsetReset: 'earliest',
} as const satisfies Partial<GroupSpec>;

export const SUBJECTS_2 = ['math', 'music', 'history', 'art'];
export { SUBJECTS_3 };
export const SUBJECTS_4 = ['history', 'music', 'math', 'physics'];
