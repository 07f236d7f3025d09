import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import type { Lang } from '../../shared/lang';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type Selection, type SimulatorOptions } from '../../store/simulator-store';
import { Inspector } from './inspector';

afterEach(cleanup);

function setup(
  selection: Selection | null,
  options: SimulatorOptions = { timeMs: 10_000 },
  scenario = 'sleepy-student',
  lang: Lang = 'en',
) {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, options);
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

const ben = { kind: 'member', group: 'class', member: 'ben' } as const;

/** The message a field is described by when it refuses what was typed (an alert), or null. */
function problem(field: HTMLElement): string | null {
  const id = field.getAttribute('aria-describedby');
  const node = id === null ? null : document.getElementById(id);
  if (!node) return null;
  expect(node.getAttribute('role')).toBe('alert');
  return node.textContent;
}
const memberBen = (store: ReturnType<typeof setup>['store']) =>
  store.getState().snapshot.groups[0]!.members.find((m) => m.id === 'ben')!;

describe('Inspector: the drawer', () => {
  it('shows nothing while nothing is selected', () => {
    const { store } = setup(null);
    expect(screen.queryByRole('complementary')).toBeNull();
    act(() => store.getState().select(ben));
    expect(screen.getByRole('complementary', { name: 'ben' })).toBeTruthy();
  });

  it('moves focus to the name of what it shows', () => {
    setup(ben);
    expect(document.activeElement).toBe(screen.getByRole('heading', { name: 'ben' }));
  });

  it('closes with its Close button and with Escape', async () => {
    const { store, user } = setup(ben);
    await user.click(screen.getByRole('button', { name: 'Close' }));
    expect(store.getState().selection).toBeNull();
    expect(screen.queryByRole('complementary')).toBeNull();
    act(() => store.getState().select(ben));
    await user.keyboard('{Escape}');
    expect(store.getState().selection).toBeNull();
  });

  it('shows the engine refusal in an alert until dismissed', async () => {
    const { store, user } = setup(ben);
    act(() => {
      store.getState().command({ type: 'wake', group: 'class', member: 'ben' });
    });
    expect(screen.getByRole('alert').textContent).toMatch(/ben is already awake/);
    await user.click(screen.getByRole('button', { name: 'Dismiss' }));
    expect(store.getState().refusal).toBeNull();
    expect(screen.getByRole('alert').textContent).toBe('');
  });
});

describe('Inspector: a student', () => {
  it('"Fall asleep" puts her to sleep and "Wake up" wakes her', async () => {
    const { store, user } = setup(ben);
    expect(screen.getByText('Reading pace')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Fall asleep' }));
    expect(memberBen(store).activity).toBe('asleep');
    expect(screen.getByText('Asleep')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Wake up' }));
    expect(memberBen(store).status).toBe('active');
  });

  it('uses Kafka words in Kafka mode', async () => {
    const { store, user } = setup(ben, { timeMs: 10_000, words: 'kafka' });
    await user.click(screen.getByRole('button', { name: 'Stop polling' }));
    expect(memberBen(store).activity).toBe('asleep');
    expect(screen.getByRole('button', { name: 'Resume' })).toBeTruthy();
    expect(screen.getByRole('columnheader', { name: 'Lag' })).toBeTruthy();
  });

  it('changes her pace by the number field', async () => {
    const { store, user } = setup(ben);
    const field = screen.getByRole('textbox', { name: 'notes per second' });
    await user.clear(field);
    await user.type(field, '7{Enter}');
    expect(memberBen(store).recordsPerSec).toBe(7);
  });

  it('refuses a typed pace out of range, says why, and keeps her pace', async () => {
    const { store, user } = setup(ben);
    const field = screen.getByRole('textbox', { name: 'notes per second' });
    const commands = store.getState().recordedCommands().length;
    await user.clear(field);
    await user.type(field, '99999{Enter}');
    expect(problem(field)).toBe('99,999 is too many: the most is 1,000 notes per second. Still 3.');
    expect(field.getAttribute('aria-invalid')).toBe('true');
    expect(memberBen(store).recordsPerSec).toBe(3);
    await user.clear(field);
    await user.type(field, '-2{Enter}');
    expect(problem(field)).toBe('-2 is too few: the least is 0.1 notes per second. Still 3.');
    await user.clear(field);
    await user.type(field, '{Enter}');
    expect(problem(field)).toBe('Type a number from 0.1 to 1,000 notes per second. Still 3.');
    expect(store.getState().recordedCommands()).toHaveLength(commands);
    expect((field as HTMLInputElement).value).toBe('3');
    // A good number clears the message and is taken.
    await user.clear(field);
    await user.type(field, '4.5{Enter}');
    expect(problem(field)).toBeNull();
    expect(field.getAttribute('aria-invalid')).toBeNull();
    expect(screen.queryByText(/too many|too few|Type a number/)).toBeNull();
    expect(memberBen(store).recordsPerSec).toBe(4.5);
  });

  it('changes her pace by the slider (keys commit at once)', () => {
    const { store } = setup(ben);
    fireEvent.change(screen.getByRole('slider', { name: 'Reading pace' }), { target: { value: '5' } });
    expect(memberBen(store).recordsPerSec).toBe(5);
  });

  it('sends him home and says so, with his own pronoun', async () => {
    const { store, user } = setup(ben);
    expect(screen.getByRole('table', { name: 'His shelves' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Send home' }));
    expect(store.getState().snapshot.groups[0]!.members).toHaveLength(0);
    expect(screen.getByText('He has gone home.')).toBeTruthy();
  });

  it('crashes her', async () => {
    const { store, user } = setup(ben);
    await user.click(screen.getByRole('button', { name: 'Crash' }));
    expect(memberBen(store).crashed).toBe(true);
    expect(screen.getByRole('button', { name: 'Bring back' })).toBeTruthy();
  });
});

describe('Inspector: a study group', () => {
  it('"Call in backup" adds a member with the next free name', async () => {
    const { store, user } = setup({ kind: 'group', group: 'class' });
    await user.click(screen.getByRole('button', { name: 'Call in backup' }));
    expect(store.getState().snapshot.groups[0]!.members.map((m) => m.id)).toEqual(['ben', 'ana']);
    await user.click(screen.getByRole('button', { name: 'Call in backup' }));
    expect(store.getState().snapshot.groups[0]!.members.map((m) => m.id)).toEqual(['ben', 'ana', 'carla']);
  });

  it('shows the offsets table like the management UIs, in Kafka words', () => {
    setup({ kind: 'group', group: 'class' }, { timeMs: 10_000, words: 'kafka' });
    const table = screen.getByRole('table', { name: 'Offsets' });
    const headers = within(table)
      .getAllByRole('columnheader')
      .map((h) => h.textContent);
    expect(headers).toEqual(['Partition', 'Consumer', 'Log end offset', 'Group offset', 'Lag']);
    expect(within(table).getAllByRole('row')).toHaveLength(2);
    expect(within(table).getByRole('cell', { name: 'notes-0' })).toBeTruthy();
  });

  it('opens a member from the group', async () => {
    const { store, user } = setup({ kind: 'group', group: 'class' });
    await user.click(screen.getByRole('button', { name: /^ben/ }));
    expect(store.getState().selection).toEqual(ben);
  });
});

describe('Inspector: teacher, machine and shelf', () => {
  it('sets the teacher rate', () => {
    const { store } = setup({ kind: 'producer', id: 'teacher' });
    expect(screen.getByRole('heading', { name: 'teacher' })).toBeTruthy();
    fireEvent.change(screen.getByRole('slider', { name: 'Speaking pace' }), { target: { value: '12' } });
    expect(store.getState().snapshot.producers[0]!.recordsPerSec).toBe(12);
  });

  it("takes a teacher rate above the slider, and refuses one above the field's limit in Spanish", async () => {
    const { store, user } = setup(
      { kind: 'producer', id: 'teacher' },
      { timeMs: 10_000 },
      'sleepy-student',
      'es',
    );
    const field = screen.getByRole('textbox', { name: 'apuntes por segundo' });
    await user.clear(field);
    await user.type(field, '200{Enter}');
    expect(store.getState().snapshot.producers[0]!.recordsPerSec).toBe(200);
    await user.clear(field);
    await user.type(field, '12345{Enter}');
    expect(problem(field)).toBe(
      '12.345 son demasiados: lo máximo son 1000 apuntes por segundo. Sigue en 200.',
    );
    expect(store.getState().snapshot.producers[0]!.recordsPerSec).toBe(200);
    // A decimal comma is Spanish: 5,5 is five and a half, never 55.
    await user.clear(field);
    await user.type(field, '5,5{Enter}');
    expect(store.getState().snapshot.producers[0]!.recordsPerSec).toBe(5.5);
    await user.clear(field);
    await user.type(field, '5.5{Enter}');
    expect(problem(field)).toBe(
      '«5.5» no es un número escrito en español: usa una coma para los decimales y ningún otro signo, como en 2,5. Sigue en 5,5.',
    );
  });

  it('refuses what a number field dropped silently: "0x10", "5,5" in English, a teacher below the slowest', async () => {
    const { store, user } = setup({ kind: 'producer', id: 'teacher' }, { timeMs: 10_000 }, 'sleepy-student');
    const field = screen.getByRole('textbox', { name: 'notes per second' });
    const commands = store.getState().recordedCommands().length;
    await user.clear(field);
    await user.type(field, '0x10{Enter}');
    expect(problem(field)).toBe('Type a number from 0 to 1,000 notes per second. Still 1.');
    await user.clear(field);
    await user.type(field, '5,5{Enter}');
    expect(problem(field)).toBe(
      '"5,5" is not a number as English writes it: use a point for decimals and no other marks, as in 2.5. Still 1.',
    );
    await user.clear(field);
    await user.type(field, '0.0001{Enter}');
    expect(problem(field)).toBe(
      '0.0001 is too slow: the slowest is 0.001 notes per second (or 0 for silence). Still 1.',
    );
    expect(store.getState().recordedCommands()).toHaveLength(commands);
    await user.clear(field);
    await user.type(field, '0{Enter}');
    expect(store.getState().snapshot.producers[0]!.recordsPerSec).toBe(0);
  });

  it('shows a topic and opens one of its partitions', async () => {
    const { store, user } = setup({ kind: 'topic', topic: 'notes' });
    await user.click(screen.getByRole('button', { name: 'notes shelf 0' }));
    expect(store.getState().selection).toEqual({ kind: 'partition', topic: 'notes', partition: 0 });
    expect(screen.getByRole('heading', { name: 'notes shelf 0' })).toBeTruthy();
    expect(screen.getByText('Oldest kept page')).toBeTruthy();
    expect(screen.getByRole('table', { name: /Binders/ })).toBeTruthy();
  });
});

describe('Inspector: in Spanish', () => {
  const headers = (name: string) =>
    within(screen.getByRole('table', { name }))
      .getAllByRole('columnheader')
      .map((h) => h.textContent);

  it('keeps the column names Kafka prints in Kafka words, with Spanish around them', () => {
    setup({ kind: 'group', group: 'class' }, { timeMs: 10_000, words: 'kafka' }, 'sleepy-student', 'es');
    expect(headers('Offsets')).toEqual([
      'Partición',
      'Consumidor',
      'Log end offset',
      'Offset del grupo',
      'Lag',
    ]);
    expect(screen.getByText('Lag total')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Pedir refuerzos' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Cerrar' })).toBeTruthy();
  });

  it('speaks of shelves and bookmarks in classroom words', () => {
    setup({ kind: 'group', group: 'class' }, { timeMs: 10_000 }, 'sleepy-student', 'es');
    expect(headers('Estantes y marcapáginas')).toEqual([
      'Estante',
      'Estudiante',
      'Próxima página',
      'Marcapáginas',
      'Retraso',
    ]);
    expect(screen.getByRole('cell', { name: 'estante 0 de notes' })).toBeTruthy();
  });

  it('puts a student to sleep and wakes her with Spanish buttons', async () => {
    const { store, user } = setup(ben, { timeMs: 10_000 }, 'sleepy-student', 'es');
    expect(screen.getByRole('slider', { name: 'Ritmo de lectura' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'apuntes por segundo' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Dormirse' }));
    expect(screen.getByText('Durmiendo')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Despertar' }));
    expect(memberBen(store).status).toBe('active');
  });

  it("shows the engine's refusal after a Spanish lead-in, marked as English", async () => {
    const { store, user } = setup(ben, { timeMs: 10_000 }, 'sleepy-student', 'es');
    act(() => {
      store.getState().command({ type: 'wake', group: 'class', member: 'ben' });
    });
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toMatch(/^No es posible: .*ben is already awake/);
    expect(alert.querySelector('[lang="en"]')?.textContent).toMatch(/ben is already awake/);
    await user.click(screen.getByRole('button', { name: 'Descartar' }));
    expect(store.getState().refusal).toBeNull();
  });
});
