import { act, cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import type { Scenario } from '../../engine';
import { findScenario } from '../../lessons/scenarios';
import type { Lang } from '../../shared/lang';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type Selection, type Words } from '../../store/simulator-store';
import { Inspector } from './inspector';

afterEach(cleanup);

const base = findScenario('sleepy-student')!.scenario;
/** The sleepy student's class on three rooms: every shelf with three copies, two needed for a write. */
const replicated: Scenario = {
  ...base,
  brokers: 3,
  broker: { ...base.broker, minInsyncReplicas: 2 },
  topics: base.topics.map((t) => ({ ...t, replicationFactor: 3 })),
};

function setup(
  selection: Selection,
  scenario: Scenario = replicated,
  lang: Lang = 'en',
  words: Words = 'kafka',
) {
  const store = createSimulatorStore(scenario, { timeMs: 5_000, words });
  store.getState().select(selection);
  render(
    <PrefsProvider store={createPrefsStore(lang)}>
      <SimulatorProvider store={store}>
        <Inspector />
      </SimulatorProvider>
    </PrefsProvider>,
  );
  return { store, user: userEvent.setup() };
}

/** A fact's value, by its label (a <dt>; the same words may head a table's column). */
const fact = (label: string) =>
  screen.getAllByText(label).find((el) => el.tagName === 'DT')?.nextElementSibling?.textContent;
const table = (caption: string) => screen.getByRole('table', { name: caption });
const rowsOf = (t: HTMLElement) =>
  within(t)
    .getAllByRole('row')
    .slice(1)
    .map((r) =>
      within(r)
        .getAllByRole('cell')
        .map((c) => c.textContent),
    );

describe('Inspector: brokers and replication (issue 14)', () => {
  it('a topic lists leader, replicas, ISR, high watermark and log end per partition, and every broker', () => {
    const { store } = setup({ kind: 'topic', topic: 'notes' });
    const p = store.getState().snapshot.topics[0]!.partitions[0]!;
    expect(rowsOf(table('Partitions and replicas'))).toEqual([
      [
        '0',
        String(p.leader),
        p.replicas.join(','),
        p.isr.join(','),
        String(p.highWatermark),
        String(p.logEndOffset),
        'ok',
      ],
    ]);
    expect(p.replicas).toHaveLength(3);
    const brokers = rowsOf(table('Brokers'));
    expect(brokers.map((r) => r.slice(0, 2))).toEqual([
      ['broker 1', 'up'],
      ['broker 2', 'up'],
      ['broker 3', 'up'],
    ]);
    // Each broker leads what the partitions say it leads, and holds a copy of every partition.
    expect(brokers.map((r) => Number(r[2])).reduce((a, b) => a + b)).toBe(1);
    expect(brokers.map((r) => r[3])).toEqual(['1', '1', '1']);
  });

  it("breaking the leader's broker from its panel: the leader changes and the partition shows under-replicated", async () => {
    const { store, user } = setup({ kind: 'topic', topic: 'notes' });
    const before = store.getState().snapshot.topics[0]!.partitions[0]!;
    const leader = before.leader!;
    await user.click(within(table('Brokers')).getByRole('button', { name: `broker ${leader}` }));
    expect(screen.getByRole('heading', { name: `Broker ${leader}` })).toBeTruthy();
    expect(screen.getByText('running')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Stop broker (controlled)' }));
    expect(store.getState().refusal).toBeNull();
    expect(store.getState().snapshot.brokers[leader - 1]!.status).toBe('down');
    // The panel stays on the broker, now down, with the repair action in place of the stops.
    expect(screen.getByText('down')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Crash broker' })).toBeNull();
    act(() => store.getState().seek(store.getState().snapshot.timeMs + 1_000));
    const after = store.getState().snapshot.topics[0]!.partitions[0]!;
    expect(after.leader).not.toBe(leader);
    expect(after.leader).not.toBeNull();
    expect(after.isr).not.toContain(leader);
    act(() => store.getState().select({ kind: 'partition', topic: 'notes', partition: 0 }));
    expect(screen.getByText('State: under-replicated')).toBeTruthy();
    const replicas = rowsOf(table('Replicas'));
    expect(replicas.find((r) => r[0] === `broker ${leader}`)?.slice(1, 4)).toEqual([
      'down',
      'follower',
      'out of sync',
    ]);
    expect(replicas.find((r) => r[0] === `broker ${after.leader}`)?.slice(1, 4)).toEqual([
      'up',
      'leader',
      'in sync',
    ]);
    // Repair: the broker comes back and catches up into the ISR.
    act(() => store.getState().select({ kind: 'broker', broker: leader }));
    await user.click(screen.getByRole('button', { name: 'Start broker' }));
    act(() => store.getState().seek(store.getState().snapshot.timeMs + 2_000));
    expect(store.getState().snapshot.topics[0]!.partitions[0]!.isr).toContain(leader);
  });

  it('a crash is offered beside the clean stop, and the coordinator and acks show where they live', async () => {
    const { store, user } = setup({ kind: 'topic', topic: 'notes' });
    const leader = store.getState().snapshot.topics[0]!.partitions[0]!.leader!;
    act(() => store.getState().select({ kind: 'broker', broker: leader }));
    await user.click(screen.getByRole('button', { name: 'Crash broker' }));
    expect(store.getState().recordedCommands().at(-1)?.command).toEqual({
      type: 'stopBroker',
      broker: leader,
      clean: false,
    });
    // Crashed, not yet fenced: Kafka's controller still names it leader, but nobody can reach it.
    act(() => store.getState().select({ kind: 'topic', topic: 'notes' }));
    expect(store.getState().snapshot.topics[0]!.partitions[0]!.leader).toBe(leader);
    expect(rowsOf(table('Partitions and replicas'))[0]![6]).toBe('offline');
    expect(screen.getByText('1 of 1 under-replicated or offline')).toBeTruthy();
    act(() => store.getState().select({ kind: 'group', group: 'class' }));
    const coordinator = store.getState().snapshot.groups[0]!.coordinator;
    expect(screen.getByText('Coordinator').nextElementSibling?.textContent).toBe(
      coordinator === null ? 'none' : `broker ${coordinator}`,
    );
    act(() => store.getState().select({ kind: 'producer', id: base.producers[0]!.id }));
    const producer = store.getState().snapshot.producers[0]!;
    expect(screen.getByText('acks').nextElementSibling?.textContent).toBe('all');
    expect(screen.getByText('Acknowledged').nextElementSibling?.textContent).toBe(
      String(producer.acknowledged),
    );
    expect(screen.getByText('Acknowledged, then lost').nextElementSibling?.textContent).toBe('0');
  });

  it('speaks of rooms and copies in classroom words, in English and Spanish', () => {
    const { store } = setup({ kind: 'broker', broker: 1 }, replicated, 'en', 'classroom');
    expect(screen.getByRole('heading', { name: 'Room 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Break the machine' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Switch it off properly' })).toBeTruthy();
    expect(fact('Copies in step')).toBe('1');
    act(() => {
      store.getState().command({ type: 'stopBroker', broker: 1 });
    });
    // Crashed: Kafka's ISR still holds it (not fenced yet), but in class its copy is broken, not in step.
    expect(fact('Copies in step')).toBe('0');
    expect(store.getState().snapshot.topics[0]!.partitions[0]!.isr).toContain(1);
    cleanup();
    setup({ kind: 'broker', broker: 1 }, replicated, 'es', 'classroom');
    expect(screen.getByRole('heading', { name: 'Sala 1' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Romper la máquina' })).toBeTruthy();
    cleanup();
    setup({ kind: 'topic', topic: 'notes' }, replicated, 'es', 'kafka');
    expect(screen.getByRole('table', { name: 'Particiones y réplicas' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'High watermark' })).toBeTruthy();
  });

  it('with one broker the drawer is as it was: no replicas, no brokers, no acks', () => {
    setup({ kind: 'topic', topic: 'notes' }, base);
    expect(screen.queryByRole('table', { name: 'Partitions and replicas' })).toBeNull();
    expect(screen.queryByRole('table', { name: 'Brokers' })).toBeNull();
    expect(screen.getByRole('table', { name: 'Partitions' })).toBeTruthy();
    cleanup();
    setup({ kind: 'producer', id: base.producers[0]!.id }, base);
    expect(screen.queryByText('acks')).toBeNull();
    cleanup();
    setup({ kind: 'partition', topic: 'notes', partition: 0 }, base);
    expect(screen.queryByText(/^State:/)).toBeNull();
  });
});
