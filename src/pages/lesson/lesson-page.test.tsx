import { act, screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  setUpLessonPage,
  sleepy,
  openPage,
  openWithStore,
  runStep,
  caption,
  stepShown,
} from '../../../test/views/lesson-page-setup';

// The stage is drawn by its own component, tested on its own (and end to end with this page): here it is a
// stand-in, so these tests are about the lesson around it.
vi.mock('../../views/stage/stage', () => ({ Stage: () => <div className="stage" /> }));

setUpLessonPage();

describe('LessonPage: the caption card', () => {
  it('shows the step caption, its title, the Kafka term and where the lesson stands', () => {
    openPage(sleepy, 3);
    expect(screen.getByText(caption(sleepy, 3))).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'The backlog, in numbers' })).toBeTruthy();
    expect(screen.getByText('3 of 5')).toBeTruthy();
    expect(screen.getByText('lag')).toBeTruthy();
    expect(screen.getByRole('heading', { level: 1, name: sleepy.title })).toBeTruthy();
  });

  it('puts the address on the step it opened and keeps it in step', async () => {
    window.history.replaceState(null, '', '#/lesson/sleepy-student/9');
    const { user } = openPage(sleepy, 5);
    expect(window.location.hash).toBe('#/lesson/sleepy-student/5');
    expect(stepShown()).toBe('5 of 5');
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(window.location.hash).toBe('#/lesson/sleepy-student/4');
  });

  it('typing another step address into the page moves the story there', () => {
    openPage(sleepy, 2);
    act(() => {
      window.history.replaceState(null, '', '#/lesson/sleepy-student/4');
      window.dispatchEvent(new HashChangeEvent('hashchange'));
    });
    expect(stepShown()).toBe('4 of 5');
  });

  it('keeps the speaker notes in a closed "Teacher’s notes" disclosure', async () => {
    const { user } = openPage(sleepy, 1);
    const summary = screen.getByText('Teacher’s notes');
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    await user.click(summary);
    expect(details.open).toBe(true);
    expect(within(details).getByText(sleepy.steps[0]!.notes)).toBeTruthy();
  });

  it('announces the new step in a polite live region', async () => {
    const { user } = openPage(sleepy, 1);
    // The step's own live region (the stage's narrator has another one).
    const live = document.querySelector('[aria-live="polite"]:not([data-narrator])')!;
    expect(live.textContent).toContain(caption(sleepy, 1));
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(live.textContent).toBe(`Step 2 of 5: Ben falls asleep. ${caption(sleepy, 2)}`);
  });
});

describe('LessonPage: stepping', () => {
  it('Next step and Previous step move through the steps and the address follows', async () => {
    const { user } = openPage(sleepy, 2);
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(stepShown()).toBe('3 of 5');
    expect(screen.getByText(caption(sleepy, 3))).toBeTruthy();
    expect(window.location.hash).toBe('#/lesson/sleepy-student/3');
    await user.click(screen.getByRole('button', { name: 'Previous step' }));
    expect(stepShown()).toBe('2 of 5');
    expect(window.location.hash).toBe('#/lesson/sleepy-student/2');
  });

  it('Next moves on while the step still plays, skipping the rest of it', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    expect(store.getState().lesson!.phase).toBe('running');
    await user.click(screen.getByRole('button', { name: 'Next step' }));
    expect(store.getState().lesson!.step).toBe(1);
  });

  it('PageDown and N go forward, PageUp and P go back', async () => {
    const { user } = openPage(sleepy, 2);
    await user.keyboard('{PageDown}');
    expect(stepShown()).toBe('3 of 5');
    await user.keyboard('n');
    expect(stepShown()).toBe('4 of 5');
    await user.keyboard('{PageUp}');
    expect(stepShown()).toBe('3 of 5');
    await user.keyboard('P');
    expect(stepShown()).toBe('2 of 5');
  });

  it('the step keys stand back in a text field', async () => {
    const { user } = openPage(sleepy, 2);
    const field = document.createElement('input');
    field.setAttribute('aria-label', 'Somewhere to type');
    document.body.append(field);
    await user.click(field);
    await user.keyboard('np{PageDown}');
    expect(stepShown()).toBe('2 of 5');
    expect(field.value).toBe('np');
    field.remove();
  });

  it('Previous step does nothing on the first step, Next step nothing while the last one plays', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    expect(screen.queryByRole('link', { name: 'What this simulator simplifies' })).toBeNull();
    const previous = screen.getByRole('button', { name: 'Previous step' });
    expect(previous.getAttribute('aria-disabled')).toBe('true');
    await user.click(previous);
    expect(store.getState().lesson!.step).toBe(0);
    act(() => store.getState().goToStep(4));
    const next = screen.getByRole('button', { name: 'Next step' });
    expect(next.getAttribute('aria-disabled')).toBe('true');
    await user.click(next);
    expect(store.getState().lesson!.step).toBe(4);
  });

  it('Replay step plays the step again from its start', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    runStep(store);
    expect(store.getState().lesson!.phase).toBe('done');
    expect(screen.getByText(/Step done/)).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Replay step' }));
    expect(store.getState().lesson!.phase).toBe('running');
    expect(store.getState().snapshot.timeMs).toBeLessThanOrEqual(1);
  });

  it('after the last step, Play freely leaves the lesson and the caption goes', async () => {
    const { user, store } = openWithStore(sleepy, 5);
    expect(screen.queryByRole('button', { name: 'Play freely' })).toBeNull();
    // The last step links to what the simulator simplifies, before the class carries the lesson out.
    const simplifies = screen.getByRole('link', { name: 'What this simulator simplifies' });
    expect(simplifies.getAttribute('href')).toBe('#/simplifications');
    runStep(store);
    const playFreely = screen.getByRole('button', { name: 'Play freely' });
    await user.click(playFreely);
    expect(store.getState().lesson).toBeNull();
    expect(screen.queryByText(caption(sleepy, 5))).toBeNull();
    expect(screen.queryByRole('button', { name: 'Next step' })).toBeNull();
    expect(screen.getByText('Playing freely')).toBeTruthy();
    // The page is free play now: the step keys do nothing, the player plays.
    await user.keyboard('{PageUp}');
    expect(store.getState().lesson).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Play' }));
    expect(store.getState().playing).toBe(true);
  });
});

describe('LessonPage: predictions', () => {
  it('asks first: the choices are toggle buttons and time waits', async () => {
    const { user, store } = openWithStore(sleepy, 2);
    const question = screen.getByRole('region', { name: sleepy.steps[1]!.question!.prompt });
    const choices = within(question)
      .getAllByRole('button')
      .filter((b) => b.hasAttribute('aria-pressed'));
    expect(choices.map((c) => c.textContent)).toEqual([
      'AThey are lost',
      'BThe teacher has to stop',
      'CThey wait on the shelf',
    ]);
    expect(choices.every((c) => c.getAttribute('aria-pressed') === 'false')).toBe(true);
    await user.click(choices[0]!);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('true');
    await user.click(choices[2]!);
    expect(choices[0]!.getAttribute('aria-pressed')).toBe('false');
    expect(choices[2]!.getAttribute('aria-pressed')).toBe('true');
    expect(store.getState().lesson).toMatchObject({ phase: 'asking', answer: 2 });
    expect(store.getState().playing).toBe(false);
  });

  it('Reveal shows the right answer, whether the pick was right, and why; then the step plays', async () => {
    const { user, store } = openWithStore(sleepy, 2);
    const q = sleepy.steps[1]!.question!;
    await user.click(screen.getByRole('button', { name: /They are lost/ }));
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByText(q.explanation)).toBeTruthy();
    expect(screen.getByText(/The class picked A, “They are lost”: not this time/)).toBeTruthy();
    expect(screen.getByText('Right answer:').parentElement!.textContent).toBe(
      'Right answer: They wait on the shelf',
    );
    expect(screen.queryByRole('button', { name: 'Reveal' })).toBeNull();
    expect(store.getState().lesson).toMatchObject({ phase: 'running', revealed: true });
    expect(store.getState().playing).toBe(true);
  });

  it('Reveal works with no choice picked, for a class that guesses aloud', async () => {
    const { user } = openPage(sleepy, 4);
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(screen.getByText(sleepy.steps[3]!.question!.explanation)).toBeTruthy();
    expect(screen.queryByText(/The class picked/)).toBeNull();
  });

  it('a question brings its Reveal into view (on a phone it sits under the stage, below the edge)', async () => {
    const scrolled: { text: string | null; options: unknown }[] = [];
    // jsdom lays nothing out and has no scrollIntoView: record the calls instead.
    Element.prototype.scrollIntoView = function (this: Element, options?: boolean | ScrollIntoViewOptions) {
      scrolled.push({ text: this.textContent, options });
    };
    const { user } = openPage(sleepy, 2);
    // "nearest": no further than needed, so a card already on screen (beside the stage) stays where it is.
    expect(scrolled).toEqual([{ text: 'Reveal', options: { block: 'nearest' } }]);
    await user.click(screen.getByRole('button', { name: 'Reveal' }));
    expect(scrolled).toHaveLength(1);
    delete (Element.prototype as Partial<Element>).scrollIntoView;
  });

  it('a right pick is called right', async () => {
    const { user } = openPage(sleepy, 4);
    await user.click(screen.getByRole('button', { name: /Where he stopped/ }));
    await user.keyboard('r');
    expect(screen.getByText('The class picked A: right!')).toBeTruthy();
  });
});
