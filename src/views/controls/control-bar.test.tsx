import { act, cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SPEED_STOPS } from '../../runtime/clock';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type SimulatorOptions } from '../../store/simulator-store';
import { ControlBar } from './control-bar';

afterEach(cleanup);

function setup(options: SimulatorOptions = {}, lang: 'en' | 'es' = 'en') {
  const store = createSimulatorStore(findScenario('sleepy-student')!.scenario, options);
  const prefs = createPrefsStore(lang);
  render(
    <PrefsProvider store={prefs}>
      <SimulatorProvider store={store}>
        <ControlBar />
      </SimulatorProvider>
    </PrefsProvider>,
  );
  return { store, prefs, user: userEvent.setup() };
}

describe('ControlBar: playback', () => {
  it('Play toggles to Pause and back', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    expect(store.getState().playing).toBe(false);
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('Space toggles play anywhere on the page, once', async () => {
    const { store, user } = setup();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
    expect(screen.getByRole('button', { name: 'Pause' })).toBeTruthy();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(false);
    // On a focused button Space presses that button, and the page shortcut stands back.
    screen.getByRole('button', { name: 'Play' }).focus();
    await user.keyboard(' ');
    expect(store.getState().playing).toBe(true);
  });

  it('Space typed into a text field does not toggle', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New study group' }));
    await user.type(screen.getByRole('textbox', { name: 'Name' }), ' ');
    expect(store.getState().playing).toBe(false);
  });

  it('Step forward moves time forward, Step back moves it back', async () => {
    const { store, user } = setup({ timeMs: 5000 });
    await user.click(screen.getByRole('button', { name: 'Step forward' }));
    const after = store.getState().snapshot.timeMs;
    expect(after).toBeGreaterThan(5000);
    await user.click(screen.getByRole('button', { name: 'Step back' }));
    expect(store.getState().snapshot.timeMs).toBeLessThan(after);
  });

  it('the arrow keys step when focus is not in an input', async () => {
    const { store, user } = setup({ timeMs: 5000 });
    await user.keyboard('{ArrowRight}');
    expect(store.getState().snapshot.timeMs).toBeGreaterThan(5000);
    const after = store.getState().snapshot.timeMs;
    await user.keyboard('{ArrowLeft}');
    expect(store.getState().snapshot.timeMs).toBeLessThan(after);
  });

  it('Reset goes back to the start', async () => {
    const { store, user } = setup({ timeMs: 8000 });
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    expect(store.getState().snapshot.timeMs).toBe(0);
  });
});

describe('ControlBar: speed', () => {
  it('the Speed slider sets the store speed to its stops, from 0.1x to 16x', () => {
    const { store } = setup();
    const slider = screen.getByRole('slider', { name: 'Speed' });
    expect(slider.getAttribute('aria-valuetext')).toBe('1x');
    fireEvent.change(slider, { target: { value: String(SPEED_STOPS.length - 1) } });
    expect(store.getState().speed).toBe(16);
    expect(slider.getAttribute('aria-valuetext')).toBe('16x');
    fireEvent.change(slider, { target: { value: '0' } });
    expect(store.getState().speed).toBe(0.1);
    fireEvent.change(slider, { target: { value: String(SPEED_STOPS.indexOf(2)) } });
    expect(store.getState().speed).toBe(2);
  });

  it('an arrow key moves the speed one stop from any speed, and stops at the ends', () => {
    const { store } = setup();
    const slider = screen.getByRole('slider', { name: 'Speed' });
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().speed).toBe(1.2);
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    fireEvent.keyDown(slider, { key: 'ArrowDown' });
    expect(store.getState().speed).toBe(0.75);
    // Speeds between stops (a link's 2.3x, the old slider's 0.17x and 11x) move to the next stop each way.
    for (const [from, up, down] of [
      [2.3, 2.5, 2],
      [0.17, 0.2, 0.15],
      [11, 12, 10],
    ] as const) {
      act(() => store.getState().setSpeed(from));
      fireEvent.keyDown(slider, { key: 'ArrowUp' });
      expect(store.getState().speed).toBe(up);
      act(() => store.getState().setSpeed(from));
      fireEvent.keyDown(slider, { key: 'ArrowLeft' });
      expect(store.getState().speed).toBe(down);
    }
    act(() => store.getState().setSpeed(16));
    fireEvent.keyDown(slider, { key: 'ArrowRight' });
    expect(store.getState().speed).toBe(16);
    act(() => store.getState().setSpeed(0.1));
    fireEvent.keyDown(slider, { key: 'ArrowLeft' });
    expect(store.getState().speed).toBe(0.1);
  });
});

describe('ControlBar: timeline', () => {
  it('aria-valuenow tracks the engine time', () => {
    const { store } = setup();
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    expect(timeline.getAttribute('aria-valuenow')).toBe('0');
    act(() => store.getState().seek(5000));
    expect(timeline.getAttribute('aria-valuenow')).toBe('5000');
    expect(timeline.getAttribute('aria-valuetext')).toBe('5 s');
    act(() => store.getState().seek(83_000));
    expect(timeline.getAttribute('aria-valuetext')).toBe('1 min 23 s');
  });

  it('reaches at least a minute past now', () => {
    setup({ timeMs: 15_000 });
    const timeline = screen.getByRole('slider', { name: 'Timeline' }) as HTMLInputElement;
    expect(Number(timeline.max)).toBeGreaterThanOrEqual(75_000);
  });

  it('dragging seeks the engine', () => {
    const { store } = setup({ timeMs: 20_000 });
    fireEvent.change(screen.getByRole('slider', { name: 'Timeline' }), { target: { value: '7000' } });
    expect(store.getState().snapshot.timeMs).toBe(7000);
  });

  it('marks a sleep as a chapter with a readable title', () => {
    const { store } = setup({ timeMs: 4000 });
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    const titles = () =>
      [...document.querySelectorAll('.timeline__chapter')].map((m) => m.getAttribute('title'));
    expect(titles()).toContain('0:04.0 ben fell asleep');
    act(() => store.getState().setWords('kafka'));
    expect(titles()).toContain('0:04.0 ben (class) stopped polling');
  });

  it('a chapter mark seeks to its moment when clicked', async () => {
    const { store, user } = setup({ timeMs: 4000 });
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
      store.getState().seek(20_000);
    });
    const mark = [...document.querySelectorAll<HTMLElement>('.timeline__chapter')].find(
      (m) => m.title === '0:04.0 ben fell asleep',
    )!;
    await user.click(mark);
    expect(store.getState().snapshot.timeMs).toBe(4000);
  });
});

describe('ControlBar: words and groups', () => {
  it('the words switch sets the word mode', async () => {
    const { store, user } = setup();
    const words = screen.getByRole('group', { name: 'Words' });
    await user.click(within(words).getByRole('radio', { name: 'Kafka' }));
    expect(store.getState().words).toBe('kafka');
    expect(screen.getByRole('button', { name: 'New consumer group' })).toBeTruthy();
    await user.click(within(words).getByRole('radio', { name: 'Classroom' }));
    expect(store.getState().words).toBe('classroom');
  });

  it('New study group starts another consumer group reading from the beginning', async () => {
    const { store, user } = setup({ timeMs: 10_000 });
    await user.click(screen.getByRole('button', { name: 'New study group' }));
    const dialog = screen.getByRole('dialog', { name: 'New study group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    expect(document.activeElement).toBe(name);
    await user.clear(name);
    await user.type(name, 'french');
    expect(within(dialog).getByRole('checkbox', { name: 'notes' })).toHaveProperty('checked', true);
    await user.click(within(dialog).getByRole('radio', { name: 'From the beginning' }));
    await user.selectOptions(within(dialog).getByRole('combobox', { name: 'Number of students' }), '2');
    await user.click(within(dialog).getByRole('button', { name: 'Start the group' }));

    expect(screen.queryByRole('dialog')).toBeNull();
    const french = store.getState().snapshot.groups.find((g) => g.id === 'french');
    expect(french?.members.map((m) => m.id)).toEqual(['ana', 'carla']);
    expect(store.getState().selection).toEqual({ kind: 'group', group: 'french' });
  });

  it('shows the engine refusal in the dialog', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New study group' }));
    const dialog = screen.getByRole('dialog', { name: 'New study group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'class');
    await user.click(within(dialog).getByRole('button', { name: 'Start the group' }));
    expect(within(dialog).getByRole('alert').textContent).toMatch(/already exists/);
    expect(store.getState().snapshot.groups).toHaveLength(1);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(store.getState().refusal).toBeNull();
  });
});

describe('ControlBar: the new group dialog refuses what it cannot start', () => {
  it('names the problem, marks the field, focuses it and starts nothing', async () => {
    const { store, user } = setup();
    await user.click(screen.getByRole('button', { name: 'New study group' }));
    const dialog = screen.getByRole('dialog', { name: 'New study group' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    const pace = within(dialog).getByRole('textbox', { name: 'Reading pace (notes per second)' });
    const start = within(dialog).getByRole('button', { name: 'Start the group' });

    await user.clear(name);
    await user.click(start);
    expect(within(dialog).getByRole('alert').textContent).toBe('Give the group a name.');
    expect(name.getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(name);

    await user.type(name, 'french');
    await user.clear(pace);
    await user.type(pace, '99999');
    await user.click(start);
    expect(within(dialog).getByRole('alert').textContent).toBe(
      '99,999 is too many: the most is 1,000 notes per second.',
    );
    expect(pace.getAttribute('aria-invalid')).toBe('true');
    expect(name.getAttribute('aria-invalid')).toBeNull();
    expect(document.activeElement).toBe(pace);

    await user.clear(pace);
    await user.click(start);
    expect(within(dialog).getByRole('alert').textContent).toBe(
      'Type a number from 0.1 to 1,000 notes per second.',
    );
    expect(store.getState().snapshot.groups.map((g) => g.id)).toEqual(['class']);

    await user.type(pace, '2.5');
    await user.click(start);
    expect(screen.queryByRole('dialog')).toBeNull();
    const french = store.getState().snapshot.groups.find((g) => g.id === 'french');
    expect(french?.members.map((m) => m.recordsPerSec)).toEqual([2.5]);
  });
});

describe('ControlBar: in Spanish', () => {
  it('names every control in Spanish, and they still work', async () => {
    const { store, user } = setup({ timeMs: 5000 }, 'es');
    await user.click(screen.getByRole('button', { name: 'Reproducir' }));
    expect(store.getState().playing).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Pausa' }));
    expect(screen.getByRole('button', { name: 'Paso atrás' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Paso adelante' }));
    expect(store.getState().snapshot.timeMs).toBeGreaterThan(5000);
    await user.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(store.getState().snapshot.timeMs).toBe(0);
    expect(screen.getByRole('contentinfo', { name: 'Reproductor' })).toBeTruthy();
    expect(screen.getByRole('group', { name: 'Reproducción' })).toBeTruthy();
  });

  it('writes speed and time the Spanish way', () => {
    const { store } = setup({}, 'es');
    const speed = screen.getByRole('slider', { name: 'Velocidad' });
    act(() => store.getState().setSpeed(1.5));
    expect(speed.getAttribute('aria-valuetext')).toBe('1,5x');
    expect(speed.getAttribute('title')).toBe('Doble clic para 1x');
    const timeline = screen.getByRole('slider', { name: 'Línea de tiempo' });
    act(() => store.getState().seek(83_400));
    expect(timeline.getAttribute('aria-valuetext')).toBe('1 min 23 s');
    expect(document.querySelector('.time-readout__now')?.textContent).toBe('1:23,4');
  });

  it('titles chapter marks in Spanish, and follows a change of language', () => {
    const { store, prefs } = setup({ timeMs: 4000 }, 'es');
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    const titles = () =>
      [...document.querySelectorAll('.timeline__chapter')].map((m) => m.getAttribute('title'));
    expect(titles()).toContain('0:04,0 ben se durmió');
    act(() => store.getState().setWords('kafka'));
    expect(titles()).toContain('0:04,0 ben (class) dejó de hacer poll');
    act(() => prefs.getState().setLang('en'));
    expect(titles()).toContain('0:04.0 ben (class) stopped polling');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('opens the new group dialog in Spanish and checks the topics', async () => {
    const { store, user } = setup({ timeMs: 10_000 }, 'es');
    await user.click(screen.getByRole('button', { name: 'Nuevo grupo' }));
    const dialog = screen.getByRole('dialog', { name: 'Nuevo grupo de estudio' });
    expect(within(dialog).getByRole('textbox', { name: 'Nombre' })).toBeTruthy();
    expect(within(dialog).getByRole('combobox', { name: 'Número de estudiantes' })).toBeTruthy();
    await user.click(within(dialog).getByRole('checkbox', { name: 'notes' }));
    await user.click(within(dialog).getByRole('button', { name: 'Empezar el grupo' }));
    expect(within(dialog).getByRole('alert').textContent).toBe('Elige al menos una máquina de apuntes.');
    await user.click(within(dialog).getByRole('button', { name: 'Cancelar' }));
    expect(screen.queryByRole('dialog')).toBeNull();
    act(() => store.getState().setWords('kafka'));
    await user.click(screen.getByRole('button', { name: 'Nuevo grupo' }));
    expect(screen.getByRole('dialog', { name: 'Nuevo grupo de consumidores' })).toBeTruthy();
    expect(screen.getByRole('textbox', { name: 'Id del grupo' })).toBeTruthy();
    expect(screen.getByRole('radio', { name: 'earliest (desde el principio)' })).toBeTruthy();
  });
});
