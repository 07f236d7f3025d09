/**
 * A class's settings in Kafka's own names, where it departs from Kafka's defaults: per topic (for
 * `kafka-topics.sh --create --config`) and on the broker (for `config/server.properties`). Read from the
 * engine's own picture of the class at time 0, which fills Kafka's defaults in where the scenario is silent.
 */
import { createSimulation, KAFKA_BOUNDS, KAFKA_DEFAULTS, type Scenario } from '../../engine';
import { departs, topicSettingRows } from '../kafka-settings';

export interface TopicConfigs {
  readonly name: string;
  readonly partitions: number;
  /** Kafka config name -> value, only where the class departs from Kafka's default, in a fixed order. */
  readonly configs: readonly (readonly [string, string])[];
  /** The class's segment.bytes when Kafka 4 would refuse it (under 1 MiB); the script asks for the minimum. */
  readonly segmentBytesRefused?: number;
}

export function topicConfigs(scenario: Scenario): TopicConfigs[] {
  const snap = createSimulation(scenario).snapshot();
  return snap.topics.map((topic) => {
    const spec = scenario.topics.find((t) => t.name === topic.name);
    const configs: [string, string][] = [];
    let refused: number | undefined;
    for (const row of topicSettingRows(topic, snap.broker)) {
      // The retention check's interval is the broker's, listed with the broker settings.
      if (row.name === 'log.retention.check.interval.ms' || !departs(row)) continue;
      if (row.name === 'segment.bytes' && row.kafkaMin !== undefined) {
        refused = Number(row.value);
        configs.push([row.name, String(row.kafkaMin)]);
        continue;
      }
      configs.push([row.name, String(row.value)]);
    }
    if (
      spec?.deleteRetentionMs !== undefined &&
      spec.deleteRetentionMs !== KAFKA_DEFAULTS.deleteRetentionMs
    ) {
      configs.push(['delete.retention.ms', String(spec.deleteRetentionMs)]);
    }
    return {
      name: topic.name,
      partitions: topic.partitions.length,
      configs,
      ...(refused === undefined ? {} : { segmentBytesRefused: refused }),
    };
  });
}

/** Broker settings (server.properties) the class needs that differ from Kafka's defaults. */
export function brokerSettings(scenario: Scenario): (readonly [string, string])[] {
  const snap = createSimulation(scenario).snapshot();
  const out: [string, string][] = [];
  const { broker } = snap;
  if (broker.groupInitialRebalanceDelayMs !== KAFKA_DEFAULTS.groupInitialRebalanceDelayMs) {
    out.push(['group.initial.rebalance.delay.ms', String(broker.groupInitialRebalanceDelayMs)]);
  }
  if (broker.logRetentionCheckIntervalMs !== KAFKA_DEFAULTS.logRetentionCheckIntervalMs) {
    out.push(['log.retention.check.interval.ms', String(broker.logRetentionCheckIntervalMs)]);
  }
  // The broker refuses a session timeout under group.min.session.timeout.ms (GroupCoordinatorService.joinGroup).
  const shortest = Math.min(...snap.groups.map((g) => g.settings.sessionTimeoutMs));
  if (shortest < KAFKA_BOUNDS.groupMinSessionTimeoutMs) {
    out.push(['group.min.session.timeout.ms', String(shortest)]);
  }
  return out;
}
