/** A case: a class, its command script, how long to play it, and the claims to check on both plays. */
import type { GroupSpec, Scenario } from '../../src/engine';
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

/** The classroom's group timers (src/lessons/scenarios.ts): rebalances within seconds. */
export const CLASSROOM_GROUP = {
  heartbeatIntervalMs: 1000,
  sessionTimeoutMs: 6000,
  autoCommitIntervalMs: 2000,
  maxPollRecords: 3,
  autoOffsetReset: 'earliest',
} as const satisfies Partial<GroupSpec>;

export const SUBJECTS_2 = ['math', 'music', 'history', 'art'];
export const SUBJECTS_3 = ['math', 'history', 'latin', 'music', 'science', 'sport'];
export const SUBJECTS_4 = ['history', 'music', 'math', 'physics'];
