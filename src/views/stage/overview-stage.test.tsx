import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Scenario } from '../../engine';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type SimulatorStore } from '../../store/simulator-store';
import { STRIP_BINS } from '../../viz/overview';
import { Stage } from './stage';

beforeEach(() => {
  vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
});
afterEach(() => {
  cleanup();
  vi.restoreAllMocks();
});

/** A class at the limits: `topics` topics of `partitions`, a teacher on each, `groups` groups of `members`. */
function atLimits(topics: number, partitions: number, groups: number, members: number): Scenario {
  const names = Array.from({ length: topics }, (_, i) => `t${i}`);
  return {
    seed: 1,
    topics: names.map((name) => ({ name, partitions })),
    producers: names.map((topic, i) => ({ id: `p${i}`, topic, recordsPerSec: 20, keys: ['a', 'b', 'c'] })),
    groups: Array.from({ length: groups }, (_, g) => ({
      id: `g${g}`,
      topics: names,
      members: Array.from({ length: members }, (_, i) => ({ id: `m${i}`, recordsPerSec: 5 })),
    })),
  };
}

/** The stage at `timeMs`; in Spanish when asked (the page's own preference store), else without one. */
function stage(
  scenario: Scenario,
  timeMs = 8000,
  lang?: 'es',
): { store: SimulatorStore; container: HTMLElement } {
  const store = createSimulatorStore(scenario, { timeMs });
  const drawn = (
    <SimulatorProvider store={store}>
      <Stage />
    </SimulatorProvider>
  );
  const { container } = render(
    lang === undefined ? drawn : <PrefsProvider store={createPrefsStore(lang)}>{drawn}</PrefsProvider>,
  );
  return { store, container };
}

/** A part's description: the text its aria-describedby points at. */
function description(el: Element): string {
  const id = el.getAttribute('aria-describedby');
  return id === null ? '' : (document.getElementById(id)?.textContent ?? '');
}

const svgElements = (container: HTMLElement): number => container.querySelectorAll('svg *').length;

describe('Stage: a class past the detailed picture is drawn as an overview', () => {
  it('draws as many elements for 64 partitions a topic as for 16 or 32: its size does not grow with them', () => {
    const count = (partitions: number, members: number): number => {
      const n = svgElements(stage(atLimits(16, partitions, 16, members)).container);
      cleanup();
      return n;
    };
    const big = count(64, 32);
    expect(count(32, 8)).toBe(count(64, 8));
    expect(count(16, 8)).toBe(count(64, 8));
    // Students are counted, not drawn: 16 groups of 8 draw at most what 16 groups of 32 do.
    expect(count(64, 8)).toBeLessThanOrEqual(big);
    // 1,024 shelves, 512 students: the full picture drew 125,000 elements; the overview stays under 1,000.
    expect(big).toBeLessThan(1000);
  });

  it('a class within the limits is still drawn shelf by shelf', () => {
    const { container } = stage(findScenario('stress')!.scenario);
    expect(container.querySelector('.stage-overview')).toBeNull();
    expect(container.querySelectorAll('.stage-cell').length).toBeGreaterThan(12);
  });

  it("every number agrees with the snapshot: each topic's notes and shelves, each group's backlog and students", () => {
    const { store } = stage(atLimits(16, 64, 16, 32), 20_000);
    const s = store.getState().snapshot;
    for (const t of s.topics) {
      const kept = t.partitions.reduce((n, p) => n + p.logEndOffset - p.logStartOffset, 0);
      const start = Math.min(...t.partitions.map((p) => p.logStartOffset));
      const end = Math.max(...t.partitions.map((p) => p.logEndOffset));
      const row = screen.getByRole('button', { name: `note-taking machine ${t.name}, 64 shelves` });
      expect(description(row)).toBe(
        `${kept.toLocaleString('en')} notes, pages ${start.toLocaleString('en')} to ${end.toLocaleString('en')}`,
      );
      const numbers = [...row.querySelectorAll('text')].map((e) => e.textContent);
      expect(numbers).toEqual([t.name, '64', kept.toLocaleString('en')]);
      expect(row.querySelectorAll('.stage-overview-bin')).toHaveLength(STRIP_BINS);
    }
    for (const g of s.groups) {
      const row = screen.getByRole('button', { name: `study group ${g.id}, 32 students` });
      const numbers = [...row.querySelectorAll('text')].map((e) => e.textContent);
      expect(numbers).toEqual([g.id, '32', g.totalLag.toLocaleString('en')]);
      expect(description(row)).toMatch(new RegExp(`; backlog ${g.totalLag.toLocaleString('en')}$`));
    }
    const total = s.groups.reduce((n, g) => n + g.totalLag, 0);
    expect(screen.getByText(`backlog ${total.toLocaleString('en')}`)).toBeTruthy();
    expect(screen.getByText('512 students')).toBeTruthy();
    expect(screen.getByText('1,024 shelves')).toBeTruthy();
    expect(screen.getByText('320 notes/s')).toBeTruthy();
  });

  it('a row keeps its accessible name while the class plays and seeks: the moving figures are its description', () => {
    // A screen reader re-announces a focused part whose name changes: a backlog in the name was read
    // anew with every note. The name holds the row's name and its shelves or students (desk.tsx does so).
    const { store } = stage(atLimits(16, 64, 16, 32), 8000);
    const group = screen.getByRole('button', { name: 'study group g5, 32 students' });
    const topic = screen.getByRole('button', { name: 'note-taking machine t3, 64 shelves' });
    const seen = new Set<string>();
    for (const t of [20_000, 45_000, 3_000, 60_000]) {
      act(() => store.getState().seek(t));
      expect(group.getAttribute('aria-label')).toBe('study group g5, 32 students');
      expect(topic.getAttribute('aria-label')).toBe('note-taking machine t3, 64 shelves');
      const lag = store.getState().snapshot.groups.find((g) => g.id === 'g5')!.totalLag;
      expect(description(group)).toContain(`backlog ${lag.toLocaleString('en')}`);
      seen.add(description(group));
      seen.add(description(topic));
    }
    // The figures did move: the descriptions said so at each moment.
    expect(seen.size).toBeGreaterThan(4);
  });

  it('a row opens its topic or group in the inspector, which lists every shelf and student', () => {
    const { store } = stage(atLimits(16, 64, 16, 32));
    fireEvent.click(screen.getByRole('button', { name: /^note-taking machine t3, / }));
    expect(store.getState().selection).toEqual({ kind: 'topic', topic: 't3' });
    fireEvent.click(screen.getByRole('button', { name: /^study group g5, / }));
    expect(store.getState().selection).toEqual({ kind: 'group', group: 'g5' });
  });

  it("names the activity bar's column, and draws no student's activity in the backlog's red", () => {
    // At 0:00.6 every group is still joining: a full bar of students waiting for their shelves stood in
    // the backlog's red beside a backlog of a few notes, with nothing on the picture to say what it was.
    const { store } = stage(atLimits(16, 64, 16, 32), 600);
    const header = (): string[] =>
      [...document.querySelectorAll('.stage-overview-header text')].map((e) => e.textContent ?? '');
    expect(header()).toContain('doing');
    act(() => store.getState().setWords('kafka'));
    expect(header()).toContain('state');
    expect(document.querySelectorAll('.stage-overview-doing--rebalancing').length).toBeGreaterThan(0);
    const css = readFileSync(join(process.cwd(), 'src/views/stage/stage.css'), 'utf8');
    const fills = [...css.matchAll(/\.stage-overview-doing--[a-z]+[^{]*\{\s*fill: ([^;]+);/g)].map(
      (x) => x[1],
    );
    expect(fills.length).toBeGreaterThanOrEqual(4);
    expect(fills).not.toContain('var(--stage-lag)');
  });

  it('keys the activity bar: a swatch in each colour a bar shows, named in the voice at hand', () => {
    // The bar's colours had no key: "doing" named the column, nothing said which colour was which.
    const { store } = stage(atLimits(1, 30, 3, 8), 600);
    const key = (): { colour: string; name: string }[] =>
      [...document.querySelectorAll('.stage-overview-key > g')].map((g) => ({
        colour: g.querySelector('rect')!.getAttribute('class')!,
        name: g.querySelector('text')!.textContent!,
      }));
    const barColours = (): Set<string> =>
      new Set(
        [...document.querySelectorAll('.stage-overview-doing')]
          .filter((r) => !r.closest('.stage-overview-key'))
          .map((r) => r.getAttribute('class')!),
      );
    // Joining: every student waits for the shelves, and the key says so in the bar's own colour.
    expect(key()).toEqual([
      { colour: 'stage-overview-doing stage-overview-doing--rebalancing', name: 'waiting for the shelves' },
    ]);
    expect(barColours()).toEqual(new Set(key().map((k) => k.colour)));
    act(() => store.getState().setWords('kafka'));
    expect(key().map((k) => k.name)).toEqual(['rebalancing']);
    // Later: reading, and one asleep. Every colour on a bar is in the key, and nothing else.
    act(() => store.getState().seek(20_000));
    act(() => void store.getState().command({ type: 'sleep', group: 'g1', member: 'm2' }));
    act(() => store.getState().setWords('classroom'));
    const names = key().map((k) => k.name);
    expect(names).toContain('reading');
    expect(names).toContain('asleep');
    expect(barColours()).toEqual(new Set(key().map((k) => k.colour)));
  });

  it("speaks Kafka's words", () => {
    const { store } = stage(atLimits(16, 64, 16, 32));
    act(() => store.getState().setWords('kafka'));
    expect(screen.getByRole('button', { name: 'topic t3, 64 partitions' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'consumer group g5, 32 consumers' })).toBeTruthy();
    expect(screen.getByText('16 producers')).toBeTruthy();
  });

  it('calls a group as the rest of the page does ("inglés" in a Spanish class, its id in Kafka\'s words), and draws a zero backlog grey', () => {
    const scenario = atLimits(16, 64, 2, 32);
    const named: Scenario = {
      ...scenario,
      groups: scenario.groups!.map((g, i) => ({ ...g, id: i === 0 ? 'english' : 'french' })),
    };
    const { store } = stage(named, 0, 'es');
    const row = screen.getByRole('button', { name: 'grupo de estudio inglés, 32 estudiantes' });
    const texts = [...row.querySelectorAll('text')];
    expect(texts.map((e) => e.textContent)).toEqual(['inglés', '32', '0']);
    // Nobody behind: grey, as a desk draws it; the backlog's red is for a backlog.
    expect(texts[2]!.getAttribute('class')).toContain('stage-lag--zero');
    const size = texts[0]!.getAttribute('font-size');
    act(() => store.getState().setWords('kafka'));
    const kafkaRow = screen.getByRole('button', { name: 'grupo de consumidores english, 32 consumidores' });
    const kafkaName = kafkaRow.querySelector('text')!;
    expect(kafkaName.textContent).toBe('english');
    // Sized for its longest name, so the switch moves nothing.
    expect(kafkaName.getAttribute('font-size')).toBe(size);
  });

  it('speaks Spanish, in both vocabularies', () => {
    const { store } = stage(atLimits(16, 64, 16, 32), 8000, 'es');
    expect(screen.getByRole('button', { name: 'máquina de apuntes t3, 64 estantes' })).toBeTruthy();
    // Spanish groups digits from five on: 1024, 12.345.
    expect(screen.getByText('1024 estantes')).toBeTruthy();
    expect(screen.getByText('16 grupos de estudio')).toBeTruthy();
    expect(screen.getByText('qué hacen')).toBeTruthy();
    act(() => store.getState().setWords('kafka'));
    expect(screen.getByRole('button', { name: 'grupo de consumidores g5, 32 consumidores' })).toBeTruthy();
    expect(screen.getByText('estado')).toBeTruthy();
    expect(screen.getByText('1024 particiones')).toBeTruthy();
  });
});
