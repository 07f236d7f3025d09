import type { BrokerSpec, GroupSpec } from '../engine';

/**
 * The classroom's settings, in one place: the built-in classes, the lessons, the sandbox's first class and
 * the new-group dialog all start from these.
 *
 * Timers are shortened from Kafka's defaults so a class sees rebalances in seconds, not minutes; each one
 * stays a legal Kafka setting (session.timeout.ms >= 6000, the broker's group.min.session.timeout.ms, and
 * heartbeat.interval.ms under it, as `Heartbeat`'s constructor requires).
 */
export const CLASSROOM_TIMERS = {
  heartbeatIntervalMs: 1000,
  sessionTimeoutMs: 6000,
  autoCommitIntervalMs: 2000,
  maxPollRecords: 3,
} as const satisfies Partial<GroupSpec>;

/** The broker: a group's first rebalance waits 1 s for more members (Kafka waits 3 s). */
export const CLASSROOM_BROKER = { groupInitialRebalanceDelayMs: 1000 } as const satisfies BrokerSpec;
