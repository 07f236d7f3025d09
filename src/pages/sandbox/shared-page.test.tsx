import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { quiet } from '../../../test/fixtures/hostile-classes';
import type { Scenario } from '../../engine';
import { COURSE } from '../../lessons/course';
import { findScenario } from '../../lessons/scenarios';
import { encodeShare, type SharePayload } from '../../session/share';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { openSharedClass, SHARE_CHECKS } from '../../session/open-shared';
import { decodeShare } from '../../session/share';
import { SharedPage } from './shared-page';

afterEach(cleanup);

const sleepy = findScenario('sleepy-student')!.scenario;

/** A class run by hand: ben sleeps at 4 s, wakes at 12 s, shared at 15 s. */
function sharedRun() {
  const store = createSimulatorStore(sleepy);
  store.getState().seek(4_000);
  store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
  store.getState().seek(12_000);
  store.getState().command({ type: 'wake', group: 'class', member: 'ben' });
  store.getState().seek(15_000);
  const payload: SharePayload = {
    v: 1,
    scenario: sleepy,
    commands: store
      .getState()
      .recordedCommands()
      .map(({ timeMs, command }) => ({ timeMs, command })),
    timeMs: 15_000,
    words: 'kafka',
  };
  return { store, payload };
}

/**
 * The banner of the class a link opened, once it has opened: a link opens in slices of at most 16 ms of
 * the page's time (runtime/work-slice.ts), so on a loaded machine the first slice may not finish even a
 * small class, and the banner (and the player) come a few frames after the render.
 */
async function openedBanner(start: string): Promise<string> {
  let text = '';
  await waitFor(
    () => {
      const banner = screen.getAllByRole('status').find((el) => el.textContent?.startsWith(start));
      expect(banner).toBeDefined();
      text = banner!.textContent!;
    },
    { timeout: 20_000 },
  );
  return text;
}

describe('opening a shared class', () => {
  it('replays the actions at their times and stops where it was shared: the same class', () => {
    const { store, payload } = sharedRun();
    const decoded = decodeShare(encodeShare(payload), SHARE_CHECKS);
    if ('lesson' in decoded) throw new Error('not a class');
    const opened = openSharedClass(decoded);
    const { snapshot, words, playing } = opened.getState();
    expect(JSON.stringify(snapshot)).toBe(JSON.stringify(store.getState().snapshot));
    expect(words).toBe('kafka');
    expect(playing).toBe(false);
    expect(opened.getState().recordedCommands()).toEqual(payload.commands);
  });

  it('opens at a moment before the last action, with the rest as the recorded future', () => {
    const { store, payload } = sharedRun();
    store.getState().seek(8_000);
    const opened = openSharedClass({ ...payload, timeMs: 8_000 } as never);
    expect(JSON.stringify(opened.getState().snapshot)).toBe(JSON.stringify(store.getState().snapshot));
    opened.getState().seek(15_000);
    store.getState().seek(15_000);
    expect(JSON.stringify(opened.getState().snapshot)).toBe(JSON.stringify(store.getState().snapshot));
  });
});

describe('SharedPage', () => {
  it('shows the shared class with a banner', async () => {
    const { payload } = sharedRun();
    render(<SharedPage encoded={encodeShare(payload)} />);
    expect(screen.getByRole('heading', { name: 'Shared class' })).toBeTruthy();
    expect(await openedBanner('Shared class:')).toBe(
      'Shared class: 1 topic (1 partition), 1 producer, 1 consumer group (1 consumer); opened at 0:15.0 with 2 actions replayed.',
    );
    expect(screen.getByRole('region', { name: 'Stage' })).toBeTruthy();
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
  });

  it('a damaged link shows the problem as text, with links home and to the sandbox', () => {
    render(<SharedPage encoded="AAAAAAAAAAAAAAAA" />);
    expect(screen.getByRole('heading', { name: 'This link could not be opened' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('The link is damaged (it could not be decompressed).');
    expect(screen.getByRole('link', { name: 'Go to the home page' }).getAttribute('href')).toBe('#/');
    expect(screen.getByRole('link', { name: 'Set up a class in the sandbox' }).getAttribute('href')).toBe(
      '#/sandbox',
    );
    expect(screen.queryByRole('region', { name: 'Stage' })).toBeNull();
  });

  it('a scenario with problems lists every problem', () => {
    const bad = { ...sleepy, topics: [{ name: 'notes', partitions: 99 }], seed: 1.5 };
    render(<SharedPage encoded={encodeShare({ v: 1, scenario: bad, commands: [] })} />);
    const alert = screen.getByRole('alert');
    expect(within(alert).getByText('The link holds a scenario with 2 problems.')).toBeTruthy();
    expect(within(alert).getByText('topics[0].partitions: must be a whole number from 1 to 64')).toBeTruthy();
    expect(within(alert).getByText(/^seed: must be a whole number/)).toBeTruthy();
  });

  it('an action the engine refuses names the action', async () => {
    const payload: SharePayload = {
      v: 1,
      scenario: sleepy,
      commands: [{ timeMs: 1_000, command: { type: 'sleep', group: 'class', member: 'zoe' } }],
    };
    render(<SharedPage encoded={encodeShare(payload)} />);
    // Refused when the replay reaches it, which may be a few frames after the render (see openedBanner).
    expect((await screen.findByRole('alert', {}, { timeout: 20_000 })).textContent).toBe(
      'The link\'s action 1 of 1 (at 0:01.0) was refused: member: member "zoe" is not in group "class".',
    );
  });

  it('a class too heavy to replay is refused, not frozen on', () => {
    const busy: Scenario = {
      ...sleepy,
      producers: [{ id: 'teacher', topic: 'notes', recordsPerSec: 50_000 }],
    };
    render(<SharedPage encoded={encodeShare({ v: 1, scenario: busy, commands: [], timeMs: 3_600_000 })} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The link would take too long to open: replaying 1:00:00 of this class is about [\d,.]+ s of work for a classroom laptop, and this page spends at most 8 s of such work opening a class\.$/,
    );
  });

  it('a quiet class on 16 topics x 64 partitions opened at 24 h is refused at once (it froze the page for 27 s)', () => {
    render(<SharedPage encoded={encodeShare({ v: 1, scenario: quiet, commands: [], timeMs: 86_400_000 })} />);
    expect(screen.getByRole('alert').textContent).toMatch(
      /^The link would take too long to open: replaying 24:00:00 of this class is about [\d,.]+ s of work/,
    );
  });

  it('a heavy class opens in slices with its progress, then at its moment', async () => {
    const stress = findScenario('stress')!.scenario;
    const payload: SharePayload = { v: 1, scenario: stress, commands: [], timeMs: 40_000 };
    render(<SharedPage encoded={encodeShare(payload)} />);
    const bar = screen.getByRole('progressbar', { name: /^Opening the class at 0:40: \d+%$/ });
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    expect(screen.getByRole('heading', { name: 'Shared class' })).toBeTruthy();
    expect(document.querySelector('.shared__banner')?.textContent).toMatch(
      /^Shared class: 1 note-taking machine \(12 shelves\), 1 teacher, 3 study groups \(24 students\)\.$/,
    );
    await screen.findByRole('button', { name: 'Play' }, { timeout: 30_000 });
    expect(screen.queryByRole('progressbar')).toBeNull();
    const banner = screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Shared class:'));
    expect(banner?.textContent).toMatch(/; opened at 0:40\.0\.$/);
    expect(screen.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow')).toBe('40000');
  }, 60_000);

  it('Cancel shows the class from its start at once, and it can be opened after all', async () => {
    const user = userEvent.setup();
    const stress = findScenario('stress')!.scenario;
    const payload: SharePayload = {
      v: 1,
      scenario: stress,
      commands: [{ timeMs: 30_000, command: { type: 'sleep', group: 'english', member: 'en-1' } }],
      timeMs: 120_000,
      words: 'kafka',
    };
    render(<SharedPage encoded={encodeShare(payload)} />);
    expect(
      screen.getByRole('progressbar', { name: /^Replaying the shared run to 2:00: \d+%$/ }),
    ).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Cancel' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    const banner = screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Shared class:'));
    expect(banner?.textContent).toContain(
      "Opening stopped: the class is shown from its start (0:00), not at 2:00, and without the link's actions.",
    );
    expect(screen.getByRole('slider', { name: 'Timeline' }).getAttribute('aria-valuenow')).toBe('0');
    expect(screen.getByRole('button', { name: 'Play' })).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open at 2:00 after all' }));
    expect(screen.getByRole('progressbar')).toBeTruthy();
  }, 60_000);

  it('script tags from a link stay text', async () => {
    const lesson = structuredClone(COURSE.find((l) => l.id === 'sleepy-student')!);
    lesson.title = '<img src=x onerror="alert(1)">';
    lesson.steps[0]!.caption = '<script>window.hacked = true</script><b>bold</b>';
    const { container } = render(<SharedPage encoded={encodeShare({ v: 1, lesson, scenario: sleepy })} />);
    expect(screen.getByRole('heading', { name: '<img src=x onerror="alert(1)">' })).toBeTruthy();
    // Also while the lesson is prepared (in slices: its title is in the progress's label).
    expect(
      await screen.findByText('<script>window.hacked = true</script><b>bold</b>', {}, { timeout: 30_000 }),
    ).toBeTruthy();
    expect(container.querySelector('script, img, b')).toBeNull();
    expect((window as { hacked?: boolean }).hacked).toBeUndefined();
  });

  it('opens a lesson file at its first step and steps through it', async () => {
    const user = userEvent.setup();
    const lesson = { ...COURSE.find((l) => l.id === 'sleepy-student')!, id: 'mine', title: 'My lesson' };
    render(<SharedPage encoded={encodeShare({ v: 1, lesson, scenario: sleepy })} />);
    expect(screen.getByRole('heading', { name: 'My lesson' })).toBeTruthy();
    // Planned and replayed in slices: at once here, or after a few slices while the engine runs cold.
    const card = await screen.findByRole('region', { name: 'Lesson' }, { timeout: 30_000 });
    expect(within(card).getByText(/^Step 1 of 5/)).toBeTruthy();
    expect(within(card).getByText(lesson.steps[0]!.caption)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Next step' }));
    expect(within(card).getByText(/^Step 2 of 5/)).toBeTruthy();
    expect(within(card).getByText(lesson.steps[1]!.question!.prompt)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'They wait on the shelf' }));
    await user.click(within(card).getByRole('button', { name: 'Show the answer' }));
    expect(within(card).getByText(lesson.steps[1]!.question!.explanation)).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Previous step' }));
    expect(within(card).getByText(/^Step 1 of 5/)).toBeTruthy();
  });
});

describe('a shared link in Spanish', () => {
  const inSpanish = (encoded: string) =>
    render(
      <PrefsProvider store={createPrefsStore('es')}>
        <SharedPage encoded={encoded} />
      </PrefsProvider>,
    );

  it('a damaged link says so in Spanish', () => {
    inSpanish('AAAAAAAAAAAAAAAA');
    expect(screen.getByRole('heading', { name: 'No se pudo abrir este enlace' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toBe('El enlace está dañado (no se pudo descomprimir).');
    expect(screen.getByRole('link', { name: 'Ir a la página de inicio' }).getAttribute('href')).toBe('#/');
    expect(document.title).toBe('Enlace no abierto · Kafka Classroom');
  });

  it('a shared class gets a Spanish banner with numbers and times written the Spanish way', async () => {
    const { payload } = sharedRun();
    inSpanish(encodeShare(payload));
    expect(screen.getByRole('heading', { name: 'Clase compartida' })).toBeTruthy();
    expect(await openedBanner('Clase compartida:')).toBe(
      'Clase compartida: 1 topic (1 partición), 1 productor, 1 grupo de consumidores (1 consumidor); abierta en 0:15,0 con 2 acciones reproducidas.',
    );
    expect(screen.getByRole('region', { name: 'Escenario' })).toBeTruthy();
  });

  it("the banner counts the class in the words the stage speaks (the link's), in Kafka's words after the switch", async () => {
    const user = userEvent.setup();
    const { payload } = sharedRun();
    inSpanish(encodeShare({ ...payload, words: 'classroom', scenario: { ...sleepy, brokers: 3 } }));
    const banner = () =>
      screen.getAllByRole('status').find((el) => el.textContent?.startsWith('Clase compartida:'))
        ?.textContent;
    expect(await openedBanner('Clase compartida:')).toMatch(
      /^Clase compartida: 3 salas, 1 máquina de apuntes \(1 estante\), 1 profesora, 1 grupo/,
    );
    await user.click(
      within(screen.getByRole('group', { name: 'Palabras' })).getByRole('radio', { name: 'Kafka' }),
    );
    expect(banner()).toMatch(
      /^Clase compartida: 3 brokers, 1 topic \(1 partición\), 1 productor, 1 grupo de consumidores \(1 consumidor\); abierta/,
    );
  });
});
