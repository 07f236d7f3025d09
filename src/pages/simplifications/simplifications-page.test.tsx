import { cleanup, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Lang } from '../../shared/lang';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { SimplificationsPage } from './simplifications-page';
import type { TruthTable } from './truth-table';

afterEach(cleanup);

function open(lang: Lang, truthTable?: TruthTable | null) {
  render(
    <PrefsProvider store={createPrefsStore(lang)}>
      <SimplificationsPage truthTable={truthTable} />
    </PrefsProvider>,
  );
}

const headings = () => screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent);

describe('SimplificationsPage', () => {
  it('lists every simplification in English, with the claim it qualifies', () => {
    open('en');
    expect(screen.getByRole('heading', { level: 1, name: 'What this simulator simplifies' })).toBeTruthy();
    expect(document.title).toBe('What this simulator simplifies · Kafka Classroom');
    expect(screen.getByText(/behaves as Kafka's classic consumer protocol does/)).toBeTruthy();
    expect(headings()).toEqual([
      'Brokers and copies, with a controller that never fails',
      'No transactions',
      'The classic group protocol, and what KIP-848 changes',
      'Poll and fetch',
      'Every note is 100 bytes',
      'No produce latency',
      'No static membership',
      'The classroom’s timers',
      'Checked against',
    ]);
    expect(screen.getByRole('link', { name: 'Kafka Classroom' }).getAttribute('href')).toBe('#/');
    // A produce request timed out in the leader's purgatory is retried, as Kafka's Sender retries it.
    expect(
      screen.getByText(/is answered REQUEST_TIMED_OUT as in Kafka, and the teacher sends its notes again/),
    ).toBeTruthy();
  });

  it("shows the classroom's timers beside Kafka's defaults", () => {
    open('en');
    const timers = screen.getByRole('region', { name: 'The classroom’s timers' });
    const [group, machine] = within(timers).getAllByRole('table');
    const cells = (table: HTMLElement) =>
      within(table)
        .getAllByRole('row')
        .slice(1)
        .map((r) => [...r.querySelectorAll('th, td')].map((c) => c.textContent));
    expect(cells(group!)).toEqual([
      ['A silent student keeps his shelves forsession.timeout.ms', '6 s (differs from Kafka)', '45 s'],
      ['Each student says "still here" everyheartbeat.interval.ms', '1 s (differs from Kafka)', '3 s'],
      [
        'The bookmark moves at the next pick-up afterauto.commit.interval.ms',
        '2 s (differs from Kafka)',
        '5 s',
      ],
      ['Notes taken at a time, at mostmax.poll.records', '3 notes (differs from Kafka)', '500 notes'],
      [
        'Without a bookmark, a student startsauto.offset.reset',
        'at the oldest page kept (differs from Kafka)',
        'at the next new page',
      ],
      [
        'Before the first sharing-out the group waitsgroup.initial.rebalance.delay.ms',
        '1 s (differs from Kafka)',
        '3 s',
      ],
    ]);
    expect(within(machine!).getByRole('rowheader', { name: /retention\.ms/ })).toBeTruthy();
    expect(within(machine!).getByRole('rowheader', { name: /segment\.ms/ })).toBeTruthy();
    // The page does not link to itself.
    expect(within(timers).queryByRole('link')).toBeNull();
  });

  it('keeps a marked place for the Kafka-in-the-loop truth table, empty until it is measured', () => {
    open('en', null);
    const slot = screen.getByRole('region', { name: 'Kafka in the loop' });
    expect(slot.getAttribute('data-truth-table')).toBe('pending');
    expect(slot.textContent).toMatch(/Not measured yet/);
    cleanup();
    open('es', { agree: 1234, checked: 1240, kafkaVersion: '4.0.0' });
    const measured = screen.getByRole('region', { name: 'Kafka en el circuito' });
    expect(measured.getAttribute('data-truth-table')).toBe('measured');
    expect(measured.textContent).toMatch(
      '1234 de 1240 comportamientos coinciden con un broker real de Kafka 4.0.0.',
    );
  });

  it('reads in Spanish', () => {
    open('es');
    expect(screen.getByRole('heading', { level: 1, name: 'Lo que este simulador simplifica' })).toBeTruthy();
    expect(headings()).toEqual([
      'Brokers y copias, con un controlador que nunca falla',
      'Sin transacciones',
      'El protocolo clásico de grupos, y lo que cambia KIP-848',
      'Poll y fetch',
      'Cada apunte ocupa 100 bytes',
      'Sin latencia al producir',
      'Sin pertenencia estática',
      'Los tiempos de la clase',
      'Comprobado con',
    ]);
    expect(
      screen.getByText(
        /recibe REQUEST_TIMED_OUT como en Kafka, y la profesora vuelve a enviar sus apuntes/,
      ),
    ).toBeTruthy();
    const timers = screen.getByRole('region', { name: 'Los tiempos de la clase' });
    expect(within(timers).getAllByRole('table')[0]!.textContent).toMatch('45 s');
    expect(within(timers).getAllByRole('table')[1]!.textContent).toMatch('7 días');
  });
});
