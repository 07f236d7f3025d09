/**
 * The replication cases' own cluster: one controller-only node and three broker-only nodes (KRaft,
 * kafka/scripts/cluster.ts `dedicatedController`), started by the suite on its own ports and stopped after,
 * so stopping any number of brokers leaves the controller quorum up. Its ports follow KAFKA_PORT (100 above
 * it: 19192-19195 beside CI's 19092) unless KAFKA_REPLICATION_PORT says otherwise.
 *
 * The player asks for a broker to stop or start on its standard output; `BrokerControl` does it:
 * `clean: true` is SIGTERM (Kafka's controlled shutdown), otherwise SIGKILL (a crash); a start runs the
 * broker again on the storage it had (kafka/scripts/broker.ts restartNode).
 */
import {
  DEFAULT_PORT,
  clusterFile,
  restartNode,
  startCluster,
  stopCluster,
  stopNode,
} from '../scripts/broker';
import type { RunningCluster } from '../scripts/broker';
import { REPLICATION_DIR } from '../scripts/paths';

/**
 * The replication cluster's broker settings, the same as the simulator's `broker` fields in every
 * replication case. replica.lag.time.max.ms is 30 s by default (ReplicationConfigs); 2 s lets a stopped
 * follower leave the ISR within a case of seconds (the leader checks every half of it:
 * ReplicaManager.startup schedules "isr-expiration" at replicaLagTimeMaxMs / 2).
 */
export const REPLICATION_BROKER_CONFIG = {
  'replica.lag.time.max.ms': 2000,
} as const;

export const REPLICATION_BROKER = {
  replicaLagTimeMaxMs: REPLICATION_BROKER_CONFIG['replica.lag.time.max.ms'],
};

export const REPLICATION_FILE = clusterFile(REPLICATION_DIR);

export function replicationPort(): number {
  const explicit = process.env.KAFKA_REPLICATION_PORT;
  if (explicit) return Number(explicit);
  return Number(process.env.KAFKA_PORT ?? DEFAULT_PORT) + 100;
}

export function startReplicationCluster(brokerIds: number[]): Promise<RunningCluster> {
  return startCluster({
    brokers: brokerIds.length,
    brokerIds,
    basePort: replicationPort(),
    dedicatedController: true,
    workDir: REPLICATION_DIR,
    extraConfig: REPLICATION_BROKER_CONFIG,
  });
}

export const stopReplicationCluster = (): Promise<number> => stopCluster(REPLICATION_FILE);

/** Carries out the player's broker commands during one case, and puts every broker back up after it. */
export class BrokerControl {
  private work: Promise<void> = Promise.resolve();
  readonly done: { t: number; what: string }[] = [];
  private readonly started = Date.now();
  private readonly stopped = new Set<number>();

  /** In order, one at a time: a start waits for the stop before it. */
  readonly onCommand = (command: Record<string, unknown>): void => {
    const broker = Number(command.broker);
    const record = (what: string): void => {
      this.done.push({ t: Date.now() - this.started, what });
    };
    this.work = this.work.then(async () => {
      try {
        if (command.type === 'stopBroker') {
          const clean = command.clean === true;
          await stopNode(REPLICATION_FILE, broker, clean);
          this.stopped.add(broker);
          record(`broker ${broker} ${clean ? 'stopped (SIGTERM)' : 'crashed (SIGKILL)'}`);
        } else if (command.type === 'startBroker') {
          await restartNode(REPLICATION_FILE, broker);
          this.stopped.delete(broker);
          record(`broker ${broker} started`);
        }
      } catch (e) {
        record(`broker ${broker}: ${e instanceof Error ? e.message : String(e)}`);
      }
    });
  };

  /** After the case: every broker it stopped runs again, so the next case finds the whole cluster. */
  async restoreAll(): Promise<void> {
    await this.work;
    for (const broker of this.stopped) await restartNode(REPLICATION_FILE, broker);
    this.stopped.clear();
  }
}
