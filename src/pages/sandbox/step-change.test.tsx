import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { twoStretches as heavy } from '../../../test/fixtures/busy-lessons';
import { findScenario } from '../../lessons/scenarios';
import { planLesson } from '../../runtime/lesson-plan';
import { encodeShare } from '../../session/share';
import { SimulatorProvider } from '../../store/context';
import { createPrefsStore, PrefsProvider } from '../../store/prefs';
import { createSimulatorStore } from '../../store/simulator-store';
import { SharedPage } from './shared-page';
import { StepChangeProgress } from './step-change';

afterEach(cleanup);

const stress = findScenario('stress')!.scenario;

async function opened(lang?: 'es', words?: 'kafka'): Promise<HTMLElement> {
  const page = <SharedPage encoded={encodeShare({ v: 1, lesson: heavy(words), scenario: stress })} />;
  render(lang ? <PrefsProvider store={createPrefsStore(lang)}>{page}</PrefsProvider> : page);
  return screen.findByRole('region', { name: lang ? 'Lección' : 'Lesson' }, { timeout: 30_000 });
}

describe("a lesson file's step change in slices", () => {
  it('Reset replays the script with a progress bar in the lesson card, then shows the step', async () => {
    const user = userEvent.setup();
    const card = await opened();
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    const bar = within(card).getByRole('progressbar', { name: /^Going back to step 1 of the lesson: \d+%$/ });
    expect(Number(bar.getAttribute('value'))).toBeLessThan(100);
    // No actions of the user's own: nothing is said to be set aside.
    expect(
      within(card).getByText("The lesson's class is replayed from its start. The page answers meanwhile."),
    ).toBeTruthy();
    expect(within(card).queryByText(/set aside/)).toBeNull();
    // The steps' buttons wait for it.
    expect(within(card).queryByRole('button', { name: 'Next step' })).toBeNull();
    await within(card).findByRole('button', { name: 'Next step' }, { timeout: 30_000 });
    expect(within(card).queryByRole('progressbar')).toBeNull();
    expect(within(card).getByText(/^Step 1 of 2/)).toBeTruthy();
  }, 60_000);

  it('Cancel leaves the class as it was, on its script, and says so', async () => {
    const user = userEvent.setup();
    const card = await opened();
    await user.click(screen.getByRole('button', { name: 'Pause' }));
    const timeline = screen.getByRole('slider', { name: 'Timeline' });
    const before = timeline.getAttribute('aria-valuenow');
    await user.click(screen.getByRole('button', { name: 'Reset' }));
    await user.click(within(card).getByRole('button', { name: 'Cancel' }));
    expect(within(card).queryByRole('progressbar')).toBeNull();
    expect(within(card).getByRole('status').textContent).toMatch(
      /^Stopped: the class stays as you left it, at 0:\d\d\.$/,
    );
    expect(timeline.getAttribute('aria-valuenow')).toBe(before);
    // Nothing was given: still on the script, its steps' buttons back.
    expect(within(card).queryByRole('button', { name: 'Back to the lesson' })).toBeNull();
    expect(within(card).getByRole('button', { name: 'Next step' })).toBeTruthy();
  }, 60_000);

  it('says so in Spanish, in Kafka words when the step uses them', async () => {
    const user = userEvent.setup();
    const card = await opened('es', 'kafka');
    await user.click(screen.getByRole('button', { name: 'Reiniciar' }));
    expect(
      within(card).getByRole('progressbar', {
        name: /^Reproduciendo los comandos de la lección hasta el paso 1: \d+ %$/,
      }),
    ).toBeTruthy();
    expect(
      within(card).getByText(
        'Los comandos de la lección se reproducen desde el principio. Mientras, la página responde.',
      ),
    ).toBeTruthy();
    await user.click(within(card).getByRole('button', { name: 'Cancelar' }));
    expect(within(card).getByRole('status').textContent).toMatch(
      /^Detenido: la clase sigue como la dejaste, en 0:\d\d\.$/,
    );
  }, 60_000);
});

describe("the step change's hint after the user's own actions", () => {
  const lesson = heavy();
  const plan = planLesson(lesson, stress);

  it.each([
    ['en', 'classroom', "Your own actions are set aside and the lesson's class is replayed from its start."],
    ['en', 'kafka', "Your own commands are set aside and the lesson's commands are replayed from the start."],
    [
      'es',
      'classroom',
      'Tus propias acciones se dejan aparte y la clase de la lección se reproduce desde el principio.',
    ],
    [
      'es',
      'kafka',
      'Tus propios comandos se dejan aparte y los comandos de la lección se reproducen desde el principio.',
    ],
  ] as const)('%s, %s words: says they are set aside', (lang, words, said) => {
    const store = createSimulatorStore(stress, { lesson: { lesson, plan, step: 0 }, stepSlice: 50, words });
    // Off the script: a student put to sleep, then back to the lesson (replayed afresh, in slices).
    expect(store.getState().command({ type: 'sleep', group: 'spanish', member: 'sp-2' })).toBeNull();
    store.getState().backToLesson();
    expect(store.getState().stepChange).toMatchObject({ fresh: true, setsAside: true });
    render(
      <PrefsProvider store={createPrefsStore(lang)}>
        <SimulatorProvider store={store}>
          <StepChangeProgress onCancel={() => undefined} />
        </SimulatorProvider>
      </PrefsProvider>,
    );
    expect(screen.getByText(new RegExp(`^${said.replace(/[.?]/g, '\\$&')} `))).toBeTruthy();
  });
});
