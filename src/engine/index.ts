/**
 * The engine's only public door: a deterministic discrete-event model of Apache Kafka (topics, partitions,
 * producers, consumer groups, offsets, retention) in integer simulated milliseconds. Everything outside
 * `src/engine` imports from here.
 */
export { defaultPartition } from './clients/partitioner';
export { murmur2, toPositive } from './clients/murmur2';
export {
  assignPartitions,
  cooperativeStickyRound,
  type AssignorMember,
  type Assignment,
  type TopicPartition,
  type CooperativeRound,
} from './groups/assignors';
export { createSimulation, type Simulation, type RecordedCommand } from './sim/simulation';
export { ScenarioError, CommandError, type Problem } from './scenario/scenario-error';
export { validateScenario } from './scenario/validate-scenario';
export {
  KAFKA_BOUNDS,
  KAFKA_DEFAULTS,
  LIMITS,
  RECORD_SIZE_BYTES,
  REPLICA_FETCH_ROUND_TRIP_MS,
} from './scenario/defaults';
export { MIN_RATE } from './scenario/rules';
export { CHECKPOINT_BYTE_BUDGET, CHECKPOINT_INTERVAL_MS } from './sim/checkpoints';
export { EVENT_LOG_LIMIT, MILESTONE_LIMIT } from './kernel/event-history';
export {
  HISTORY_BUDGET_BYTES,
  HISTORY_BUDGET_RECORDS,
  RECORD_COLUMN_BYTES,
  type HistoryUse,
} from './sim/simulation';
export { WORK_COST_US, workOf, type WorkCounts } from './kernel/work-meter';
export type { ClassCounters } from './sim/counters';
export { shapeOf, workPerSecond, type ClassShape } from './kernel/work-estimate';
export { forecastWork } from './kernel/work-forecast';
export { MAX_WORK_PER_SECOND } from './kernel/work-limit';
export {
  describeEvent,
  type EngineEvent,
  type EngineEventBody,
  type EngineEventType,
  type LeaveReason,
} from './events';
export type {
  Scenario,
  BrokerSpec,
  TopicSpec,
  ProducerSpec,
  GroupSpec,
  MemberSpec,
  Command,
  CommandType,
  AssignorName,
  AutoOffsetReset,
  CleanupPolicy,
} from './scenario/types';
export type {
  Snapshot,
  SnapshotOptions,
  TopicView,
  PartitionView,
  SegmentView,
  RecordView,
  ProducerView,
  GroupView,
  GroupSettingsView,
  BrokerView,
  BrokerStatusView,
  MemberView,
  MemberActivity,
  OffsetView,
  FetchedRangeView,
  ReplicaProgressView,
  ReplicaStepView,
} from './sim/snapshot-types';
export type { GroupStateName } from './kernel/world';
