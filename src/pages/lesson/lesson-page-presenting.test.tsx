import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { setUpLessonPage, sleepy, openPage, openWithStore } from '../../../test/views/lesson-page-setup';

// The stage is drawn by its own component, tested on its own (and end to end with this page): here it is a
// stand-in, so these tests are about the lesson around it.
vi.mock('../../views/stage/stage', () => ({ Stage: () => <div className="stage" /> }));

setUpLessonPage();

describe('LessonPage: acting off script', () => {
  it('acting on the stage says the story changed; Back to the lesson restores the step', async () => {
    const { user, store } = openWithStore(sleepy, 1);
    act(() => {
      store.getState().command({ type: 'sleep', group: 'class', member: 'ben' });
    });
    expect(screen.getByText('You changed the story.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Back to the lesson' }));
    expect(screen.queryByText('You changed the story.')).toBeNull();
    expect(store.getState().lesson!.offScript).toBe(false);
    expect(store.getState().snapshot.groups[0]!.members[0]!.status).toBe('active');
  });
});

describe('LessonPage: presenter mode', () => {
  it('Present enlarges the page for the room; the controls hide when the mouse rests; Escape leaves', () => {
    vi.useFakeTimers();
    openPage(sleepy, 1);
    const root = document.querySelector('.lesson')!;
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(root.classList.contains('lesson--presenting')).toBe(true);
    expect(screen.getByRole('button', { name: 'Stop presenting' }).getAttribute('aria-pressed')).toBe('true');
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(false);
    act(() => vi.advanceTimersByTime(3000));
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(true);
    // A clicker's key moves the story without bringing the controls back...
    fireEvent.keyDown(window, { key: 'PageDown' });
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(true);
    // ...the mouse does.
    fireEvent.mouseMove(window);
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(false);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(root.classList.contains('lesson--presenting')).toBe(false);
    expect(screen.getByRole('button', { name: 'Present' })).toBeTruthy();
  });

  it('the teacher’s notes never reach the projected page: presenting, they are left to the presenter view', () => {
    openPage(sleepy, 1);
    expect(screen.getByText('Teacher’s notes')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    expect(screen.queryByText('Teacher’s notes')).toBeNull();
    expect(screen.queryByText(sleepy.steps[0]!.notes!)).toBeNull();
  });

  it('Next clicked with the mouse lets the controls hide though the pointer rests on it', () => {
    vi.useFakeTimers();
    openPage(sleepy, 1);
    const root = document.querySelector('.lesson')!;
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    const next = document.querySelector('.lesson__step-row .lesson-steps__nav button:last-child')!;
    fireEvent.pointerMove(next);
    fireEvent.pointerDown(next);
    fireEvent.click(next);
    act(() => vi.advanceTimersByTime(3000));
    expect(root.classList.contains('lesson--chrome-hidden')).toBe(true);
    vi.useRealTimers();
  });

  it('presenting, the header is compact: EN and ES, an icon for the presenter view, each keeping its full name', () => {
    openPage(sleepy, 1);
    const header = document.querySelector('.lesson__header')!;
    const presenterView = screen.getByRole('button', { name: 'Open presenter view' });
    expect(presenterView.textContent).toBe('Presenter view');
    expect(screen.getByRole('radio', { name: 'English' }).closest('label')!.textContent).toBe('English');
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    // The faces a sighted reader sees; the names a screen reader hears (and the tooltips) stay whole.
    const faces = [...header.querySelectorAll('.segmented__face')].map((f) => f.textContent);
    expect(faces.slice(0, 2)).toEqual(['EN', 'ES']);
    for (const name of ['English', 'Español']) {
      const label = screen.getByRole('radio', { name }).closest('label')!;
      expect(label.title).toBe(name);
    }
    expect(presenterView.textContent).toBe('');
    expect(presenterView.querySelector('svg')).not.toBeNull();
    expect(presenterView.title).toBe('Open presenter view');
    fireEvent.click(screen.getByRole('button', { name: 'Stop presenting' }));
    expect(presenterView.textContent).toBe('Presenter view');
  });

  it('Escape closes an open drawer first, then leaves presenter mode', () => {
    const { store } = openWithStore(sleepy, 1);
    const root = document.querySelector('.lesson')!;
    fireEvent.click(screen.getByRole('button', { name: 'Present' }));
    act(() => store.getState().select({ kind: 'member', group: 'class', member: 'ben' }));
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(store.getState().selection).toBeNull();
    expect(root.classList.contains('lesson--presenting')).toBe(true);
    fireEvent.keyDown(window, { key: 'Escape' });
    expect(root.classList.contains('lesson--presenting')).toBe(false);
  });

  it('Open presenter view opens the presenter address in a new window', async () => {
    const opened = vi.fn<typeof window.open>(() => null);
    vi.stubGlobal('open', opened);
    const { user } = openPage(sleepy, 1);
    await user.click(screen.getByRole('button', { name: 'Open presenter view' }));
    expect(opened).toHaveBeenCalledTimes(1);
    expect(String(opened.mock.calls[0]![0])).toMatch(/#\/presenter\/sleepy-student$/);
    // A blocked pop-up says what to do.
    expect(screen.getByRole('alert').textContent).toMatch(/allow pop-ups/);
  });
});
