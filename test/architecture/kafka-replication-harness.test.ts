/**
 * The Kafka suite's replication side without a broker: the cluster layout it starts (a dedicated KRaft
 * controller and broker-only nodes), how it reads the player's facts (acknowledged, failed, lost, reads
 * past the high watermark), and how a claim stays pending while the simulator has no replication model.
 */
import { describe, expect, it } from 'vitest';

import { REPLICATION_CASES } from '../../kafka/harness/cases/replication';
import type { ClassFacts } from '../../kafka/harness/facts';
import { readsPastHighWatermark } from '../../kafka/harness/replication-facts';
import { kafkaReplication, type Fact } from '../../kafka/harness/replication-read';
import { prepare } from '../../kafka/harness/replication-run';
import { bootstrap, layout, serverProperties } from '../../kafka/scripts/cluster';

const props = (text: string): Record<string, string> =>
  Object.fromEntries(
    text
      .trim()
      .split('\n')
      .map((l) => l.split(/=(.*)/s).slice(0, 2) as [string, string]),
  );

describe('the replication cluster layout', () => {
  const nodes = layout({ brokers: 3, basePort: 39000, dedicatedController: true, workDir: '/tmp/x' });

  it('is one controller-only node and three broker-only nodes, the controller the only voter', () => {
    expect(nodes.map((n) => [n.nodeId, n.roles, n.port])).toEqual([
      [3000, 'controller', 39000],
      [1, 'broker', 39001],
      [2, 'broker', 39002],
      [3, 'broker', 39003],
    ]);
    const controller = props(serverProperties(nodes[0]!, nodes));
    const broker = props(serverProperties(nodes[1]!, nodes, { 'replica.lag.time.max.ms': 2000 }));
    expect(controller['process.roles']).toBe('controller');
    expect(controller.listeners).toBe('CONTROLLER://127.0.0.1:39000');
    expect(broker['process.roles']).toBe('broker');
    expect(broker.listeners).toBe('PLAINTEXT://127.0.0.1:39001');
    expect(broker['controller.quorum.voters']).toBe('3000@127.0.0.1:39000');
    expect(broker['replica.lag.time.max.ms']).toBe('2000');
    expect(bootstrap(nodes)).toBe('127.0.0.1:39001,127.0.0.1:39002,127.0.0.1:39003');
  });

  it('keeps the combined layout of npm run kafka:start as it was', () => {
    const combined = layout({ brokers: 3, basePort: 19092 });
    expect(combined.map((n) => [n.nodeId, n.roles, n.port, n.controllerPort])).toEqual([
      [1, 'broker,controller', 19092, 19093],
      [2, 'broker,controller', 19094, 19095],
      [3, 'broker,controller', 19096, 19097],
    ]);
    const p = props(serverProperties(combined[0]!, combined));
    expect(p.listeners).toBe('PLAINTEXT://127.0.0.1:19092,CONTROLLER://127.0.0.1:19093');
    expect(p['controller.quorum.voters']).toBe('1@127.0.0.1:19093,2@127.0.0.1:19095,3@127.0.0.1:19097');
  });
});

describe("reading the player's replication facts", () => {
  const partition = (hw: number, isr: number[]) => ({
    topic: 'notes',
    partition: 0,
    logStartOffset: 0,
    logEndOffset: hw,
    highWatermark: hw,
    leader: 1,
    replicas: [1, 2, 3],
    isr,
  });
  const facts: Fact[] = [
    {
      type: 'produced',
      t: 100,
      producer: 'teacher',
      topic: 'notes',
      seq: 0,
      partition: 0,
      offset: 0,
      sentAt: 50,
    },
    {
      type: 'produced',
      t: 200,
      producer: 'teacher',
      topic: 'notes',
      seq: 1,
      partition: 0,
      offset: 1,
      sentAt: 150,
    },
    {
      type: 'produceFailed',
      t: 900,
      producer: 'teacher',
      topic: 'notes',
      seq: 2,
      errorClass: 'TimeoutException',
      sentAt: 300,
    },
    { type: 'sample', t: 500, brokers: [1, 2, 3], partitions: [partition(2, [1, 2, 3])], groups: [] },
    { type: 'sample', t: 1000, brokers: [1, 2], partitions: [partition(2, [1, 2])], groups: [] },
    { type: 'processed', t: 400, group: 'class', topic: 'notes', partition: 0, offset: 1 },
    { type: 'processed', t: 600, group: 'class', topic: 'notes', partition: 0, offset: 2 },
    // At the end the log holds record 1 only: record 0 was acknowledged and is gone.
    { type: 'log', t: 1100, topic: 'notes', partition: 0, records: [[0, null, '1']] },
  ];
  const r = kafkaReplication(facts)!;

  it('counts acknowledged, failed (by the exception) and acknowledged-then-lost records', () => {
    expect(r.producers.teacher).toEqual({
      acknowledged: 2,
      failed: 1,
      errors: { TimeoutException: 1 },
      lostAcknowledged: 1,
    });
    expect(r.samples.map((s) => s.producers.teacher)).toEqual([
      // The failed record, sent at 0.3 s, was still waiting at 0.5 s.
      { acknowledged: 2, failed: 0, waiting: 1 },
      { acknowledged: 2, failed: 1, waiting: 0 },
    ]);
    expect(r.samples[1]!.brokersUp).toEqual([1, 2]);
    expect(r.samples[1]!.partitions['notes-0']!.isr).toEqual([1, 2]);
  });

  it('finds a read past the high watermark of the next look', () => {
    // Offset 1 (up to 2) is within the high watermark 2; offset 2 (up to 3) is past it.
    expect(readsPastHighWatermark(r)).toBe(1);
  });
});

describe('replication claims while the simulator has no replication model', () => {
  const failover = REPLICATION_CASES.find((c) => c.id === 'replication-failover-clean')!;
  const { oracle, brokerIds, placement } = prepare(failover, null);

  it('play on brokers 1-3 with the first replica leading, and stop that leader', () => {
    expect(brokerIds).toEqual([1, 2, 3]);
    expect(placement).toEqual({ notes: [[1, 2, 3]] });
    expect(oracle.script[0]!.command).toEqual({ type: 'stopBroker', broker: 1, clean: true });
  });

  it("are pending when Kafka's half holds, and fail when it does not", () => {
    const noLoss = oracle.claims.find((c) => c.behaviour.includes('nothing acknowledged is lost'))!;
    const kafka = (lost: number): ClassFacts =>
      ({
        replication: {
          samples: [],
          reads: [],
          producers: { teacher: { acknowledged: 10, failed: 0, errors: {}, lostAcknowledged: lost } },
        },
      }) as unknown as ClassFacts;
    const sim = {} as ClassFacts;
    expect(noLoss.check(sim, kafka(0))).toMatchObject({ pending: true, agree: true });
    expect(noLoss.check(sim, kafka(3))).toMatchObject({ pending: true, agree: false });
  });
});
