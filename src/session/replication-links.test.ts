import { describe, expect, it } from 'vitest';
import type { Scenario } from '../engine';
import { findScenario } from '../lessons/scenarios';
import { createSimulatorStore } from '../store/simulator-store';
import { openSharedClass, SHARE_CHECKS } from './open-shared';
import { decodeClassFile, decodeShare, encodeShare, ShareError, type SharePayload } from './share';

/**
 * Issue 14's settings in links and class files: a replicated class and its broker stops come back the same,
 * and what the engine refuses in them is refused by name (the link's scenario and actions are read by the
 * engine's own validator, nothing here copies its rules).
 */
const base = findScenario('sleepy-student')!.scenario;
const replicated: Scenario = {
  ...base,
  brokers: 3,
  broker: {
    ...base.broker,
    minInsyncReplicas: 2,
    replicaLagTimeMaxMs: 10_000,
    uncleanLeaderElectionEnable: false,
  },
  topics: base.topics.map((t) => ({ ...t, replicationFactor: 3 })),
  producers: base.producers.map((p) => ({
    ...p,
    acks: 'all',
    enableIdempotence: true,
    deliveryTimeoutMs: 60_000,
  })),
};

function refused(payload: unknown): ShareError {
  try {
    const decoded = decodeShare(encodeShare(payload as SharePayload), SHARE_CHECKS);
    if ('lesson' in decoded) throw new Error('read as a lesson');
    openSharedClass(decoded);
  } catch (e) {
    expect(e).toBeInstanceOf(ShareError);
    return e as ShareError;
  }
  throw new Error('the link was opened');
}

describe('replicated classes in links and files', () => {
  it('a replicated class with a broker stopped and started comes back the same, at the same moment', () => {
    const store = createSimulatorStore(replicated);
    store.getState().seek(3_000);
    expect(store.getState().command({ type: 'stopBroker', broker: 2, clean: false })).toBeNull();
    store.getState().seek(8_000);
    expect(store.getState().command({ type: 'startBroker', broker: 2 })).toBeNull();
    store.getState().seek(9_000);
    expect(store.getState().command({ type: 'stopBroker', broker: 1, clean: true })).toBeNull();
    store.getState().seek(12_000);
    const payload: SharePayload = {
      v: 1,
      scenario: replicated,
      commands: store
        .getState()
        .recordedCommands()
        .map(({ timeMs, command }) => ({ timeMs, command })),
      timeMs: 12_000,
    };
    const decoded = decodeShare(encodeShare(payload), SHARE_CHECKS);
    expect(decoded).toEqual(payload);
    if ('lesson' in decoded) throw new Error('not a class');
    const opened = openSharedClass(decoded);
    const snapshot = opened.getState().snapshot;
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(store.getState().snapshot));
    expect(snapshot.brokers.map((b) => b.status)).toEqual(['down', 'up', 'up']);
    expect(snapshot.topics[0]!.partitions[0]!.replicas).toHaveLength(3);
  });

  it('a class file keeps every replication field', () => {
    const file = decodeClassFile(JSON.stringify(replicated), SHARE_CHECKS);
    expect(file).toEqual({ kind: 'scenario', scenario: replicated });
  });

  it.each([
    [{ ...replicated, brokers: 9 }, 'brokers: must be a whole number of brokers from 1 to 5'],
    [{ ...replicated, brokers: '3' }, 'brokers: must be a whole number of brokers from 1 to 5'],
    [
      { ...replicated, brokers: 2 },
      'topics[0].replicationFactor: is 3 but the cluster has 2 brokers: each copy needs its own broker',
    ],
    [{ ...replicated, producers: [{ ...replicated.producers[0]!, acks: -1 }] }, 'producers[0].acks: '],
    [{ ...replicated, producers: [{ ...replicated.producers[0]!, acks: '1' }] }, 'producers[0].acks: '],
    [
      { ...replicated, producers: [{ ...replicated.producers[0]!, enableIdempotence: 'yes' }] },
      'producers[0].enableIdempotence: ',
    ],
    [
      { ...replicated, producers: [{ ...replicated.producers[0]!, deliveryTimeoutMs: 1e12 }] },
      'producers[0].deliveryTimeoutMs: ',
    ],
    [{ ...replicated, broker: { uncleanLeaderElectionEnable: 1 } }, 'broker.uncleanLeaderElectionEnable: '],
    [{ ...replicated, broker: { replicaLagTimeMaxMs: -5 } }, 'broker.replicaLagTimeMaxMs: '],
    [{ ...replicated, broker: { controller: 'evil' } }, 'broker.controller: '],
    [
      { ...replicated, topics: [{ ...replicated.topics[0]!, replicationFactor: 0 }] },
      'topics[0].replicationFactor: ',
    ],
  ])('refuses a hostile scenario by name (%#)', (scenario, named) => {
    const e = refused({ v: 1, scenario, commands: [] });
    expect(e.problems.map((p) => `${p.path}: ${p.message}`).join('\n')).toContain(named);
    expect(() => decodeClassFile(JSON.stringify(scenario), SHARE_CHECKS)).toThrow(ShareError);
  });

  it.each([
    [{ type: 'stopBroker', broker: 4 }, 'must be a broker id from 1 to 3'],
    [{ type: 'stopBroker', broker: '2' }, 'must be a broker id from 1 to 3'],
    [{ type: 'stopBroker', broker: 2, clean: 'yes' }, 'clean'],
    [{ type: 'startBroker', broker: 2, clean: true }, 'clean'],
  ])('refuses a hostile broker action by name (%#)', (command, named) => {
    const e = refused({ v: 1, scenario: replicated, commands: [{ timeMs: 1_000, command }] });
    expect(e.problems[0]?.path).toBe('commands[0]');
    expect(e.problems[0]?.message).toContain(named);
  });
});
