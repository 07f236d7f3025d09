/**
 * What the replication cases share: the class they play (three brokers, one partition with its copies, a
 * teacher, a reader), and the script's words for stopping and starting brokers.
 */
import type { GroupSpec, ProducerSpec, Scenario, TopicSpec } from '../../../src/engine';
import { BROKER, CLASSROOM_GROUP as G, type OracleCase } from '../case';

export { G };
import type { Script } from '../engine-facts';
import { REPLICATION_BROKER } from '../replication-cluster';

/** Issue 14's model: the fields a class with several brokers adds (kept here until the engine has them). */
export interface ReplicationScenario extends Scenario {
  brokers: number;
  broker: Scenario['broker'] & {
    replicaLagTimeMaxMs?: number;
    uncleanLeaderElectionEnable?: boolean;
    minInsyncReplicas?: number;
  };
  topics: (TopicSpec & { replicationFactor?: number; minInsyncReplicas?: number })[];
  producers: (ProducerSpec & {
    acks?: 0 | 1 | 'all';
    enableIdempotence?: boolean;
    deliveryTimeoutMs?: number;
  })[];
}

/** Topic -> partition -> broker ids, the preferred leader first. */
export type Placement = Record<string, number[][]>;

/** A replication case: its script names brokers by their place in the partition's replica list. */
export interface ReplicationCase extends Omit<OracleCase, 'script' | 'claims' | 'scenario'> {
  scenario: ReplicationScenario;
  /**
   * Kafka's group coordinator is put on the simulator's broker before the class starts, for a case whose
   * claims read committed offsets while brokers are down (Kafka places `__consumer_offsets` from a random
   * broker; whether commits reach a coordinator on a crashed broker would decide the claim).
   */
  coordinatorAsSimulator?: boolean;
  /** The script and claims, given where the copies of `notes-0` are: [preferred leader, follower, follower]. */
  build(replicas: number[]): Pick<OracleCase, 'script' | 'claims'>;
}

export const NOTES = 'notes-0';

export const reader = (): GroupSpec => ({
  id: 'class',
  topics: ['notes'],
  ...G,
  members: [{ id: 'ana', recordsPerSec: 10 }],
});

export function scenario(
  seed: number,
  minInsyncReplicas: number,
  producers: ReplicationScenario['producers'],
  replicationFactor = 3,
  broker: Partial<ReplicationScenario['broker']> = {},
): ReplicationScenario {
  return {
    seed,
    brokers: 3,
    broker: { ...BROKER, ...REPLICATION_BROKER, ...broker },
    topics: [{ name: 'notes', partitions: 1, replicationFactor, minInsyncReplicas }],
    producers,
    groups: [reader()],
  };
}

export const teacher = (extra: Partial<ReplicationScenario['producers'][number]> = {}) => ({
  id: 'teacher',
  topic: 'notes',
  recordsPerSec: 4,
  acks: 'all' as const,
  ...extra,
});

export const at = (timeMs: number, command: Script['command']): Script => ({ timeMs, command });
export const stop = (t: number, broker: number, clean: boolean): Script =>
  at(t, { type: 'stopBroker', broker, clean } as unknown as Script['command']);
export const start = (t: number, broker: number): Script =>
  at(t, { type: 'startBroker', broker } as unknown as Script['command']);

export const isrOf = (ids: number[]) => (text: string) =>
  text.endsWith(`ISR ${[...ids].sort((a, b) => a - b).join(',')}`);

/**
 * A real broker takes 10-20 s to start on the test machine (a JVM, then registration with the controller;
 * a crashed one is registered again only once its old session expired), so every case leaves 30 s after a
 * `startBroker` before it looks at the ISR again.
 */
export const REJOIN_MS = 30_000;

/**
 * How soon a crashed follower is seen out of the ISR, and how far the two may differ: Kafka drops it
 * replica.lag.time.max.ms (2 s) after its last fetch, at the leader's next check (every 1 s), so within 3 s;
 * the player sees it at its next look at the cluster, and a look takes 1.5-1.7 s while a broker is down
 * (each call waits Brokers.LOOK_TIMEOUT_MS on the dead one). Seen on Kafka 4.4: 3.2-3.3 s, once 4.52 s.
 */
export const ISR_LEAVE_WITHIN_MS = 5000;
export const ISR_LEAVE_TOLERANCE_MS = 2000;

/** Neither failed nor lost records: what acks=all with enough copies promises. */
export const NONE = { failed: false, lost: false };
