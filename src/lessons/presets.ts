import type { BrokerSpec, GroupSpec, Scenario } from '../engine';

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

/** Subjects that murmur2 spreads evenly over 3 shelves (two each). */
export const SUBJECTS_3 = ['math', 'history', 'latin', 'music', 'science', 'sport'];

/** The sandbox's first class: one topic of 3 shelves, a teacher with six subjects, one study group of two. */
export const SANDBOX_SCENARIO: Scenario = {
  seed: 1,
  broker: CLASSROOM_BROKER,
  topics: [{ name: 'notes', partitions: 3 }],
  producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 2, keys: SUBJECTS_3 }],
  groups: [
    {
      id: 'class',
      topics: ['notes'],
      ...CLASSROOM_TIMERS,
      autoOffsetReset: 'earliest',
      members: [
        { id: 'ana', recordsPerSec: 1.5 },
        { id: 'ben', recordsPerSec: 1.5 },
      ],
    },
  ],
};
