/**
 * The layout of a local KRaft cluster: n nodes on 127.0.0.1, each a combined broker and controller (as
 * Kafka's own quickstart and tests run them), two ports each from `basePort` up: the client port for
 * producers and consumers, and the controller port for the Raft quorum. One node is what the checks use
 * today; three are a parameter away (`--brokers 3`) for replication.
 */
import { join } from 'node:path';

import { WORK_DIR } from './paths';

export interface ClusterOptions {
  brokers: number;
  basePort: number;
}

export interface NodeLayout {
  nodeId: number;
  port: number;
  controllerPort: number;
  dir: string;
  logFile: string;
  propertiesFile: string;
}

/**
 * Broker settings small enough for tests that last seconds. The group settings match the classroom's
 * (`src/lessons/scenarios.ts`); the harness reads them from here so the engine plays with the same ones.
 */
export const TEST_BROKER_CONFIG = {
  /** The engine's `broker.groupInitialRebalanceDelayMs` in every case. */
  'group.initial.rebalance.delay.ms': 1000,
  /** Lets scenarios use session timeouts under Kafka's default minimum of 6 s. */
  'group.min.session.timeout.ms': 1000,
  /** The engine's `broker.logRetentionCheckIntervalMs` in every case. */
  'log.retention.check.interval.ms': 1000,
  /** Retention and the cleaner start at once instead of 30 s after the broker starts. */
  'log.initial.task.delay.ms': 0,
  /** Deleted segments leave the disk after 1 s (the log start offset moves at once either way). */
  'log.segment.delete.delay.ms': 1000,
  /** The log cleaner (compaction) looks for work every second. */
  'log.cleaner.backoff.ms': 1000,
  'auto.create.topics.enable': false,
  'num.partitions': 1,
} as const;

export function layout({ brokers, basePort }: ClusterOptions): NodeLayout[] {
  return Array.from({ length: brokers }, (_, i) => {
    const dir = join(WORK_DIR, `node-${i + 1}`);
    return {
      nodeId: i + 1,
      port: basePort + 2 * i,
      controllerPort: basePort + 2 * i + 1,
      dir,
      logFile: join(dir, 'server.log'),
      propertiesFile: join(dir, 'server.properties'),
    };
  });
}

export function bootstrap(nodes: NodeLayout[]): string {
  return nodes.map((n) => `127.0.0.1:${n.port}`).join(',');
}

/** One node's server.properties. Internal topics get as many replicas as there are brokers, up to 3. */
export function serverProperties(node: NodeLayout, nodes: NodeLayout[]): string {
  const rf = Math.min(3, nodes.length);
  const settings: Record<string, string | number | boolean> = {
    'process.roles': 'broker,controller',
    'node.id': node.nodeId,
    listeners: `PLAINTEXT://127.0.0.1:${node.port},CONTROLLER://127.0.0.1:${node.controllerPort}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${node.port}`,
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'inter.broker.listener.name': 'PLAINTEXT',
    'controller.quorum.voters': nodes.map((n) => `${n.nodeId}@127.0.0.1:${n.controllerPort}`).join(','),
    'log.dirs': join(node.dir, 'data'),
    'offsets.topic.replication.factor': rf,
    'offsets.topic.num.partitions': 1,
    'transaction.state.log.replication.factor': rf,
    'transaction.state.log.min.isr': Math.min(2, rf),
    ...TEST_BROKER_CONFIG,
  };
  return Object.entries(settings)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('\n')
    .concat('\n');
}
