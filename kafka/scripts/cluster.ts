/**
 * The layout of a local KRaft cluster on 127.0.0.1. `npm run kafka:start` runs n combined nodes, each a
 * broker and a controller voter (as Kafka's quickstart does), two ports each from `basePort` up: the client
 * port and the controller port. With combined nodes, stopping two of three loses the Raft quorum (a
 * majority of voters) and with it every leader election; so the replication cases run a second layout
 * (`dedicatedController`): one controller-only node (`process.roles=controller`, id 3000 as Kafka's
 * KafkaClusterTestKit numbers them) and n broker-only nodes, so any number of broker stops leaves the
 * controller up, as in a production cluster with separate controllers.
 */
import { join } from 'node:path';

import { WORK_DIR } from './paths';

export interface ClusterOptions {
  brokers: number;
  basePort: number;
  /** One controller-only node plus `brokers` broker-only nodes (the replication cases' layout). */
  dedicatedController?: boolean;
  /** Broker ids (default 1..n); the replication cluster takes the simulator's. */
  brokerIds?: number[];
  /** Where the nodes' storage and logs go (default kafka/.work). */
  workDir?: string;
  /** More broker settings (e.g. `replica.lag.time.max.ms` for the replication cases). */
  extraConfig?: Record<string, string | number | boolean>;
}

export type Roles = 'broker,controller' | 'broker' | 'controller';

export interface NodeLayout {
  nodeId: number;
  roles: Roles;
  /** The client port (a node with the broker role), or the controller port of a controller-only node. */
  port: number;
  /** The controller listener's port: a node with the controller role has one. */
  controllerPort: number | null;
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

/** The dedicated controller's node id (Kafka's KafkaClusterTestKit starts controller ids at 3000). */
export const CONTROLLER_ID = 3000;

function node(workDir: string, nodeId: number, roles: Roles, port: number, controllerPort: number | null) {
  const dir = join(workDir, `node-${nodeId}`);
  return {
    nodeId,
    roles,
    port,
    controllerPort,
    dir,
    logFile: join(dir, 'server.log'),
    propertiesFile: join(dir, 'server.properties'),
  };
}

export function layout(options: ClusterOptions): NodeLayout[] {
  const { brokers, basePort, workDir = WORK_DIR } = options;
  const ids = options.brokerIds ?? Array.from({ length: brokers }, (_, i) => i + 1);
  if (options.dedicatedController) {
    // The controller takes the first port; broker i the next ones.
    return [
      node(workDir, CONTROLLER_ID, 'controller', basePort, basePort),
      ...ids.map((id, i) => node(workDir, id, 'broker', basePort + 1 + i, null)),
    ];
  }
  return ids.map((id, i) => node(workDir, id, 'broker,controller', basePort + 2 * i, basePort + 2 * i + 1));
}

export const brokerNodes = (nodes: NodeLayout[]): NodeLayout[] =>
  nodes.filter((n) => n.roles !== 'controller');

export function bootstrap(nodes: NodeLayout[]): string {
  return brokerNodes(nodes)
    .map((n) => `127.0.0.1:${n.port}`)
    .join(',');
}

function listenersOf(node: NodeLayout): Record<string, string> {
  if (node.roles === 'controller') return { listeners: `CONTROLLER://127.0.0.1:${node.port}` };
  const controller = node.controllerPort == null ? '' : `,CONTROLLER://127.0.0.1:${node.controllerPort}`;
  return {
    listeners: `PLAINTEXT://127.0.0.1:${node.port}${controller}`,
    'advertised.listeners': `PLAINTEXT://127.0.0.1:${node.port}`,
    'inter.broker.listener.name': 'PLAINTEXT',
  };
}

/** One node's server.properties. Internal topics get as many replicas as there are brokers, up to 3. */
export function serverProperties(
  node: NodeLayout,
  nodes: NodeLayout[],
  extra: ClusterOptions['extraConfig'] = {},
): string {
  const rf = Math.min(3, brokerNodes(nodes).length);
  const voters = nodes.filter((n) => n.controllerPort != null);
  const settings: Record<string, string | number | boolean> = {
    'process.roles': node.roles,
    'node.id': node.nodeId,
    ...listenersOf(node),
    'controller.listener.names': 'CONTROLLER',
    'listener.security.protocol.map': 'PLAINTEXT:PLAINTEXT,CONTROLLER:PLAINTEXT',
    'controller.quorum.voters': voters.map((n) => `${n.nodeId}@127.0.0.1:${n.controllerPort}`).join(','),
    'log.dirs': join(node.dir, 'data'),
    'offsets.topic.replication.factor': rf,
    'offsets.topic.num.partitions': 1,
    'transaction.state.log.replication.factor': rf,
    'transaction.state.log.min.isr': Math.min(2, rf),
    ...TEST_BROKER_CONFIG,
    ...extra,
  };
  return Object.entries(settings)
    .map(([k, v]) => `${k}=${String(v)}`)
    .join('\n')
    .concat('\n');
}
