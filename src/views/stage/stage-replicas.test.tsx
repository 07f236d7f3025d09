import { act, cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Command } from '../../engine';
import { findLesson } from '../../lessons/course';
import { findScenario } from '../../lessons/scenarios';
import { planLesson } from '../../runtime/lesson-plan';
import type { Voice } from '../../shared/lang';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { machineMetrics, placeMachine } from '../../viz/layout-machine';
import { structure } from '../../../test/viz/fixtures';
import { textWidth } from '../../viz/text-width';
import { FONT } from '../../viz/stage-metrics';
import { copyStateLabel, highWatermarkWords, roomName, shelfStateLabel } from './replica-messages';
import { Stage } from './stage';

afterEach(cleanup);

const VOICES: Voice[] = [
  { lang: 'en', words: 'classroom' },
  { lang: 'en', words: 'kafka' },
  { lang: 'es', words: 'classroom' },
  { lang: 'es', words: 'kafka' },
];

function setup(commands: [number, Command][], timeMs: number, lang: 'en' | 'es' = 'en'): SimulatorStore {
  const store = createSimulatorStore(findScenario('three-rooms')!.scenario, { timeMs: 0 });
  act(() => {
    for (const [t, c] of commands) {
      store.getState().seek(t);
      store.getState().command(c);
    }
    store.getState().seek(timeMs);
  });
  render(
    <PrefsProvider store={createPrefsStore(lang)}>
      <SimulatorProvider store={store}>
        <Stage />
      </SimulatorProvider>
    </PrefsProvider>,
  );
  return store;
}

/** Where the first shelf's high watermark line ends, going down. */
const hwLineEnd = (): number => {
  const d = document.querySelector('.stage-hw-line')!.getAttribute('d')!;
  return Number(/V(-?[\d.]+)$/.exec(d)![1]);
};

const texts = (sel: string): string[] => [...document.querySelectorAll(sel)].map((e) => e.textContent ?? '');

describe('Stage: three rooms (replication)', () => {
  it('shows each shelf’s copies by room, with each copy’s log end and the high watermark, agreeing with the snapshot', () => {
    const store = setup([], 20_000);
    const snap = store.getState().snapshot;
    const parts = snap.topics[0]!.partitions;
    // Three shelves, three copies each, named by their room in the order of the partition's replicas.
    expect(texts('.stage-copy-name')).toEqual(parts.flatMap((p) => p.replicas.map((b) => `room ${b}`)));
    expect(texts('.stage-copy-end')).toEqual(
      parts.flatMap((p) => p.replicaLogEndOffsets.map((n) => String(n))),
    );
    // One original per shelf (the leader's copy), none broken while every room works.
    expect(texts('.stage-copy-pill--leader')).toEqual(['original', 'original', 'original']);
    expect(document.querySelectorAll('.stage-copy--down')).toHaveLength(0);
    expect(texts('.stage-hw-number')).toEqual(parts.map((p) => String(p.highWatermark)));
    // On the cells, the high watermark's line runs down through every copy row.
    const names = [...document.querySelectorAll('.stage-copy-name')].map((e) => Number(e.getAttribute('y')));
    expect(hwLineEnd()).toBeGreaterThan(names[2]!);
    expect(texts('.stage-hw-label')[0]).toMatch(/^readable up to \d+$/);
  });

  it('greys and crosses out a broken room’s copies, and the original moves to a copy that takes over', () => {
    const store = setup([[10_000, { type: 'stopBroker', broker: 1, clean: true }]], 15_000);
    const parts = store.getState().snapshot.topics[0]!.partitions;
    const down = document.querySelectorAll('.stage-copy--down');
    expect(down).toHaveLength(parts.length);
    for (const row of down) {
      expect(row.querySelector('.stage-copy-name')!.textContent).toBe('room 1');
      expect(row.querySelector('.stage-copy-cross')).not.toBeNull();
      expect(row.textContent).toContain('broken');
    }
    // No shelf is led from room 1 any more: the leader's row is another room's.
    for (const p of parts) expect(p.leader).not.toBe(1);
    expect(document.querySelectorAll('.stage-copy--leader')).toHaveLength(parts.length);
  });

  it('shows the teacher waiting for copies, in Kafka’s words and in Spanish', () => {
    const store = setup(
      [
        [10_000, { type: 'stopBroker', broker: 1, clean: true }],
        [15_000, { type: 'stopBroker', broker: 2, clean: true }],
      ],
      25_000,
      'es',
    );
    const waiting = store.getState().snapshot.producers[0]!.waiting;
    expect(waiting).toBeGreaterThan(0);
    expect(document.querySelector('.stage-trouble-waiting')!.textContent).toBe(`${waiting} esperando`);
    expect(texts('.stage-copy-pill--down')).toContain('rota');
    act(() => store.getState().setWords('kafka'));
    expect(texts('.stage-copy-pill--down')).toContain('caído');
    expect(texts('.stage-copy-name')).toContain('broker 2');
    expect(texts('.stage-hw-label')[0]).toMatch(/^high watermark \d+$/);
  });

  it('names each shelf’s copies for a screen reader: room, original or state, and an out-of-step copy’s log end, in every voice', () => {
    const store = setup([[10_000, { type: 'stopBroker', broker: 1, clean: true }]], 15_000);
    const parts = store.getState().snapshot.topics[0]!.partitions;
    const names = (): string[] =>
      [...document.querySelectorAll('[data-shelf] > [role="button"]')].map(
        (e) => e.getAttribute('aria-label') ?? '',
      );
    const p0 = parts[0]!;
    const state = (b: number, v: Voice): string =>
      b === 1
        ? copyStateLabel(v, 'down')
        : b === p0.leader
          ? copyStateLabel(v, 'leader')
          : copyStateLabel(v, p0.isr.includes(b) ? 'inSync' : 'behind');
    // Only the broken copy says its log end (what its disk holds, which does not move while it is down):
    // the original's and the in-sync copies' move with every note.
    const expected = (v: Voice, lead: string, end: string): string =>
      `${lead}: ${p0.replicas.map((b, i) => (b === 1 ? `${roomName(v, b)}, ${state(b, v)}, ${end} ${p0.replicaLogEndOffsets[i]}` : `${roomName(v, b)}, ${state(b, v)}`)).join('; ')}`;
    expect(names()).toHaveLength(parts.length);
    const en = { lang: 'en', words: 'classroom' } as const;
    expect(names()[0]).toBe(
      `shelf 0 of the note-taking machine notes; ${expected(en, 'copies', 'next page')}`,
    );
    expect(names()[0]).toContain('room 1, broken');
    act(() => store.getState().setWords('kafka'));
    expect(names()[0]).toBe(
      `partition notes-0; ${expected({ lang: 'en', words: 'kafka' }, 'replicas', 'log end offset')}`,
    );
    expect(names()[0]).toContain('broker 1, down');
    cleanup();
    setup([[10_000, { type: 'stopBroker', broker: 1, clean: true }]], 15_000, 'es');
    expect(names()[0]).toMatch(/^estante 0 .*; copias: /);
    expect(names()[0]).toContain(expected({ lang: 'es', words: 'classroom' }, 'copias', 'próxima página'));
    expect(names()[0]).toContain('sala 1, rota');
  });

  it('keeps a working shelf’s name still while notes arrive: nothing to re-read to a focused shelf', () => {
    const store = setup([], 20_000);
    const names = (): string[] =>
      [...document.querySelectorAll('[data-shelf] > [role="button"]')].map(
        (e) => e.getAttribute('aria-label') ?? '',
      );
    const before = names();
    const endsBefore = store.getState().snapshot.topics[0]!.partitions.map((p) => p.logEndOffset);
    act(() => store.getState().seek(23_000));
    const endsAfter = store.getState().snapshot.topics[0]!.partitions.map((p) => p.logEndOffset);
    // The shelves grew, every copy in step: their names did not change.
    expect(endsAfter.some((e, i) => e > endsBefore[i]!)).toBe(true);
    expect(names()).toEqual(before);
    expect(before[0]).toMatch(/copies: room \d, original; room \d, copying; room \d, copying$/);
  });

  it('says what a copy in step is when all its pages lie left of the shelf’s window (Copies, step 5)', () => {
    const lesson = findLesson('copies')!;
    const scenario = findScenario(lesson.scenarioId)!.scenario;
    const plan = planLesson(lesson, scenario);
    const store = createSimulatorStore(scenario, { timeMs: 0 });
    act(() => {
      for (const { timeMs, command } of plan.script) {
        if (timeMs > plan.steps[4]!.endMs) break;
        store.getState().seek(timeMs);
        store.getState().command(command);
      }
      store.getState().seek(plan.steps[4]!.endMs);
    });
    render(
      <PrefsProvider store={createPrefsStore('en')}>
        <SimulatorProvider store={store}>
          <Stage />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    const p = store.getState().snapshot.topics[0]!.partitions[0]!;
    // Room 1 is in step, its log end (13) far behind the original's (21) the instant the held notes arrive.
    expect(p.isr).toContain(1);
    const i = p.replicas.indexOf(1);
    expect(p.replicaLogEndOffsets[i]).toBe(13);
    expect(p.logEndOffset).toBe(21);
    const row = [...document.querySelectorAll('.stage-copy')].find(
      (r) => r.querySelector('.stage-copy-name')!.textContent === 'room 1',
    )!;
    expect(row.querySelectorAll('.stage-copy-cell')).toHaveLength(0);
    expect(row.querySelector('.stage-copy-end')!.textContent).toBe('‹ 13');
    expect(row.querySelector('.stage-copy-pill--inSync')!.textContent).toBe('copying');
    // A copy in step whose pages show says nothing: its tape says it.
    expect(document.querySelectorAll('.stage-copy-pill--inSync')).toHaveLength(1);
    act(() => store.getState().setWords('kafka'));
    expect(row.querySelector('.stage-copy-pill--inSync')!.textContent).toBe('in ISR');
    // The high watermark (13) is left of every page drawn: its line stands along the pile and stops at the
    // shelf's board, above the copies' room names, which it would otherwise cross out.
    expect(p.highWatermark).toBe(13);
    const names = [...document.querySelectorAll('.stage-copy-name')].map((e) => Number(e.getAttribute('y')));
    expect(hwLineEnd()).toBeLessThan(Math.min(...names) - FONT.number);
  });

  it('draws a class on one broker without copies, marks or a board of troubles', () => {
    const store = createSimulatorStore(findScenario('keys-and-order')!.scenario, { timeMs: 20_000 });
    render(
      <SimulatorProvider store={store}>
        <Stage />
      </SimulatorProvider>,
    );
    expect(document.querySelectorAll('.stage-copies, .stage-hw, .stage-trouble')).toHaveLength(0);
    // Its shelves' names say nothing of copies.
    for (const e of document.querySelectorAll('[data-shelf] > [role="button"]'))
      expect(e.getAttribute('aria-label')).not.toMatch(/cop|replica/);
  });
});

describe('replication’s words', () => {
  it('fit the room’s name in its column, at 20 px, in every voice, up to broker 5', () => {
    for (const density of ['roomy', 'compact'] as const) {
      const s = structure([12], []);
      const m = machineMetrics({ ...s, topics: [{ ...s.topics[0]!, copies: 5 }] }, density, 1);
      const shelf = placeMachine(m, { name: 'notes', partitions: 12 }, 0, 0, 5).shelves[0]!;
      // The name is drawn 2 units into its box.
      const nameW = shelf.copies![0]!.name.w - 2;
      for (const v of VOICES) expect(textWidth(roomName(v, 5), FONT.number, true)).toBeLessThanOrEqual(nameW);
    }
  });

  it('have every state in both languages and both vocabularies', () => {
    for (const v of VOICES) {
      for (const s of ['leader', 'inSync', 'behind', 'down'] as const)
        expect(copyStateLabel(v, s)).not.toBe('');
      for (const s of ['offline', 'leaderDown'] as const) expect(shelfStateLabel(v, s)).not.toBe('');
      expect(highWatermarkWords(v)).not.toBe('');
    }
    expect(copyStateLabel({ lang: 'es', words: 'classroom' }, 'down')).toBe('rota');
    expect(copyStateLabel({ lang: 'en', words: 'kafka' }, 'behind')).toBe('out of ISR');
  });
});
