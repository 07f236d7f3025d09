import type { Scenario } from '../engine';
import { CLASSROOM_BROKER, CLASSROOM_TIMERS } from './presets';

/**
 * The built-in classes of the course's distributed half (issue 14): the note-taking machine kept in several
 * rooms (brokers), its shelf copied in each (replicas). One shelf, one teacher speaking a note a second and
 * one student, so the copies, the leader and the high watermark are what the eye follows. Each seed fixes
 * the replica placement (AdminUtils.assignReplicasToBrokersRackUnaware's random start, drawn from the seeded
 * generator); the lessons name the rooms that placement gives, and their expectations check it.
 */
const reader = {
  id: 'class',
  topics: ['notes'],
  ...CLASSROOM_TIMERS,
  autoOffsetReset: 'earliest' as const,
  members: [{ id: 'ana', recordsPerSec: 2 }],
};

function replicated(
  seed: number,
  brokers: number,
  topic: { replicationFactor: number; minInsyncReplicas: number },
  producer: Partial<Scenario['producers'][number]> = {},
  broker: Partial<NonNullable<Scenario['broker']>> = {},
): Scenario {
  return {
    seed,
    brokers,
    broker: { ...CLASSROOM_BROKER, ...broker },
    topics: [{ name: 'notes', partitions: 1, ...topic }],
    producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 1, ...producer }],
    groups: [reader],
  };
}

/** A built-in class (scenarios.ts's BuiltInScenario, written out so the two files do not import each other). */
interface BuiltIn {
  readonly id: string;
  readonly title: string;
  readonly summary: string;
  readonly scenario: Scenario;
}

export const REPLICATION_SCENARIOS: readonly BuiltIn[] = [
  {
    id: 'copies',
    title: 'Copies in every room',
    summary:
      'The machine stands in three rooms, its shelf copied in each: the teacher writes on the leader copy, the others follow, and students read only what every copy in step holds.',
    // Kafka's defaults otherwise: acks=all, idempotence on (KIP-679).
    scenario: replicated(11, 3, { replicationFactor: 3, minInsyncReplicas: 2 }),
  },
  {
    id: 'machine-breaks',
    title: 'A machine breaks',
    summary:
      'The leader’s machine breaks and a copy takes over: nothing the machine called “kept” is lost. With too few copies left, she waits.',
    scenario: replicated(12, 3, { replicationFactor: 3, minInsyncReplicas: 2 }),
  },
  {
    id: 'risky-shortcut',
    title: 'The risky shortcut',
    summary:
      'The teacher stops waiting for copies (acks=1) and the class lets an out-of-date copy lead: notes the machine called “kept” are lost.',
    scenario: replicated(
      13,
      2,
      { replicationFactor: 2, minInsyncReplicas: 1 },
      { acks: 1 },
      { uncleanLeaderElectionEnable: true },
    ),
  },
  {
    id: 'no-spare-copy',
    title: 'No spare copy',
    summary:
      'Every copy is required (replication factor = min.insync.replicas): one machine down for repairs stops every note.',
    // Kafka refuses a delivery.timeout.ms under linger.ms + request.timeout.ms (KafkaProducer's
    // configureDeliveryTimeout): 30,005 ms is the shortest it takes, so waiting notes fail within the lesson.
    scenario: replicated(
      14,
      3,
      { replicationFactor: 3, minInsyncReplicas: 3 },
      { deliveryTimeoutMs: 30_005 },
    ),
  },
];
