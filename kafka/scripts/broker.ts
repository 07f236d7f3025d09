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
import { CLUSTER_FILE, BROKER_PROJECT, REPLICATION_DIR, WORK_DIR } from './paths';
import { isPortFree, waitFor, canConnect, isAlive, commandLineOf } from './processes';
import { classpath, requireJava, run, ToolError } from './toolchain';

export const DEFAULT_PORT = 19092;
const START_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
/** A small heap: a test broker holds a few hundred records. */
const BROKER_HEAP = ['-Xms128m', '-Xmx512m'];
/**
 * The replication cluster's JVMs start and restart during the suite, beside other cases: the client
 * compiler only and one GC thread keep each start's CPU burst small on a shared two-core machine (a test
 * broker holds a few hundred records; it needs no C2-compiled code).
 */
const LIGHT_JVM = ['-XX:TieredStopAtLevel=1', '-XX:+UseSerialGC'];
/**
 * ...and they run at a lower priority (nice 10), so a broker starting or restarting never takes the CPU
 * from the class players timing the other cases: it gets what they leave, which is most of it.
 */
const NICE = ['nice', '-n', '10'];

/** `java args` as a command line: behind `nice` for the replication cluster's nodes. */
const javaCommand = (jvm: string[], args: string[]): [string, string[]] =>
  jvm.length > 0 ? [NICE[0]!, [...NICE.slice(1), 'java', ...jvm, ...args]] : ['java', args];

export interface RunningNode {
  nodeId: number;
  roles: NodeLayout['roles'];
  port: number;
  pid: number;
  logFile: string;
  propertiesFile: string;
  /** JVM options beyond the heap (the replication cluster's light ones), kept for a restart. */
  jvm?: string[];
}

export interface RunningCluster {
  bootstrap: string;
  brokers: number;
  kafkaVersion: string;
  nodes: RunningNode[];
}

/** The file naming a cluster's processes: kafka/.work/cluster.json, or cluster.json in another work dir. */
export const clusterFile = (workDir = WORK_DIR): string =>
  workDir === WORK_DIR ? CLUSTER_FILE : join(workDir, 'cluster.json');

export function readCluster(file = CLUSTER_FILE): RunningCluster | null {
  if (!existsSync(file)) return null;
  const cluster = JSON.parse(readFileSync(file, 'utf8')) as RunningCluster;
  return cluster.nodes.some((n) => isAlive(n.pid)) ? cluster : null;
}

/** Kafka's version, from the kafka-clients jar on the classpath (e.g. 4.4.0). */
function versionOf(cp: string): string {
  return /kafka-clients-([^/]+)\.jar/.exec(cp)?.[1] ?? 'unknown';
}

/** Kafka's cluster ids are 16 random bytes in URL-safe base64 without padding (`Uuid.toString`). */
/**
 * A cluster id as Kafka's Uuid.randomUuid makes one: 16 random bytes in URL-safe base64, drawn again
 * while the text starts with '-', which StorageTool's argument parser would take for an option (it then
 * printed its usage and the replication cluster failed to start, one run in 64).
 */
function randomClusterId(): string {
  for (;;) {
    const id = randomBytes(16).toString('base64url');
    if (!id.startsWith('-')) return id;
  }
}

function lastLines(file: string, n: number): string {
  if (!existsSync(file)) return '(no log)';
  return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-n).join('\n');
}

async function checkPorts(nodes: NodeLayout[]): Promise<void> {
  for (const n of nodes) {
    for (const port of new Set([n.port, n.controllerPort ?? n.port])) {
      if (!(await isPortFree(port))) {
        throw new ToolError(
          `Port ${port} on 127.0.0.1 is in use: is another Kafka running? Stop it (npm run kafka:stop) ` +
            `or pick other ports (KAFKA_PORT=<port> npm run kafka:start).`,
        );
      }
    }
  }
}

/** Starts `kafka.Kafka` on a node's properties (its storage formatted already); returns the process id. */
function launch(
  cp: string,
  nodeId: number,
  propertiesFile: string,
  logFile: string,
  jvm: string[] = [],
): number {
  const log = openSync(logFile, 'a');
  const [cmd, args] = javaCommand(jvm, [...BROKER_HEAP, '-cp', cp, 'kafka.Kafka', propertiesFile]);
  // `nice` replaces itself with java (exec): the process id is the broker's.
  const child = spawn(cmd, args, {
    detached: true,
    stdio: ['ignore', log, log],
  });
  closeSync(log);
  child.unref();
  if (child.pid === undefined) throw new ToolError(`Could not start node ${nodeId} (java).`);
  return child.pid;
}

/** Runs a command to its end without blocking the harness (other cases go on meanwhile), bounded. */
function runAsync(
  cmd: string,
  args: string[],
  timeoutMs: number,
): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d.toString()));
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      resolve({ status: null, output: e.message });
    });
    child.on('close', (status) => {
      clearTimeout(timer);
      resolve({ status, output });
    });
  });
}

/** Formats a node's storage (KRaft: the cluster id and, for a controller, the quorum's first records). */
async function formatNode(
  cp: string,
  node: NodeLayout,
  nodes: NodeLayout[],
  clusterId: string,
  options: ClusterOptions,
) {
  rmSync(node.dir, { recursive: true, force: true });
  mkdirSync(node.dir, { recursive: true });
  writeFileSync(node.propertiesFile, serverProperties(node, nodes, options.extraConfig));
  const format = options.dedicatedController
    ? await runAsync(
        ...javaCommand(LIGHT_JVM, [
          '-cp',
          cp,
          'kafka.tools.StorageTool',
          'format',
          '-t',
          clusterId,
          '-c',
          node.propertiesFile,
        ]),
        60_000,
      )
    : (({ status, stdout, stderr }) => ({ status, output: stdout + stderr }))(
        run(
          'java',
          ['-cp', cp, 'kafka.tools.StorageTool', 'format', '-t', clusterId, '-c', node.propertiesFile],
          60_000,
        ),
      );
  if (format.status !== 0) {
    throw new ToolError(`Formatting node ${node.nodeId}'s storage failed:\n${format.output}`);
  }
}

const jvmOf = (options: ClusterOptions): string[] => (options.dedicatedController ? LIGHT_JVM : []);

/** Waits (bounded) until a node logged "Kafka Server started" after `fromChar` and takes connections. */
async function waitStarted(node: RunningNode, fromChar = 0): Promise<void> {
  await waitFor(
    async () => {
      if (!isAlive(node.pid)) {
        throw new ToolError(`Node ${node.nodeId} exited while starting:\n${lastLines(node.logFile, 30)}`);
      }
      const log = existsSync(node.logFile) ? readFileSync(node.logFile, 'utf8').slice(fromChar) : '';
      return log.includes('Kafka Server started') && (await canConnect(node.port));
    },
    START_TIMEOUT_MS,
    `node ${node.nodeId} to answer on port ${node.port}`,
  );
}

export async function startCluster(options: ClusterOptions): Promise<RunningCluster> {
  const file = clusterFile(options.workDir);
  const running = readCluster(file);
  if (running) return running;
  requireJava();
  const nodes = layout(options);
  await checkPorts(nodes);
  const cp = classpath(BROKER_PROJECT, 'broker');
  const clusterId = randomClusterId();
  const cluster: RunningCluster = {
    bootstrap: bootstrap(nodes),
    brokers: nodes.filter((n) => n.roles !== 'controller').length,
    kafkaVersion: versionOf(cp),
    nodes: [],
  };
  mkdirSync(options.workDir ?? WORK_DIR, { recursive: true });
  // The replication cluster's nodes are formatted side by side, without blocking the cases already running.
  if (options.dedicatedController)
    await Promise.all(nodes.map((n) => formatNode(cp, n, nodes, clusterId, options)));
  for (const node of nodes) {
    if (!options.dedicatedController) await formatNode(cp, node, nodes, clusterId, options);
    const pid = launch(cp, node.nodeId, node.propertiesFile, node.logFile, jvmOf(options));
    const { nodeId, roles, port, logFile, propertiesFile } = node;
    cluster.nodes.push({ nodeId, roles, port, pid, logFile, propertiesFile, jvm: jvmOf(options) });
    // Written after each start, so kafka:stop finds every process even if a later one fails.
    writeFileSync(file, JSON.stringify(cluster, null, 2));
  }
  try {
    for (const node of cluster.nodes) await waitStarted(node);
  } catch (e) {
    await stopCluster(file);
    throw e;
  }
  return cluster;
}

const ours = (n: RunningNode): boolean => isAlive(n.pid) && commandLineOf(n.pid).includes('kafka.Kafka');

/**
 * Stops one broker of a running cluster: `clean` sends SIGTERM, which runs Kafka's controlled shutdown
 * (the controller moves its leaderships away first: BrokerLifecycleManager, ControlledShutdown); otherwise
 * SIGKILL, a crash the controller notices when the broker's session times out (broker.session.timeout.ms).
 * Resolves once the process is gone.
 */
export async function stopNode(file: string, nodeId: number, clean: boolean): Promise<void> {
  const cluster = readCluster(file);
  const node = cluster?.nodes.find((n) => n.nodeId === nodeId);
  if (!node || !ours(node)) throw new ToolError(`node ${nodeId} is not running`);
  process.kill(node.pid, clean ? 'SIGTERM' : 'SIGKILL');
  try {
    await waitFor(async () => !isAlive(node.pid), STOP_TIMEOUT_MS, `node ${nodeId} to stop`);
  } catch {
    process.kill(node.pid, 'SIGKILL');
  }
}

/** Starts a stopped broker again on its own storage (no format: it keeps its log, as a repaired machine). */
export async function restartNode(file: string, nodeId: number): Promise<void> {
  const cluster = readCluster(file);
  const node = cluster?.nodes.find((n) => n.nodeId === nodeId);
  if (!cluster || !node) throw new ToolError(`node ${nodeId} is not in ${file}`);
  if (ours(node)) return;
  const from = existsSync(node.logFile) ? readFileSync(node.logFile, 'utf8').length : 0;
  node.pid = launch(classpath(BROKER_PROJECT, 'broker'), nodeId, node.propertiesFile, node.logFile, node.jvm);
  writeFileSync(file, JSON.stringify(cluster, null, 2));
  await waitStarted(node, from);
}

/** Stops every process the cluster file names (only those, and only if they still run kafka.Kafka). */
export async function stopCluster(file = CLUSTER_FILE): Promise<number> {
  if (!existsSync(file)) return 0;
  const cluster = JSON.parse(readFileSync(file, 'utf8')) as RunningCluster;
  const running = cluster.nodes.filter(ours);
  // Brokers first: a broker's controlled shutdown asks the controller, which must still be there.
  for (const phase of [
    running.filter((n) => n.roles !== 'controller'),
    running.filter((n) => n.roles === 'controller'),
  ]) {
    for (const n of phase) process.kill(n.pid, 'SIGTERM');
    try {
      await waitFor(async () => phase.every((n) => !isAlive(n.pid)), STOP_TIMEOUT_MS, 'Kafka to stop');
    } catch {
      for (const n of phase) if (isAlive(n.pid)) process.kill(n.pid, 'SIGKILL');
    }
  }
  rmSync(file, { force: true });
  return running.length;
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
    // Also the replication cases' cluster, should a run of the suite have been cut short.
    const stopped = (await stopCluster()) + (await stopCluster(clusterFile(REPLICATION_DIR)));
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
