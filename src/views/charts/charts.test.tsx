import { act, cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { LagChart } from './lag-chart';
import { ThroughputChart } from './throughput-chart';
import { axisNumber } from './messages';

afterEach(cleanup);

function setup(ui: React.ReactNode, scenario = 'sleepy-student', timeMs = 20_000, lang?: 'es') {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs });
  const charts = <SimulatorProvider store={store}>{ui}</SimulatorProvider>;
  const { container } = render(
    lang ? <PrefsProvider store={createPrefsStore(lang)}>{charts}</PrefsProvider> : charts,
  );
  return { store, container };
}

describe('LagChart', () => {
  it('draws one path per group, in a legend with their labels', () => {
    const { container, store } = setup(<LagChart size="small" />, 'spanish-translation');
    const groups = store.getState().snapshot.groups.map((g) => g.id);
    expect(groups).toEqual(['translators', 'spanish']);
    const paths = container.querySelectorAll('path[data-group]');
    expect([...paths].map((p) => p.getAttribute('data-group'))).toEqual(groups);
    for (const p of paths) expect(p.getAttribute('d')).toMatch(/^M/);
    const legend = screen.getByRole('list');
    expect(
      within(legend)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual([expect.stringContaining('translators'), expect.stringContaining('spanish')]);
    expect(screen.getByRole('img', { name: /Backlog \(notes\) over time/ })).toBeTruthy();
  });

  it('grows a line for a group added later', () => {
    const { container, store } = setup(<LagChart size="large" />);
    expect(container.querySelectorAll('path[data-group]')).toHaveLength(1);
    act(() => {
      store.getState().command({
        type: 'addGroup',
        group: { id: 'french', topics: ['notes'], members: [{ id: 'ana', recordsPerSec: 1 }] },
      });
    });
    expect(container.querySelectorAll('path[data-group]')).toHaveLength(2);
  });

  it('shows only the given group when asked', () => {
    const { container } = setup(<LagChart size="large" group="spanish" />, 'spanish-translation');
    expect(
      [...container.querySelectorAll('path[data-group]')].map((p) => p.getAttribute('data-group')),
    ).toEqual(['spanish']);
  });

  it('draws the playhead at the render time and follows the words', () => {
    const { container, store } = setup(<LagChart size="small" />);
    const playhead = () => Number(container.querySelector('.chart-frame__playhead')?.getAttribute('x1'));
    const before = playhead();
    act(() => store.getState().seek(10_000));
    expect(playhead()).toBeLessThan(before);
    act(() => store.getState().setWords('kafka'));
    expect(screen.getByRole('img', { name: /Lag \(records\) over time/ })).toBeTruthy();
  });
});

describe('ThroughputChart', () => {
  it('draws records in and out', () => {
    const { container } = setup(<ThroughputChart group="class" />);
    expect(
      [...container.querySelectorAll('path[data-series]')].map((p) => p.getAttribute('data-series')),
    ).toEqual(['in', 'out']);
    expect(screen.getByRole('img', { name: /Notes per second/ })).toBeTruthy();
  });

  it('draws one line per topic in and per group out without a group', () => {
    const { container } = setup(<ThroughputChart />, 'spanish-translation');
    expect(container.querySelectorAll('path[data-series]')).toHaveLength(4);
  });
});

describe('Charts in Spanish', () => {
  it('titles and describes the backlog in Spanish, in either vocabulary (the group is the clase, or class)', () => {
    const { store } = setup(<LagChart size="small" />, 'sleepy-student', 20_000, 'es');
    const lag = store.getState().snapshot.groups[0]!.totalLag;
    expect(screen.getByText('Retraso (apuntes)')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: `Retraso (apuntes) a lo largo del tiempo: clase ${lag}` }),
    ).toBeTruthy();
    act(() => store.getState().setWords('kafka'));
    expect(
      screen.getByRole('img', { name: /^Lag \(registros\) a lo largo del tiempo: class \d+$/ }),
    ).toBeTruthy();
  });

  it('labels what comes in and goes out, with decimal commas', () => {
    const { container } = setup(<ThroughputChart group="class" />, 'sleepy-student', 20_000, 'es');
    expect(screen.getByText('Apuntes por segundo')).toBeTruthy();
    expect(
      screen.getByRole('img', { name: /^Apuntes por segundo, entrada y salida: entrada \(notes\) / }),
    ).toBeTruthy();
    const labels = [...container.querySelectorAll('.chart-legend__label')].map((l) => l.textContent);
    expect(labels).toEqual(['entrada (notes)', 'salida (clase)']);
    for (const v of container.querySelectorAll('.chart-legend__value'))
      expect(v.textContent).not.toMatch(/\./);
    // The time axis: whole seconds, "0:10".
    expect([...container.querySelectorAll('.chart-frame__grid text')].map((t) => t.textContent)).toContain(
      '0:10',
    );
  });

  it("writes axis numbers short, with the language's decimal mark", () => {
    expect(['en', 'es'].map((l) => axisNumber(l as 'en' | 'es', 1500))).toEqual(['1.5k', '1,5k']);
    expect(axisNumber('es', 12_000)).toBe('12k');
    expect(axisNumber('en', 800)).toBe('800');
    expect(axisNumber('en', 2_000_000)).toBe('2M');
  });
});
