import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider, type PrefsStore } from '../../store/prefs';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { SavePictureButton } from './save-picture-button';
import { Stage } from './stage';

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
});

function setup(scenario = 'sleepy-student', timeMs = 0, prefs?: PrefsStore): SimulatorStore {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs });
  const stage = (
    <SimulatorProvider store={store}>
      <Stage />
    </SimulatorProvider>
  );
  render(prefs ? <PrefsProvider store={prefs}>{stage}</PrefsProvider> : stage);
  return store;
}

const lagOf = (store: SimulatorStore, group: string): number =>
  store.getState().snapshot.groups.find((g) => g.id === group)!.totalLag;

/** Where every drawn box and moved group is: the picture's geometry, without its words. */
function geometry(container: HTMLElement): string[] {
  return [...container.querySelectorAll('rect, g[transform], circle')].map((el) =>
    ['x', 'y', 'width', 'height', 'cx', 'cy', 'transform'].map((a) => el.getAttribute(a) ?? '').join(','),
  );
}

describe('Stage: the sleepy student', () => {
  it('names each student with her status, her backlog its description', () => {
    setup('sleepy-student', 5000);
    expect(
      screen.getByRole('button', {
        name: /^ben, (reading|caught up), /,
        description: /^\d+ notes? behind(, \d+ read)?$/,
      }),
    ).toBeTruthy();
  });

  it("keeps a desk's name while its backlog grows note by note (a screen reader would announce it anew)", () => {
    const store = setup('sleepy-student', 5000);
    act(() => store.getState().command({ type: 'sleep', group: 'class', member: 'ben' }));
    const ben = screen.getByRole('button', { name: /^ben, asleep/ });
    const name = ben.getAttribute('aria-label');
    const lags: string[] = [];
    for (const t of [10_000, 15_000, 20_000]) {
      act(() => store.getState().seek(t));
      expect(screen.getByRole('button', { name: /^ben, asleep/ }).getAttribute('aria-label')).toBe(name);
      lags.push(`${lagOf(store, 'class')} notes behind`);
      expect(
        screen.getByRole('button', { name: /^ben, asleep/, description: new RegExp(`^${lags.at(-1)}\\b`) }),
      ).toBeTruthy();
    }
    expect(new Set(lags).size).toBe(3);
    // The visible label, the student's name, leads the name (WCAG 2.5.3, label in name).
    expect(name).toMatch(/^ben, asleep, /);
  });

  it('shows a sleeping student asleep, with his backlog growing', () => {
    const store = setup('sleepy-student', 5000);
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
      store.getState().seek(25_000);
    });
    const lag = lagOf(store, 'class');
    expect(lag).toBeGreaterThan(10);
    const ben = screen.getByRole('button', {
      name: /^ben, asleep, /,
      description: new RegExp(`^${lag} notes behind\\b`),
    });
    // The "z" rising above his head.
    expect(ben.querySelectorAll('.stage-zeds text')).toHaveLength(3);
    expect(ben.textContent).toContain('asleep');
  });

  it("uses Kafka's words when asked, without moving anything", () => {
    const store = setup('sleepy-student', 5000);
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
      store.getState().seek(20_000);
    });
    const { container } = { container: document.body };
    const before = geometry(container);
    expect(screen.getByText('ben: shelf 0')).toBeTruthy();
    act(() => store.getState().setWords('kafka'));
    const lag = lagOf(store, 'class');
    expect(
      screen.getByRole('button', {
        name: /^consumer ben, asleep, /,
        description: new RegExp(`^lag ${lag}\\b`),
      }),
    ).toBeTruthy();
    const committed = store.getState().snapshot.groups[0]!.offsets[0]!.committed!;
    expect(screen.getByText(`ben: notes-0 @${committed}`)).toBeTruthy();
    expect(screen.getByText(`lag ${lag}`, { selector: 'text' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'partition notes-0' })).toBeTruthy();
    expect(geometry(container)).toEqual(before);
  });
});

describe('Stage: selecting', () => {
  it('selects a student by click, and shows it', () => {
    const store = setup('sleepy-student', 5000);
    const ben = screen.getByRole('button', { name: /^ben,/ });
    fireEvent.click(ben);
    expect(store.getState().selection).toEqual({ kind: 'member', group: 'class', member: 'ben' });
    expect(screen.getByRole('button', { name: /^ben,/ }).getAttribute('aria-current')).toBe('true');
    expect(screen.getByRole('button', { name: /^ben,/ }).querySelector('.stage-ring--selected')).toBeTruthy();
  });

  it('selects the teacher, the machine, a shelf and a group from the keyboard', () => {
    const store = setup('sleepy-student', 5000);
    const press = (name: RegExp, key: string) =>
      fireEvent.keyDown(screen.getByRole('button', { name }), { key });
    press(/^teacher, 1 note\/s/, 'Enter');
    expect(store.getState().selection).toEqual({ kind: 'producer', id: 'teacher' });
    press(/^note-taking machine notes/, ' ');
    expect(store.getState().selection).toEqual({ kind: 'topic', topic: 'notes' });
    press(/^shelf 0 of the note-taking machine notes$/, 'Enter');
    expect(store.getState().selection).toEqual({ kind: 'partition', topic: 'notes', partition: 0 });
    press(/^study group class/, 'Enter');
    expect(store.getState().selection).toEqual({ kind: 'group', group: 'class' });
  });

  it('makes every student focusable', () => {
    setup('keys-and-order', 5000);
    const students = screen.getAllByRole('button', { name: /^(ana|ben|carla),/ });
    expect(students).toHaveLength(3);
    for (const s of students) expect(s.getAttribute('tabindex')).toBe('0');
  });
});

describe('Stage: rebalances and translation', () => {
  it('shows who waits and who still reads while the shelves are shared out, then who reads which', () => {
    const store = setup('calling-backup', 6000);
    act(() => {
      store
        .getState()
        .command({ type: 'addMember', group: 'translators', member: { id: 'ana', recordsPerSec: 2 } });
    });
    expect(store.getState().snapshot.groups[0]!.state).toBe('PreparingRebalance');
    // ana has joined and waits for the rebalance; pablo has not heard of it yet and reads on.
    expect(screen.getByRole('button', { name: /^ana, waiting,/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^pablo, reading,/ })).toBeTruthy();
    act(() => store.getState().seek(12_000));
    const caption = [...document.querySelectorAll('.stage-caption-line')].map((t) => t.textContent).join(' ');
    expect(caption).toMatch(/pablo: (shelves|shelf) [\d, ]+/);
    expect(caption).toMatch(/ana: (shelves|shelf) [\d, ]+/);
  });

  it('draws the second machine the translator writes', () => {
    setup('spanish-translation', 20_000);
    expect(screen.getByRole('button', { name: /^note-taking machine notas/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: /^lucia,/ })).toBeTruthy();
  });
});

describe('Stage: motion', () => {
  it('keeps the busy school bounded: a window of cells per shelf', () => {
    setup('stress', 8000);
    expect(document.querySelectorAll('.stage-cell').length).toBeLessThanOrEqual(12 * 20);
    expect(document.querySelectorAll('*').length).toBeLessThan(4000);
  });
});

describe('Stage: in Spanish', () => {
  it('names a sleeping student in Spanish, and says her backlog on the desk', () => {
    const store = setup('sleepy-student', 5000, createPrefsStore('es'));
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
      store.getState().seek(25_000);
    });
    const lag = lagOf(store, 'class');
    const ben = screen.getByRole('button', {
      name: /^ben, durmiendo, /,
      description: new RegExp(`^${lag} apuntes de retraso\\b`),
    });
    expect(ben.textContent).toContain('durmiendo');
    // A roomy desk says "22 sin marcar" beside the notes read, a compact one "retraso 22" (the layout picks
    // the desk size that keeps names and numbers largest).
    expect(ben.textContent).toMatch(new RegExp(`${lag} sin marcar|retraso ${lag}`));
    expect(screen.getByRole('group', { name: 'La clase' })).toBeTruthy();
    expect(screen.getByText('ben: estante 0')).toBeTruthy();
  });

  it('names the teacher, the machine, a shelf and a group in Spanish', () => {
    const store = setup('sleepy-student', 5000, createPrefsStore('es'));
    const press = (name: RegExp) => fireEvent.keyDown(screen.getByRole('button', { name }), { key: 'Enter' });
    press(/^profesora, 1 apunte\/s, \d+ apuntes enviados$/);
    expect(store.getState().selection).toEqual({ kind: 'producer', id: 'teacher' });
    press(/^máquina de apuntes notes, 1 estante$/);
    expect(store.getState().selection).toEqual({ kind: 'topic', topic: 'notes' });
    press(/^estante 0 de la máquina de apuntes notes$/);
    expect(store.getState().selection).toEqual({ kind: 'partition', topic: 'notes', partition: 0 });
    press(/^grupo de estudio clase, /);
    expect(store.getState().selection).toEqual({ kind: 'group', group: 'class' });
  });

  it("speaks Kafka's words in Spanish, keeping the names Kafka's tools print (ids, not the story's names)", () => {
    const store = setup('sleepy-student', 5000, createPrefsStore('es'));
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
      store.getState().seek(20_000);
      store.getState().setWords('kafka');
    });
    const lag = lagOf(store, 'class');
    expect(
      screen.getByRole('button', {
        name: /^consumidor ben, durmiendo, /,
        description: new RegExp(`^lag ${lag}\\b`),
      }),
    ).toBeTruthy();
    expect(screen.getByRole('button', { name: 'partición notes-0' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'topic notes, 1 partición' })).toBeTruthy();
    expect(
      screen.getByRole('button', { name: /^productor teacher, 1 registro\/s, \d+ registros enviados$/ }),
    ).toBeTruthy();
    expect(screen.getByText(`lag ${lag}`, { selector: 'text' })).toBeTruthy();
  });

  it('switches language without moving anything', () => {
    const prefs = createPrefsStore('en');
    const store = setup('spanish-translation', 20_000, prefs);
    act(() => {
      store.getState().command({ type: 'sleep', group: 'translators', member: 'pablo' });
      store.getState().seek(30_000);
    });
    const before = geometry(document.body);
    expect(
      screen.getByRole('button', { name: /^pablo, asleep, /, description: /^\d+ notes? behind\b/ }),
    ).toBeTruthy();
    act(() => prefs.getState().setLang('es'));
    expect(
      screen.getByRole('button', { name: /^pablo, durmiendo, /, description: /^\d+ apuntes? de retraso\b/ }),
    ).toBeTruthy();
    expect(geometry(document.body)).toEqual(before);
    act(() => store.getState().setWords('kafka'));
    expect(geometry(document.body)).toEqual(before);
  });
});

describe('Save picture', () => {
  it('speaks the language, and says a problem in it', () => {
    const prefs = createPrefsStore('es');
    render(
      <PrefsProvider store={prefs}>
        <div className="stage" />
        <SavePictureButton name="clase" />
      </PrefsProvider>,
    );
    expect(screen.getByRole('button', { name: 'Guardar imagen' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'como SVG' }));
    expect(screen.getByRole('alert').textContent).toBe('el escenario no tiene ninguna imagen que guardar');
    act(() => prefs.getState().setLang('en'));
    expect(screen.getByRole('alert').textContent).toBe('the stage has no picture to save');
    expect(screen.getByRole('button', { name: 'as SVG' })).toBeTruthy();
  });
});

describe('Stage: a machine left off in presenter mode', () => {
  it('still says it exists, with how many notes it holds, in both languages and both words', () => {
    const store = createSimulatorStore(findScenario('calling-backup')!.scenario, { timeMs: 30_000 });
    const prefs = createPrefsStore('en');
    render(
      <PrefsProvider store={prefs}>
        <SimulatorProvider store={store}>
          <Stage focus="" chart={false} />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    const notas = store.getState().snapshot.topics.find((t) => t.name === 'notas')!;
    const held = notas.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
    expect(held).toBeGreaterThan(0);
    // Not drawn as a machine (no shelves of notas), but named with its count.
    expect(screen.queryByRole('button', { name: /notas/ })).toBeNull();
    screen.getByRole('img', { name: `notas, note-taking machine: ${held} notes, not drawn here` });
    act(() => store.getState().setWords('kafka'));
    screen.getByRole('img', { name: `notas, topic: ${held} records, not drawn here` });
    act(() => prefs.getState().setLang('es'));
    screen.getByRole('img', { name: `notas, topic: ${held} registros, no se dibuja aquí` });
    act(() => store.getState().setWords('classroom'));
    screen.getByRole('img', { name: `notas, máquina de apuntes: ${held} apuntes, no se dibuja aquí` });
  });
});
