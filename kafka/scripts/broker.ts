/**
 * Starts and stops a local Apache Kafka (KRaft) from the jars Maven resolves: format each node's storage,
 * start `kafka.Kafka` with its properties file as a background process, wait (bounded) until every node
 * answers. `npm run kafka:start` / `npm run kafka:stop`; the harness uses the same functions.
 */
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { bootstrap, layout, serverProperties, type ClusterOptions, type NodeLayout } from './cluster';
import { CLUSTER_FILE, BROKER_PROJECT } from './paths';
import { isPortFree, waitFor, canConnect, isAlive, commandLineOf } from './processes';
import { classpath, requireJava, run, ToolError } from './toolchain';

export const DEFAULT_PORT = 19092;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/** A small heap: a test broker holds a few hundred records. */
const BROKER_HEAP = ['-Xms128m', '-Xmx512m'];

export interface RunningCluster {
  bootstrap: string;
  brokers: number;
  kafkaVersion: string;
  nodes: { nodeId: number; port: number; pid: number; logFile: string }[];
}

export function readCluster(): RunningCluster | null {
  if (!existsSync(CLUSTER_FILE)) return null;
  const cluster = JSON.parse(readFileSync(CLUSTER_FILE, 'utf8')) as RunningCluster;
  return cluster.nodes.some((n) => isAlive(n.pid)) ? cluster : null;
}

/** Kafka's version, from the kafka-clients jar on the classpath (e.g. 4.4.0). */
function versionOf(cp: string): string {
  return /kafka-clients-([^/]+)\.jar/.exec(cp)?.[1] ?? 'unknown';
}

/** Kafka's cluster ids are 16 random bytes in URL-safe base64 without padding (`Uuid.toString`). */
function randomClusterId(): string {
  return randomBytes(16).toString('base64url');
}

function lastLines(file: string, n: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
}

async function checkPorts(nodes: NodeLayout[]): Promise<void> {
  for (const n of nodes) {
    for (const port of [n.port, n.controllerPort]) {
      if (!(await isPortFree(port))) {
        throw new ToolError(
          `Port ${port} on 127.0.0.1 is in use: is another Kafka running? Stop it (npm run kafka:stop) ` +
            `or pick other ports (KAFKA_PORT=<port> npm run kafka:start).`,
        );
      }
    }
  }
}

function startNode(cp: string, node: NodeLayout, nodes: NodeLayout[], clusterId: string): number {
  rmSync(node.dir, { recursive: true, force: true });
  mkdirSync(node.dir, { recursive: true });
  writeFileSync(node.propertiesFile, serverProperties(node, nodes));
  const format = run(
    'java',
    ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', node.propertiesFile],
    60_000,
  );
  if (format.status !== 0) {
    throw new ToolError(`Formatting node ${node.nodeId}'s storage failed:\n${format.stdout}${format.stderr}`);
  }
  const log = openSync(node.logFile, 'a');
  const child = spawn('java', [...BROKER_HEAP, '-cp', cp, 'kafka.Kafka', node.propertiesFile], {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new ToolError(`Could not start node ${node.nodeId} (java).`);
  return child.pid;
}

export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const running = readCluster();
  if (running) return running;
  requireJava();
  const nodes = layout(options);
  await checkPorts(nodes);
  const cp = classpath(BROKER_PROJECT, 'broker');
  const clusterId = randomClusterId();
  const cluster: RunningCluster = {
    bootstrap: bootstrap(nodes),
    brokers: nodes.length,
    kafkaVersion: versionOf(cp),
    nodes: [],
  };
  for (const node of nodes) {
    const pid = startNode(cp, node, nodes, clusterId);
    cluster.nodes.push({ nodeId: node.nodeId, port: node.port, pid, logFile: node.logFile });
    // Written after each start, so kafka:stop finds every process even if a later one fails.
    writeFileSync(CLUSTER_FILE, JSON.stringify(cluster, null, 2));
  }
  try {
    for (const node of cluster.nodes) {
      await waitFor(
        async () => {
          if (!isAlive(node.pid)) {
            throw new ToolError(`Node ${node.nodeId} exited while starting:\n${lastLines(node.logFile, 30)}`);
          }
          const log = existsSync(node.logFile) ? readFileSync(node.logFile, 'utf8') : '';
          return log.includes('Kafka Server started') && (await canConnect(node.port));
        },
        START_TIMEOUT_MS,
        `node ${node.nodeId} to answer on port ${node.port}`,
      );
    }
  } catch (e) {
    await stopCluster();
    throw e;
  }
  return cluster;
}

/** Stops every process the cluster file names (only those, and only if they still run kafka.Kafka). */
export async function stopCluster(): Promise<number> {
  if (!existsSync(CLUSTER_FILE)) return 0;
  const cluster = JSON.parse(readFileSync(CLUSTER_FILE, 'utf8')) as RunningCluster;
  const ours = cluster.nodes.filter((n) => isAlive(n.pid) && commandLineOf(n.pid).includes('kafka.Kafka'));
  for (const n of ours) process.kill(n.pid, 'SIGTERM');
  try {
    await waitFor(async () => ours.every((n) => !isAlive(n.pid)), STOP_TIMEOUT_MS, 'Kafka to stop');
  } catch {
    for (const n of ours) if (isAlive(n.pid)) process.kill(n.pid, 'SIGKILL');
  }
  rmSync(CLUSTER_FILE, { force: true });
  return ours.length;
}

function option(args: string[], name: string, fallback: number): number {
  const i = args.indexOf(name);
  const value = i >= 0 ? Number(args[i + 1]) : fallback;
  if (!Number.isInteger(value) || value <= 0) throw new ToolError(`${name} must be a positive integer`);
  return value;
}

async function main(): Promise<void> {
  const [command = 'start', ...args] = process.argv.slice(2);
  if (command === 'start') {
    const brokers = option(args, '--brokers', Number(process.env.KAFKA_BROKERS ?? 1));
    const basePort = option(args, '--port', Number(process.env.KAFKA_PORT ?? DEFAULT_PORT));
    const wasRunning = readCluster();
    const cluster = await startCluster({ brokers, basePort });
    console.log(
      `${wasRunning ? 'Already running' : 'Started'}: Apache Kafka ${cluster.kafkaVersion}, ` +
        `${cluster.brokers} broker(s), logs in ${join('kafka', '.work')}/node-*/server.log`,
    );
    console.log(`bootstrap.servers=${cluster.bootstrap}`);
  } else if (command === 'stop') {
    const stopped = await stopCluster();
    console.log(stopped > 0 ? `Stopped ${stopped} Kafka process(es).` : 'No Kafka was running.');
  } else {
    throw new ToolError(`usage: broker.ts start [--brokers N] [--port P] | stop`);
  }
}

if (process.argv[1]?.endsWith('broker.ts')) {
  main().catch((e: unknown) => {
    console.error(e instanceof ToolError ? `kafka: ${e.message}` : e);
    process.exit(1);
  });
}
