import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { findScenario } from '../../lessons/scenarios';
import { topicSettingRows } from '../../runtime/kafka-settings';
import type { Lang } from '../../shared/lang';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore, type Selection } from '../../store/simulator-store';
import type { Words } from '../../store/simulator-store';
import { topic } from '../../../test/viz/fixtures';
import { Inspector } from '../inspector/inspector';
import { SettingsTable } from './settings-table';

afterEach(cleanup);

function open(selection: Selection, lang: Lang, words: Words, scenario = 'sleepy-student') {
  const store = createSimulatorStore(findScenario(scenario)!.scenario, { timeMs: 5_000, words });
  store.getState().select(selection);
  render(
    <PrefsProvider store={createPrefsStore(lang)}>
      <SimulatorProvider store={store}>
        <Inspector />
      </SimulatorProvider>
    </PrefsProvider>,
  );
}

/** Each row of the settings table as [setting, this class, Kafka's default], text only. */
function rows(caption: RegExp): string[][] {
  const table = screen.getByRole('table', { name: caption });
  return within(table)
    .getAllByRole('row')
    .slice(1)
    .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent ?? ''));
}

const group = { kind: 'group', group: 'class' } as const;

describe('SettingsTable: the classroom settings beside Kafka defaults', () => {
  it("shows a group's settings in Kafka words, the class's value beside Kafka's default", () => {
    open(group, 'en', 'kafka');
    expect(rows(/this class and Kafka's defaults/)).toEqual([
      ['session.timeout.ms', '6 s (differs from Kafka)', '45 s'],
      ['heartbeat.interval.ms', '1 s (differs from Kafka)', '3 s'],
      ['max.poll.interval.ms', '5 min', '5 min'],
      ['auto.commit.interval.ms', '2 s (differs from Kafka)', '5 s'],
      ['max.poll.records', '3 records (differs from Kafka)', '500 records'],
      ['auto.offset.reset', 'earliest (differs from Kafka)', 'latest'],
      ['partition.assignment.strategy', 'range', 'range'],
      ['group.initial.rebalance.delay.ms', '1 s (differs from Kafka)', '3 s'],
    ]);
  });

  it('words each setting as a sentence in classroom words, with the configuration name under it', () => {
    open(group, 'en', 'classroom');
    const [session, , , , , reset] = rows(/this class/);
    expect(session).toEqual([
      'A silent student keeps his shelves forsession.timeout.ms',
      '6 s (differs from Kafka)',
      '45 s',
    ]);
    expect(reset).toEqual([
      'Without a bookmark, a student startsauto.offset.reset',
      'at the oldest page kept (differs from Kafka)',
      'at the next new page',
    ]);
  });

  it('speaks Spanish in both vocabularies, numbers and days as Spanish writes them', () => {
    open({ kind: 'topic', topic: 'notes' }, 'es', 'classroom', 'retention');
    expect(rows(/esta clase y los valores por defecto/)).toEqual([
      ['Los apuntes se guardanretention.ms', '20 s (distinto de Kafka)', '7 días'],
      ['Un estante guarda como máximoretention.bytes', 'sin límite', 'sin límite'],
      ['Un fajo nuevo empieza cadasegment.ms', '5 s (distinto de Kafka)', '7 días'],
      ['Un fajo guarda como máximosegment.bytes', '1 GiB', '1 GiB'],
      ['Los apuntes viejos secleanup.policy', 'tiran', 'tiran'],
      [
        'La máquina busca fajos viejos cadalog.retention.check.interval.ms',
        '2 s (distinto de Kafka)',
        '5 min',
      ],
    ]);
    expect(screen.getByRole('link', { name: 'Lo que este simulador simplifica' }).getAttribute('href')).toBe(
      '#/simplifications',
    );
  });

  it('marks a segment size a real Kafka refuses as classroom only, with the bound it needs', () => {
    const rowsOf = topicSettingRows(
      { ...topic('notes', []), segmentBytes: 1_000 },
      {
        logRetentionCheckIntervalMs: 300_000,
        groupInitialRebalanceDelayMs: 3_000,
        replicaLagTimeMaxMs: 30_000,
        uncleanLeaderElectionEnable: false,
        minInsyncReplicas: 1,
      },
    );
    render(<SettingsTable rows={rowsOf} voice={{ lang: 'en', words: 'classroom' }} />);
    const segment = rows(/this class/).find((r) => r[0]!.endsWith('segment.bytes'))!;
    expect(segment[1]).toBe(
      '1,000 bytes (10 notes) (differs from Kafka)classroom only: a real Kafka needs at least 1 MiB',
    );
    expect(segment[2]).toBe('1 GiB');
  });
});
