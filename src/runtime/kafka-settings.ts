import {
  createSimulation,
  KAFKA_BOUNDS,
  KAFKA_DEFAULTS,
  type BrokerView,
  type GroupSettingsView,
  type Scenario,
  type Snapshot,
  type TopicView,
} from '../engine';

/**
 * A class's settings beside Kafka's defaults, as rows the inspector and the "What this simulator simplifies"
 * page show (views may not import engine values, so the defaults and bounds come through here).
 */

/** Kafka's configuration names the classroom shows; the views word each one in both vocabularies. */
export type SettingName =
  | 'group.initial.rebalance.delay.ms'
  | 'session.timeout.ms'
  | 'heartbeat.interval.ms'
  | 'max.poll.interval.ms'
  | 'auto.commit.interval.ms'
  | 'max.poll.records'
  | 'auto.offset.reset'
  | 'partition.assignment.strategy'
  | 'retention.ms'
  | 'retention.bytes'
  | 'segment.ms'
  | 'segment.bytes'
  | 'cleanup.policy'
  | 'log.retention.check.interval.ms';

/** How a value reads: a duration, a count of records, a size, or one of Kafka's words. */
export type SettingUnit = 'ms' | 'records' | 'bytes' | 'word';

export interface SettingRow {
  readonly name: SettingName;
  readonly unit: SettingUnit;
  /** -1 for "unlimited" (retention). */
  readonly value: number | string;
  readonly kafkaDefault: number | string;
  /** Set when a real Kafka 4.x cluster refuses this value: the bound it would need ("classroom only"). */
  readonly kafkaMin?: number;
}

function row(name: SettingName, unit: SettingUnit, value: number | string, kafkaDefault: number | string) {
  return { name, unit, value, kafkaDefault };
}

/** Whether the class departs from Kafka's default here. */
export function departs(r: SettingRow): boolean {
  return r.value !== r.kafkaDefault;
}

/** A consumer group's settings (and the broker's one that shapes its first rebalance), in the order a class meets them. */
export function groupSettingRows(
  settings: GroupSettingsView,
  assignor: string,
  broker: BrokerView,
): SettingRow[] {
  const d = KAFKA_DEFAULTS;
  return [
    row('session.timeout.ms', 'ms', settings.sessionTimeoutMs, d.sessionTimeoutMs),
    row('heartbeat.interval.ms', 'ms', settings.heartbeatIntervalMs, d.heartbeatIntervalMs),
    row('max.poll.interval.ms', 'ms', settings.maxPollIntervalMs, d.maxPollIntervalMs),
    row('auto.commit.interval.ms', 'ms', settings.autoCommitIntervalMs, d.autoCommitIntervalMs),
    row('max.poll.records', 'records', settings.maxPollRecords, d.maxPollRecords),
    row('auto.offset.reset', 'word', settings.autoOffsetReset, d.autoOffsetReset),
    row('partition.assignment.strategy', 'word', assignor, d.assignor),
    row(
      'group.initial.rebalance.delay.ms',
      'ms',
      broker.groupInitialRebalanceDelayMs,
      d.groupInitialRebalanceDelayMs,
    ),
  ];
}

/** A topic's settings (and the broker's retention check), with the bound a real cluster needs where it refuses one. */
export function topicSettingRows(topic: TopicView, broker: BrokerView): SettingRow[] {
  const d = KAFKA_DEFAULTS;
  const segmentBytes: SettingRow =
    topic.segmentBytes < KAFKA_BOUNDS.minSegmentBytes
      ? {
          ...row('segment.bytes', 'bytes', topic.segmentBytes, d.segmentBytes),
          kafkaMin: KAFKA_BOUNDS.minSegmentBytes,
        }
      : row('segment.bytes', 'bytes', topic.segmentBytes, d.segmentBytes);
  return [
    row('retention.ms', 'ms', topic.retentionMs, d.retentionMs),
    row('retention.bytes', 'bytes', topic.retentionBytes, d.retentionBytes),
    row('segment.ms', 'ms', topic.segmentMs, d.segmentMs),
    segmentBytes,
    row('cleanup.policy', 'word', topic.cleanupPolicy, d.cleanupPolicy),
    row(
      'log.retention.check.interval.ms',
      'ms',
      broker.logRetentionCheckIntervalMs,
      d.logRetentionCheckIntervalMs,
    ),
  ];
}

/**
 * The settings a built-in class departs from Kafka's defaults with, for its first group: the classroom's
 * timers, as the "simplifies" page lists them. Rows equal to Kafka's default are left out.
 */
export function classroomDepartures(scenario: Scenario): SettingRow[] {
  const { groups, broker } = atStart(scenario);
  const group = groups[0];
  if (group === undefined) return [];
  return groupSettingRows(group.settings, group.assignor, broker).filter(departs);
}

/** The same for a class's first topic (and the broker's retention check). */
export function topicDepartures(scenario: Scenario): SettingRow[] {
  const { topics, broker } = atStart(scenario);
  const topic = topics[0];
  if (topic === undefined) return [];
  return topicSettingRows(topic, broker).filter(departs);
}

/** The class at time 0: the engine fills Kafka's defaults in where the scenario says nothing. */
const atStart = (scenario: Scenario): Snapshot => createSimulation(scenario).snapshot();

/** The engine's slowest producer rate above zero, for views that read typed rates. */
export { MIN_RATE as MIN_RECORDS_PER_SEC } from '../engine';

/** Every record counts as this many bytes (segment.bytes, retention.bytes, batch.size), for the page. */
export { RECORD_SIZE_BYTES } from '../engine';
