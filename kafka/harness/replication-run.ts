/**
 * Plays the replication cases (cases/replication.ts) one after another on the suite's own replication
 * cluster, started here and stopped after: a case stops and starts brokers, so two cannot share the
 * cluster at once. Each case gets the simulator's broker ids and placement when the simulator has the
 * replication model; without it, ids 1..3 and a fixed placement, and the claims' simulator halves pending.
 */
import { createSimulation, type Snapshot } from '../../src/engine';
import type { OracleCase } from './case';
import { defaultPlacement, type ReplicationCase } from './cases/replication';
import { playInEngine } from './engine-facts';
import type { ClassFacts } from './facts';
import { playOnKafka } from './kafka-facts';
import { BrokerControl, startReplicationCluster, stopReplicationCluster } from './replication-cluster';
import { engineBrokerIds, enginePlacement } from './replication-read';
import type { Row } from './truth-table';

export function printCase(c: OracleCase, rows: Row[], secs: string, notes: string[] = []): void {
  console.log(`\n${c.id}: ${c.title} (${secs} s)`);
  for (const n of notes) console.log(`  (${n})`);
  for (const r of rows) {
    const mark = r.pending ? 'pending ' : r.agree ? 'agree   ' : r.known ? 'known   ' : 'DISAGREE';
    console.log(`  ${mark} ${r.behaviour}`);
    if (!r.agree || r.pending)
      console.log(`           simulator: ${r.simulator}\n           kafka:     ${r.kafka}`);
    if (!r.agree && r.known) console.log(`           known: ${r.known}`);
    if (r.agree && r.known)
      console.log('           (marked as a known disagreement, but they agree now: remove the mark)');
  }
}

function firstSnapshot(c: ReplicationCase): Snapshot | null {
  try {
    return createSimulation(c.scenario).snapshot({ recentRecords: 0 });
  } catch {
    return null;
  }
}

const EMPTY: ClassFacts = {
  produced: [],
  processed: {},
  firstRead: {},
  skipped: {},
  generations: [],
  revoked: [],
  samples: [],
  logs: {},
};

/** Kafka's internal topic of committed offsets: its placement, when given, moves the group coordinator. */
const OFFSETS_TOPIC = '__consumer_offsets';

/** The case as the suite plays it: the simulator's placement (or the fixed one) decides who stops. */
export function prepare(c: ReplicationCase, snap: Snapshot | null) {
  const brokerIds = (snap && engineBrokerIds(snap)) ?? [1, 2, 3];
  const placement = (snap && enginePlacement(snap)) ?? defaultPlacement(c, brokerIds);
  const { script, claims } = c.build(placement.notes?.[0] ?? brokerIds);
  const coordinator = c.coordinatorAsSimulator && snap ? snap.groups[0]?.coordinator : null;
  // Kafka's coordinator goes where the simulator's is (the player's Coordinator.java): it first, the others after.
  if (coordinator != null) {
    placement[OFFSETS_TOPIC] = [[coordinator, ...brokerIds.filter((b) => b !== coordinator)]];
  }
  const oracle: OracleCase = { ...c, script, claims };
  return { oracle, brokerIds, placement };
}

async function runOne(c: ReplicationCase, cp: string, bootstrap: string): Promise<Row[]> {
  const started = Date.now();
  const { oracle, placement } = prepare(c, firstSnapshot(c));
  let sim = EMPTY;
  try {
    sim = playInEngine(oracle.scenario, oracle.script, oracle.durationMs);
  } catch {
    // The simulator cannot play brokers yet (issue 14): its halves are pending.
  }
  const control = new BrokerControl();
  let rows: Row[];
  try {
    const kafka = await playOnKafka(c.id, oracle.scenario, oracle.script, oracle.durationMs, {
      classpath: cp,
      bootstrap,
      prefix: `${c.id}-${started.toString(36)}-`,
      placement,
      onBrokerCommand: control.onCommand,
    });
    rows = oracle.claims.map((claim) => ({
      case: oracle,
      behaviour: claim.behaviour,
      known: claim.known,
      ...claim.check(sim, kafka),
    }));
  } catch (e) {
    rows = [
      {
        case: oracle,
        behaviour: 'the case plays on Kafka',
        simulator: 'played',
        kafka: String(e),
        agree: false,
      },
    ];
  } finally {
    await control.restoreAll();
  }
  const notes = control.done.map((d) => `${(d.t / 1000).toFixed(1)} s after the player started: ${d.what}`);
  printCase(oracle, rows, ((Date.now() - started) / 1000).toFixed(1), notes);
  return rows;
}

/** Starts the replication cluster, plays every case on it in turn, stops it. */
export async function runReplicationCases(cases: ReplicationCase[], cp: string): Promise<Row[][]> {
  if (cases.length === 0) return [];
  const snap = firstSnapshot(cases[0]!);
  const { brokerIds } = prepare(cases[0]!, snap);
  const startedAt = Date.now();
  let cluster;
  try {
    cluster = await startReplicationCluster(brokerIds);
  } catch (e) {
    await stopReplicationCluster();
    const why = e instanceof Error ? e.message : String(e);
    return cases.map((c) => [
      {
        case: prepare(c, firstSnapshot(c)).oracle,
        behaviour: 'the replication cluster starts',
        simulator: '-',
        kafka: why,
        agree: false,
      },
    ]);
  }
  console.log(
    `\nReplication cluster (a controller and ${cluster.brokers} brokers) at ${cluster.bootstrap}, ` +
      `up in ${((Date.now() - startedAt) / 1000).toFixed(1)} s`,
  );
  try {
    const out: Row[][] = [];
    for (const c of cases) out.push(await runOne(c, cp, cluster.bootstrap));
    return out;
  } finally {
    await stopReplicationCluster();
  }
}
