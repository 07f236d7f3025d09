/**
 * The number rules shared by scenario and command validation, with the sentence a teacher sees when a value
 * breaks them. Ranges follow Kafka where Kafka has one, tightened to `LIMITS` so the simulator stays fast.
 */

import type { AssignorName, AutoOffsetReset, CleanupPolicy } from './types';
import { KAFKA_BOUNDS, KAFKA_DEFAULTS, LIMITS, RECORD_SIZE_BYTES } from './defaults';
import { fmt, whole, type NumberRule } from './checks';

const DAYS = LIMITS.maxDurationMs / 86_400_000;
const MAX_MS = `${fmt(LIMITS.maxDurationMs)} (${DAYS} days)`;
/** Kafka's `segment.bytes` and `batch.size` are Java ints. */
const MAX_INT = 2_147_483_647;
/** The slowest rate accepted: one record every 1,000 seconds. Slower rates would overflow the engine's clock. */
export const MIN_RATE = 0.001;

const ms = (min: number): NumberRule =>
  whole(min, LIMITS.maxDurationMs, `must be a whole number of milliseconds from ${min} to ${MAX_MS}`);

export const RULES = {
  seed: {
    test: Number.isSafeInteger,
    message:
      'must be a whole number, usually from 0 to 4,294,967,295 ' +
      '(any whole number from -9,007,199,254,740,991 to 9,007,199,254,740,991 is accepted)',
  },
  partitions: whole(1, LIMITS.partitions, `must be a whole number from 1 to ${LIMITS.partitions}`),
  retentionMs: {
    test: (n) => n === -1 || (Number.isInteger(n) && n >= 1 && n <= LIMITS.maxDurationMs),
    message: `must be -1 (keep records forever) or a whole number of milliseconds from 1 to ${MAX_MS}`,
  },
  retentionBytes: {
    test: (n) => n === -1 || (Number.isSafeInteger(n) && n >= RECORD_SIZE_BYTES),
    message: `must be -1 (no size limit) or a whole number of bytes of at least ${RECORD_SIZE_BYTES} (one record)`,
  },
  segmentMs: ms(1),
  sizeBytes: whole(
    RECORD_SIZE_BYTES,
    MAX_INT,
    `must be a whole number of bytes from ${RECORD_SIZE_BYTES} (one record) to ${fmt(MAX_INT)}`,
  ),
  deleteRetentionMs: ms(0),
  logRetentionCheckIntervalMs: ms(1),
  groupInitialRebalanceDelayMs: ms(0),
  timeoutMs: ms(1),
  sessionTimeoutMs: whole(
    KAFKA_BOUNDS.groupMinSessionTimeoutMs,
    KAFKA_BOUNDS.groupMaxSessionTimeoutMs,
    `must be a whole number of milliseconds from ${fmt(KAFKA_BOUNDS.groupMinSessionTimeoutMs)} to ` +
      `${fmt(KAFKA_BOUNDS.groupMaxSessionTimeoutMs)} (30 minutes): a Kafka broker refuses a member whose ` +
      'session timeout is outside group.min.session.timeout.ms and group.max.session.timeout.ms ' +
      '(INVALID_SESSION_TIMEOUT; these are their defaults)',
  ),
  tombstoneEvery: whole(
    1,
    1_000_000,
    'must be a whole number from 1 to 1,000,000 (1 makes every record a tombstone)',
  ),
  maxPollRecords: whole(
    1,
    LIMITS.maxPollRecords,
    `must be a whole number from 1 to ${fmt(LIMITS.maxPollRecords)}`,
  ),
  brokers: whole(1, LIMITS.brokers, `must be a whole number of brokers from 1 to ${LIMITS.brokers}`),
  replicationFactor: whole(1, LIMITS.brokers, `must be a whole number from 1 to ${LIMITS.brokers}`),
  minInsyncReplicas: whole(1, LIMITS.brokers, `must be a whole number from 1 to ${LIMITS.brokers}`),
  replicaLagTimeMaxMs: ms(1),
  deliveryTimeoutMs: whole(
    KAFKA_DEFAULTS.minDeliveryTimeoutMs,
    LIMITS.maxDurationMs,
    `must be a whole number of milliseconds from ${fmt(KAFKA_DEFAULTS.minDeliveryTimeoutMs)} to ${MAX_MS}: ` +
      "Kafka's producer refuses a delivery.timeout.ms shorter than linger.ms (5) + request.timeout.ms (30,000), " +
      'their defaults, which the classroom uses (ConfigException from KafkaProducer.configureDeliveryTimeout)',
  ),
  producerRate: {
    test: (n) => n === 0 || (n >= MIN_RATE && n <= LIMITS.maxRecordsPerSec),
    message:
      `must be 0 (a silent producer) or a number of records per second ` +
      `from ${MIN_RATE} to ${fmt(LIMITS.maxRecordsPerSec)}`,
  },
  memberRate: {
    test: (n) => n >= MIN_RATE && n <= LIMITS.maxMemberRecordsPerSec,
    message: `must be a number of records per second from ${MIN_RATE} to ${fmt(LIMITS.maxMemberRecordsPerSec)}`,
  },
} satisfies Record<string, NumberRule>;

export const ASSIGNORS: readonly AssignorName[] = ['range', 'roundrobin', 'sticky', 'cooperative-sticky'];
export const ASSIGNOR_MESSAGE = 'must be one of "range", "roundrobin", "sticky" or "cooperative-sticky"';
export const OFFSET_RESETS: readonly AutoOffsetReset[] = ['earliest', 'latest'];
export const OFFSET_RESET_MESSAGE = 'must be "earliest" or "latest"';
export const CLEANUP_POLICIES: readonly CleanupPolicy[] = ['delete', 'compact', 'compact,delete'];
export const CLEANUP_POLICY_MESSAGE = 'must be "delete", "compact" or "compact,delete"';
/** Kafka reads `cleanup.policy` as a list, so the other order means the same. */
export const CLEANUP_POLICY_ALIASES: Readonly<Record<string, CleanupPolicy>> = {
  'delete,compact': 'compact,delete',
};

export const ACKS_MESSAGE = 'must be 0, 1 or "all"';
export const BOOLEAN_MESSAGE = 'must be true or false';
