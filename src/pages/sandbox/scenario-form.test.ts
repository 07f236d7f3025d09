import { describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine';
import { SANDBOX_SCENARIO } from '../../lessons/presets';
import { SCENARIOS } from '../../lessons/scenarios';
import { candidateFromForm, fieldOf, fieldPaths, formFromScenario, sortProblems } from './scenario-form';

describe('the sandbox form', () => {
  it.each(SCENARIOS.map((s) => [s.id, s.scenario] as const))(
    'turns %s into rows and back unchanged',
    (_id, scenario) => {
      expect(candidateFromForm(formFromScenario(scenario))).toEqual(scenario);
    },
  );

  it('turns a replicated class into rows and back unchanged, broker settings kept beside the shown ones', () => {
    const scenario: Scenario = {
      ...SANDBOX_SCENARIO,
      brokers: 3,
      broker: {
        logRetentionCheckIntervalMs: 1000,
        minInsyncReplicas: 2,
        replicaLagTimeMaxMs: 10_000,
        uncleanLeaderElectionEnable: true,
      },
      topics: SANDBOX_SCENARIO.topics.map((t) => ({ ...t, replicationFactor: 3, minInsyncReplicas: 2 })),
      producers: SANDBOX_SCENARIO.producers.map((p) => ({
        ...p,
        acks: 1,
        enableIdempotence: false,
        deliveryTimeoutMs: 30_000,
      })),
    };
    const form = formFromScenario(scenario);
    expect(form.cluster).toMatchObject({
      brokers: '3',
      minInsyncReplicas: '2',
      replicaLagTimeMaxMs: '10000',
      uncleanLeaderElectionEnable: 'true',
      extra: { logRetentionCheckIntervalMs: 1000 },
    });
    expect(form.topics[0]).toMatchObject({ replicationFactor: '3', minInsyncReplicas: '2', extra: {} });
    expect(form.producers[0]).toMatchObject({
      acks: '1',
      enableIdempotence: 'false',
      deliveryTimeoutMs: '30000',
    });
    expect(candidateFromForm(form)).toEqual(scenario);
    // acks as Kafka's values: 0 and 1 numbers, "all" text; an empty choice leaves Kafka's default.
    form.producers[0]!.acks = 'all';
    form.producers[0]!.enableIdempotence = '';
    form.cluster.uncleanLeaderElectionEnable = 'false';
    const c = candidateFromForm(form) as Scenario;
    expect(c.producers[0]!.acks).toBe('all');
    expect(Object.hasOwn(c.producers[0]!, 'enableIdempotence')).toBe(false);
    expect(c.broker?.uncleanLeaderElectionEnable).toBe(false);
  });

  it('leaves brokers and broker out when the form leaves them empty', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    const c = candidateFromForm(form) as Record<string, unknown>;
    expect(Object.hasOwn(c, 'brokers')).toBe(false);
    form.cluster.brokers = ' 2 ';
    form.cluster.minInsyncReplicas = 'two';
    expect(candidateFromForm(form)).toMatchObject({ brokers: 2, broker: { minInsyncReplicas: 'two' } });
  });

  it('sorts replication problems to their fields', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    const paths = fieldPaths(form);
    for (const path of [
      'brokers',
      'broker.minInsyncReplicas',
      'broker.replicaLagTimeMaxMs',
      'broker.uncleanLeaderElectionEnable',
      'topics[0].replicationFactor',
      'topics[0].minInsyncReplicas',
      'producers[0].acks',
      'producers[0].enableIdempotence',
      'producers[0].deliveryTimeoutMs',
    ]) {
      expect(fieldOf(path, paths)).toBe(path);
    }
  });

  it('passes typed text on for the validator to name the rule', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    form.topics[0]!.partitions = ' 1e1 ';
    form.topics[0]!.retentionMs = 'forever';
    form.producers[0]!.keys = ' math,, music ,';
    form.groups[0]!.members[0]!.recordsPerSec = '';
    const c = candidateFromForm(form) as typeof SANDBOX_SCENARIO;
    expect(c.topics[0]).toEqual({ name: 'notes', partitions: 10, retentionMs: 'forever' });
    expect(c.producers[0]!.keys).toEqual(['math', 'music']);
    expect(c.groups[0]!.members[0]).toEqual({ id: 'ana' });
  });

  it('sorts problems to the fields they belong to', () => {
    const form = formFromScenario(SANDBOX_SCENARIO);
    const paths = fieldPaths(form);
    expect(fieldOf('topics[0].partitions', paths)).toBe('topics[0].partitions');
    expect(fieldOf('producers[0].keys[3]', paths)).toBe('producers[0].keys');
    expect(fieldOf('groups[0].members[1].recordsPerSec', paths)).toBe('groups[0].members[1].recordsPerSec');
    expect(fieldOf('groups[0].members', paths)).toBe('groups[0].members');
    expect(fieldOf('groups[0].heartbeatIntervalMs', paths)).toBeNull();
    expect(fieldOf('topics[0].partitionsX', paths)).toBeNull();
    const { byField, general } = sortProblems(
      [
        { path: 'producers[0].keys[3]', message: 'must be text of 1 to 200 characters' },
        { path: 'broker.groupInitialRebalanceDelayMs', message: 'must be ...' },
      ],
      form,
    );
    expect(byField.get('producers[0].keys')).toEqual(['entry 4: must be text of 1 to 200 characters']);
    expect(general).toEqual([{ path: 'broker.groupInitialRebalanceDelayMs', message: 'must be ...' }]);
  });
});
